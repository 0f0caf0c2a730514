import { createMemoryStores } from '@roster/memory';
import { conformanceBootstrap } from '@roster/testing';
import { SilentLogger } from '../../defaults';
import type { PasswordHasher } from '../../ports';
import { createRoster } from '../../roster';
import type { Roster, RosterOptions } from '../../roster.types';

/** Test-only (not built): what the dialects' in-process specs share. */

/** What a plain hash starts with: `plain:<password>`. */
export const PLAIN_HASH_MARK = 'plain:';

export interface PlainHasher extends PasswordHasher {
  /** Every password hashed so far, in order. */
  readonly hashed: string[];
}

/** Fast and reversible (these tests are about the wire, not about hashing); records what it hashes. */
export function plainHasher(): PlainHasher {
  const hashed: string[] = [];
  return {
    hashed,
    hash: async (password) => {
      hashed.push(password);
      return `${PLAIN_HASH_MARK}${password}`;
    },
    verify: async (hash, password) => hash === `${PLAIN_HASH_MARK}${password}`,
  };
}

/**
 * A Roster on fresh memory stores loaded with the conformance bootstrap: silent, with a plain
 * hasher, unless `options` say otherwise.
 */
export async function bootstrappedRoster(options: Omit<Partial<RosterOptions>, 'stores'> = {}): Promise<Roster> {
  const roster = createRoster({ stores: createMemoryStores(), passwordHasher: plainHasher(), logger: new SilentLogger(), ...options });
  await roster.bootstrap.load(conformanceBootstrap);
  return roster;
}

import { createMemoryStores } from '@roster/memory';
import { conformanceBootstrap, fixture } from '@roster/testing';
import type { UserView } from '../../../domain';
import type { Logger, PasswordHasher } from '../../../ports';
import { createRoster } from '../../../roster';
import type { Roster } from '../../../roster.types';
import type { Dialect, RosterRequest } from '../../http.types';
import { createCourselitDialect, type CourselitDialectOptions } from './index';

/** Test-only helpers for the in-process specs (not built). */

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** These tests are about the wire, not hashing. */
const fakeHasher: PasswordHasher = {
  hash: async (password) => `plain:${password}`,
  verify: async (hash, password) => hash === `plain:${password}`,
};

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly text: string;
}

export interface CourselitHarness {
  readonly roster: Roster;
  readonly dialect: Dialect;
  /** Sends `body` (an object is JSON-encoded; a string or Buffer goes as is) with `domain: acme` unless told. */
  send(method: string, body?: unknown, extra?: Partial<RosterRequest>): Promise<Answer>;
  /** A user of a tenant as the core sees it, or null. */
  readUser(tenant: 'acme' | 'globex' | 'tiny', email: string): Promise<UserView | null>;
}

export async function setupCourselit(options: CourselitDialectOptions = {}, logger = silentLogger): Promise<CourselitHarness> {
  const roster = createRoster({ stores: createMemoryStores(), passwordHasher: fakeHasher, logger });
  await roster.bootstrap.load(conformanceBootstrap);
  const dialect = createCourselitDialect(roster, options);
  const send = async (method: string, body?: unknown, extra: Partial<RosterRequest> = {}): Promise<Answer> => {
    const bytes =
      body === undefined
        ? Buffer.alloc(0)
        : Buffer.isBuffer(body)
          ? body
          : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
    const response = await dialect.handle({ method, path: '/api/user', query: {}, headers: { domain: 'acme' }, body: bytes, ...extra });
    if (response === null) throw new Error(`courselit did not answer ${method} /api/user`);
    return { status: response.status, headers: response.headers, text: response.body.toString() };
  };
  const readUser = async (tenant: 'acme' | 'globex' | 'tiny', email: string): Promise<UserView | null> => {
    const actor = await roster.auth.authenticateApiKey({ secret: fixture[tenant].keys.admin });
    return roster.users.get(actor, { email }).catch(() => null);
  };
  return { roster, dialect, send, readUser };
}

import type { Profile } from '../config/profile';
import { BETTER_AUTH_DATABASE, prepareBetterAuthDatabase } from '../db/better-auth-database';
import { dropDatabase } from '../db/postgres-admin';
import type { StorePreparer } from '../db/store-preparer';
import { log } from '../harness/log';
import { comparePaired, type PairedResult } from '../harness/paired-comparison';
import { measured, type ProblemSink } from '../harness/problems';
import { startAll, stopAll } from '../harness/server-process';
import { peerPairs, type PeerOperation } from './peer-requests';

export interface PeerRow {
  readonly operation: PeerOperation;
  readonly label: string;
  /** `as shipped`: Roster's default argon2 hasher; `hash skipped`: the stand-in hasher. */
  readonly rosterHasher: 'argon2' | 'fast';
  /** baseline: better-auth; candidate: Roster rest-v1. */
  readonly result: PairedResult;
}

/**
 * Section 2: better-auth 1.x with its admin plugin against Roster's rest-v1, both on Express 5
 * over databases of the same PostgreSQL server with the same seeded users. Roster runs as
 * shipped (argon2id); in the full profile, creates are also run with the hash stand-in, which
 * shows what creating without a password would give if no password were generated and hashed.
 */
export async function runPeer(profile: Profile, stores: StorePreparer, problems: ProblemSink): Promise<PeerRow[]> {
  const { spec: rosterStore } = await stores.prepare('roster_peer', { hasher: 'argon2', users: profile.baseUsers });
  const betterAuth = await prepareBetterAuthDatabase(profile.baseUsers);
  const [ba, roster, rosterFast] = await startAll([
    { kind: 'better-auth', store: { kind: 'postgres', url: betterAuth.url }, hasher: 'argon2' },
    { kind: 'roster-express', store: rosterStore, hasher: 'argon2' },
    { kind: 'roster-express', store: rosterStore, hasher: 'fast' },
  ]);
  const rows: PeerRow[] = [];
  try {
    for (const pair of peerPairs(betterAuth.cookie)) {
      const variants = pair.operation === 'create' && profile.name === 'full' ? (['argon2', 'fast'] as const) : (['argon2'] as const);
      if (pair.operation === 'create-with-password' && profile.name !== 'full') continue;
      for (const rosterHasher of variants) {
        const server = rosterHasher === 'argon2' ? roster! : rosterFast!;
        const result = await measured(`peer ${pair.label} (${rosterHasher})`, problems, () =>
          comparePaired(
            { label: 'better-auth', url: ba!.url, scenario: pair.betterAuth },
            { label: 'Roster rest-v1', url: server.url, scenario: pair.roster },
            profile.paired,
          ),
        );
        if (result === null) continue;
        rows.push({ operation: pair.operation, label: pair.label, rosterHasher, result });
        log(`peer ${pair.label} (${rosterHasher}): Roster/better-auth ${result.ratio.median.toFixed(2)}`);
      }
    }
  } finally {
    await stopAll([ba!, roster!, rosterFast!]);
    await dropDatabase(BETTER_AUTH_DATABASE);
  }
  return rows;
}

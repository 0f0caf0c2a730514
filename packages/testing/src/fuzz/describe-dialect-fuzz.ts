import { describe, expect, it } from '@jest/globals';
import type { Logger, Roster } from '@roster/core';
import type { DialectPlugin } from '@roster/core/http';
import { fixture } from '../conformance/conformance-fixture';
import type { DialectFuzzTarget } from './fuzz-target';
import { capturingLogger } from './capturing-logger';
import { fuzzRoute } from './fuzz-route';

export interface DialectFuzzOptions {
  readonly plugin: DialectPlugin;
  readonly target: DialectFuzzTarget;
  /**
   * A fresh Roster on fresh stores, loaded with `conformanceBootstrap`, logging to `logger`.
   * Use a fast password hasher: a real one (argon2, ~40 ms) makes 1,000 ispring cases a minute.
   */
  readonly createRoster: (logger: Logger) => Promise<Roster>;
  /** Cases per route: default ROSTER_FUZZ_RUNS, else 100. */
  readonly numRuns?: number;
}

/** Cases per route unless told otherwise: fast-check's own default. A deeper run sets ROSTER_FUZZ_RUNS (1000 or more); `pnpm test` keeps 100 to stay within its time budget on 2 cores. */
export const DEFAULT_FUZZ_RUNS = 100;

function runsFromEnvironment(): number {
  const value = Number(process.env['ROSTER_FUZZ_RUNS']);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_FUZZ_RUNS;
}

/** ROSTER_FUZZ_SEED replays the run fast-check reported. */
function seedFromEnvironment(): { seed?: number } {
  const seed = Number(process.env['ROSTER_FUZZ_SEED']);
  return process.env['ROSTER_FUZZ_SEED'] && Number.isSafeInteger(seed) ? { seed } : {};
}

/** Users that exist only to be read, changed and deleted, so deletes do not use up the acting users. */
const VICTIMS = { acme: 24, globex: 4 } as const;

/**
 * Adds the victims, then returns the ids of every user of every tenant (the bootstrap's and the
 * victims) and of the victims alone, as the dialect writes them in paths.
 */
async function userIds(roster: Roster, kind: DialectFuzzTarget['idKind']): Promise<{ userIds: string[]; victimIds: string[] }> {
  const userIds: string[] = [];
  const victimIds: string[] = [];
  const idOf = (user: { id: number; publicId: string }) => (kind === 'public' ? user.publicId : String(user.id));
  for (const tenant of [fixture.acme, fixture.globex, fixture.tiny]) {
    const actor = await roster.auth.authenticateApiKey({ secret: Object.values(tenant.keys)[0]! });
    const victims = tenant.name in VICTIMS ? VICTIMS[tenant.name as keyof typeof VICTIMS] : 0;
    for (let i = 0; i < victims; i++) {
      const name = `victim${i}`;
      const input = {
        email: `${name}@${tenant.name}.example.com`,
        login: name,
        firstName: 'Victim',
        lastName: String(i),
        password: 'victim password 1',
      };
      victimIds.push(idOf((await roster.users.create(actor, input)).user));
    }
    const { items } = await roster.users.list(actor, { page: 1, limit: 100 });
    userIds.push(...items.map(idOf));
  }
  return { userIds, victimIds };
}

/**
 * One test per route of the dialect's table: `numRuns` hostile requests through
 * `dialect.handle`, each answer checked against the target's rules (never an unlisted status,
 * never a 5xx the spec does not list, no stack trace, no secret or hash, the dialect's own
 * format) and the log checked for unexpected errors and secrets.
 */
export function describeDialectFuzz(options: DialectFuzzOptions): void {
  const { plugin, target } = options;
  const numRuns = options.numRuns ?? runsFromEnvironment();
  describe(`${plugin.name} under hostile input (${numRuns} cases per route)`, () => {
    it('is the target written for this dialect', () => {
      expect(target.dialect).toBe(plugin.name);
    });
    for (const route of plugin.routes) {
      it(`${route.method} ${route.path} (${route.name})`, async () => {
        const log = capturingLogger();
        const roster = await options.createRoster(log.logger);
        try {
          const dialect = plugin.create(roster);
          const context = { ...(await userIds(roster, target.idKind)), routes: plugin.routes };
          await fuzzRoute({ dialect, route, target, context, log, numRuns, ...seedFromEnvironment() });
        } finally {
          await roster.close();
        }
      }, 120_000);
    }
  });
}

import { capturingLogger, fixture, FUZZ_SECRETS, logViolations } from '@roster/testing';
import { createFaultDatabase, type FaultDatabase } from './fault-database';
import { startLoad, type Outcome } from './fault-load';
import { readConsistency, type Consistency } from './consistency';
import { OUTAGE_DIALECTS } from './outage-dialects';
import { slowMembershipInserts } from './slow-memberships';
import { startPostgresHost, type PostgresHost } from './postgres-host';

/**
 * PostgreSQL goes away under load and comes back, and the host is never restarted. Needs the
 * PostgreSQL server CI starts (127.0.0.1:5432, or ROSTER_TEST_POSTGRES_URL): when it cannot be
 * reached the test fails, it does not skip. The server itself is never stopped (other tests
 * share it): this test's own database has its connections killed, then refuses new ones.
 */

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls until `done()` or `ms` have passed (the assertions then tell what did not happen). */
const waitFor = async (done: () => boolean, ms: number) => {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline) await sleep(50);
};
/** Answers to wait for in the healthy phases, before the fault and after recovery. */
const ENOUGH = 16;
/** Connection kills under load, each while a create is inside its transaction. */
const KILLS = 3;
const dialectOf = (name: string) => OUTAGE_DIALECTS.find((dialect) => dialect.name === name)!;
const succeeded = (outcome: Outcome) => outcome.status >= 200 && outcome.status < 300;
const cleanDown = (outcome: Outcome) => {
  const { down } = dialectOf(outcome.dialect);
  return outcome.status === down.status && outcome.type === down.type && outcome.text === down.text;
};
const show = (outcomes: readonly Outcome[]) =>
  outcomes.slice(0, 5).map((o) => `${o.dialect} ${o.kind} → ${o.status} ${o.text.slice(0, 120)} (${o.ended - o.started} ms)`);

/** When each phase began and ended (ms since the epoch). */
interface Timeline {
  healthyUntil: number;
  killsUntil: number;
  downFrom: number;
  downUntil: number;
  recoveredAt: number;
}

// The set-up below waits for each phase at most a bounded time (the assertions then tell what
// did not happen): up to ~250 s in all, plus creating the database and starting the host, which
// on a busy machine take seconds more. The hook's timeout must cover that sum, or a slow but
// correct run fails with "Exceeded timeout" and no word on which phase was slow.
jest.setTimeout(330_000);

describe('PostgreSQL outage under load (Express host on MikroORM)', () => {
  const log = capturingLogger();
  let database: FaultDatabase | undefined;
  let host: PostgresHost | undefined;
  let outcomes: readonly Outcome[] = [];
  let consistency: Consistency;
  let midTransactionKills = 0;
  const at = {} as Timeline;

  beforeAll(async () => {
    database = await createFaultDatabase();
    host = await startPostgresHost(database.url, log.logger);
    // Long enough for the poll in waitForSleeper to see it on a busy machine (0.2 s was missed).
    await slowMembershipInserts(host.stores, 0.5);
    const owner = await host.roster.auth.authenticateApiKey({ secret: fixture.acme.keys.owner });
    const existing = await host.roster.users.get(owner, { email: fixture.acme.users.eastUser.email });
    const load = startLoad({
      baseUrl: host.baseUrl,
      dialects: OUTAGE_DIALECTS,
      existing: { id: existing.id, publicId: existing.publicId, email: existing.email! },
    });

    // Each create sits 0.5 s in its memberships (above): on a busy machine 16 answers took over 15 s.
    const answered = (count: number) => waitFor(() => load.outcomes.length >= count, 60_000);
    await answered(ENOUGH);
    at.healthyUntil = Date.now();
    // Kill while a create sits between its user row and its memberships (see slowMembershipInserts).
    for (let i = 0; i < KILLS; i++) {
      if (await database.waitForSleeper(20_000)) midTransactionKills++;
      await database.killConnections();
      await sleep(100);
    }
    at.killsUntil = Date.now();
    await sleep(300);
    await database.refuseConnections();
    at.downFrom = Date.now();
    // Down for at least 2 s and until every dialect has answered a request sent during the
    // outage (a fixed 2 s was too short on a busy machine: one dialect answered none in it).
    await sleep(2000);
    await waitFor(
      () => OUTAGE_DIALECTS.every((dialect) => load.outcomes.some((o) => o.dialect === dialect.name && o.started >= at.downFrom)),
      30_000,
    );
    at.downUntil = Date.now();
    await database.allowConnections();
    await waitFor(
      () =>
        OUTAGE_DIALECTS.every((dialect) =>
          load.outcomes.some((o) => o.dialect === dialect.name && o.started >= at.downUntil && succeeded(o)),
        ),
      20_000,
    );
    at.recoveredAt = Date.now();
    await answered(load.outcomes.length + ENOUGH);
    outcomes = await load.stop();
    consistency = await readConsistency(host.stores);
  });

  afterAll(async () => {
    await host?.close();
    await database?.drop();
  });

  it('served the load before the fault', () => {
    // `<=`: the answer that made the count may have ended in the very millisecond the phase did.
    const before = outcomes.filter((o) => o.ended <= at.healthyUntil);
    expect(before.length).toBeGreaterThanOrEqual(ENOUGH);
    expect(show(before.filter((o) => !succeeded(o)))).toEqual([]);
  });

  it('never hung and never dropped a connection: every request got an answer', () => {
    expect(show(outcomes.filter((o) => o.status === 0))).toEqual([]);
  });

  it('answered every request with a success or its dialect’s own clean 5xx, nothing else', () => {
    expect(show(outcomes.filter((o) => !succeeded(o) && !cleanDown(o)))).toEqual([]);
  });

  // No bound on how fast (machine load would flip it): that every answer came within the load's
  // 10 s client timeout is the "never hung" test above.
  it('while the database refused connections, each dialect answered its own 5xx', () => {
    const down = outcomes.filter((o) => o.started >= at.downFrom && o.ended <= at.downUntil);
    for (const dialect of OUTAGE_DIALECTS) expect(down.filter((o) => o.dialect === dialect.name).length).toBeGreaterThan(0);
    expect(show(down.filter((o) => !cleanDown(o)))).toEqual([]);
  });

  it('recovered without a restart once the database was back', () => {
    expect(at.recoveredAt - at.downUntil).toBeLessThan(20_000);
    const after = outcomes.filter((o) => o.started >= at.recoveredAt);
    expect(after.length).toBeGreaterThanOrEqual(ENOUGH / 2);
    expect(show(after.filter((o) => !succeeded(o)))).toEqual([]);
  });

  it('killed connections while creates were inside their transactions, and those creates answered 5xx', () => {
    expect(midTransactionKills).toBe(KILLS);
    const killed = outcomes.filter((o) => o.dialect === 'ispring' && o.kind === 'create' && o.started < at.killsUntil && cleanDown(o));
    expect(killed.length).toBeGreaterThan(0);
  });

  it('left no half-written user: seat counters and user counts match the users, memberships come with their user', () => {
    expect(consistency.counterMismatches).toEqual([]);
    expect(consistency.userCountMismatches).toEqual([]);
    expect(consistency.orphanMemberships).toBe(0);
    expect(consistency.membershipMismatches).toEqual([]);
    expect(consistency.partialGroupUsers).toEqual([]);
  });

  it('kept every user it answered as created, and created none it did not try', () => {
    const created = outcomes.filter((o) => o.kind === 'create' && succeeded(o)).map((o) => o.email!.toLowerCase());
    const tried = new Set(outcomes.filter((o) => o.kind === 'create').map((o) => o.email!.toLowerCase()));
    expect(created.filter((email) => !consistency.loadEmails.has(email))).toEqual([]);
    expect([...consistency.loadEmails].filter((email) => !tried.has(email))).toEqual([]);
  });

  it('logged the outage without a secret or a hash', () => {
    expect(log.entries.some((entry) => entry.level === 'error')).toBe(true);
    const unexpected = logViolations(log.entries, FUZZ_SECRETS).filter((problem) => !problem.startsWith('logged an error'));
    expect(unexpected).toEqual([]);
  });
});

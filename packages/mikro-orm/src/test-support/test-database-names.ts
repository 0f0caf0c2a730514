import { randomBytes } from 'node:crypto';

/** The prefixes of the databases tests create (test-databases.ts, test/faults), and nothing else. */
export const TEST_DATABASE_PREFIXES = ['roster_test_', 'roster_fault_'] as const;

/** A test database left by a crashed run is dropped once it is this old (no run takes that long). */
export const STALE_AFTER_MS = 6 * 60 * 60 * 1000;

/**
 * `<prefix><creation second, base 36>_<pid, base 36>_<12 random hex digits>`: unique across
 * concurrent runs on one server, and dated, so that a later run can tell a crashed run's leftover
 * from a database a live run is using.
 */
export function testDatabaseName(prefix: (typeof TEST_DATABASE_PREFIXES)[number], now = Date.now()): string {
  return `${prefix}${Math.floor(now / 1000).toString(36)}_${process.pid.toString(36)}_${randomBytes(6).toString('hex')}`;
}

/** When the test database `name` was created (ms), or null for a name these helpers did not make. */
export function createdAt(name: string): number | null {
  const prefix = TEST_DATABASE_PREFIXES.find((candidate) => name.startsWith(candidate));
  const match = prefix ? /^([0-9a-z]{1,10})_[0-9a-z]{1,8}_[0-9a-f]{12}$/.exec(name.slice(prefix.length)) : null;
  return match ? Number.parseInt(match[1]!, 36) * 1000 : null;
}

/** Whether `name` is a test database older than STALE_AFTER_MS (never a name of another kind). */
export function isStale(name: string, now = Date.now()): boolean {
  const created = createdAt(name);
  return created !== null && now - created > STALE_AFTER_MS;
}

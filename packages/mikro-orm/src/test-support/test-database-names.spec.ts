import { createdAt, isStale, STALE_AFTER_MS, testDatabaseName } from './test-database-names';

describe('test database names', () => {
  const now = Date.UTC(2026, 11, 1, 12, 0, 0);

  it('are unique, valid unquoted SQL names, and carry their creation second', () => {
    const names = Array.from({ length: 50 }, () => testDatabaseName('roster_test_', now));
    expect(new Set(names).size).toBe(50);
    for (const name of names) {
      expect(name).toMatch(/^roster_test_[a-z0-9_]+$/);
      expect(name.length).toBeLessThanOrEqual(63); // PostgreSQL's limit (MariaDB's is 64)
      expect(createdAt(name)).toBe(now);
    }
    expect(createdAt(testDatabaseName('roster_fault_', now))).toBe(now);
  });

  it('are stale only when older than the limit, and only when these helpers made them', () => {
    expect(isStale(testDatabaseName('roster_test_', now - STALE_AFTER_MS - 1000), now)).toBe(true);
    expect(isStale(testDatabaseName('roster_fault_', now - STALE_AFTER_MS - 1000), now)).toBe(true);
    expect(isStale(testDatabaseName('roster_test_', now - STALE_AFTER_MS + 60_000), now)).toBe(false);
    for (const other of ['test', 'roster', 'roster_test_0a1b2c3d4e5f', 'roster_bench_seeder_spec', 'app_roster_test_1_2_0a1b2c3d4e5f']) {
      expect(isStale(other, now)).toBe(false);
    }
  });
});

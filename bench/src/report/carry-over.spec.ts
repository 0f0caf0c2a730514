import type { BenchReport } from './bench-report.types';
import { carryOver, type SectionKey } from './carry-over';

const ALL: SectionKey[] = ['overhead', 'census', 'peer', 'scale', 'hashing', 'cluster'];
const report = (startedAt: string, load: number, fields: Partial<BenchReport>): BenchReport =>
  ({
    startedAt,
    environment: { loadAverageAtStart: [load, load, load] },
    loadAverageAtEnd: [load + 1, load, load],
    overhead: null,
    census: null,
    peer: null,
    scale: null,
    hashing: null,
    cluster: null,
    problems: [],
    ...fields,
  }) as unknown as BenchReport;

describe('carryOver (--only)', () => {
  it('keeps the saved run (its sections, date and machine) and replaces only the sections measured now, recording that run', () => {
    const saved = report('2026-12-01T10:00:00.000Z', 1, { hashing: { h: 1 } as never, cluster: { instances: 3, rows: [] } });
    const now = report('2026-12-02T15:00:00.000Z', 9, { cluster: { instances: 3, rows: [{ route: 'get' } as never] }, problems: ['x'] });
    const merged = carryOver(now, saved, ['cluster'], ALL);
    expect(merged.startedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(merged.environment.loadAverageAtStart).toEqual([1, 1, 1]);
    expect(merged.hashing).toEqual({ h: 1 });
    expect(merged.cluster).toEqual({ instances: 3, rows: [{ route: 'get' }] });
    expect(merged.partialRuns).toEqual([
      {
        sections: ['cluster'],
        startedAt: '2026-12-02T15:00:00.000Z',
        loadAverageAtStart: [9, 9, 9],
        loadAverageAtEnd: [10, 9, 9],
        problems: ['x'],
      },
    ]);
  });

  it('leaves a run of every section, or one with nothing saved, as it is', () => {
    const now = report('2026-12-02T15:00:00.000Z', 1, {});
    expect(carryOver(now, null, ['cluster'], ALL)).toBe(now);
    expect(carryOver(now, report('2026-12-01T10:00:00.000Z', 1, {}), ALL, ALL)).toBe(now);
  });

  it('a later partial run of the same sections replaces the earlier one in the record', () => {
    const saved = report('2026-12-01T10:00:00.000Z', 1, {});
    const once = carryOver(report('2026-12-02T15:00:00.000Z', 5, {}), saved, ['cluster'], ALL);
    const twice = carryOver(report('2026-12-03T15:00:00.000Z', 5, {}), once, ['cluster'], ALL);
    expect(twice.partialRuns?.map((run) => run.startedAt)).toEqual(['2026-12-03T15:00:00.000Z']);
  });
});

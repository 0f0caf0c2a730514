import type { PairedResult } from '../harness/paired-comparison';
import { spreadOf } from '../harness/stats';
import type { OverheadRow } from '../suites/overhead.suite';
import type { HashingReport } from '../suites/hashing.suite';
import { hashingSection } from './hashing-section';
import { overheadSection } from './overhead-section';

function paired(baseline: number[], candidate: number[]): PairedResult {
  const side = (rps: number[]) => ({
    rps: spreadOf(rps),
    p50: spreadOf(rps.map(() => 5)),
    p99: spreadOf(rps.map(() => 20)),
    failed: 0,
    runs: [],
  });
  return { baseline: side(baseline), candidate: side(candidate), ratio: spreadOf(candidate.map((value, i) => value / baseline[i]!)) };
}

const row = (scenario: string, result: PairedResult, variant: OverheadRow['variant'] = 'as shipped'): OverheadRow => ({
  framework: 'express',
  dialect: 'rest-v1',
  route: 'get',
  scenario,
  variant,
  result,
});

describe('overheadSection', () => {
  it('lists every figure and names only those under 0.9 as not met', () => {
    const section = overheadSection([
      row('fast route', paired([1000, 1000, 1000], [950, 980, 990])),
      row('slow route', paired([1000, 1000, 1000], [500, 520, 480])),
      row('slow route', paired([1000, 1000, 1000], [800, 820, 780]), 'what-if'),
    ]);
    expect(section.markdown).toContain('| Express | fast route | 1000 (1000–1000) | 980 (950–990) | **0.98** (0.95–0.99)');
    expect(section.markdown).toContain('**0.50** (0.48–0.52)');
    expect(section.unmet).toEqual(['overhead: express slow route at 0.50 × the hand-written route']);
    expect(section.markdown).toContain('| Express, what-if: tuned stores | slow route |');
    expect(section.markdown).toContain('informative (would still miss)');
  });
});

describe('hashingSection', () => {
  const report = (ratios: number[]): HashingReport => ({
    parameters: { memoryCost: 19456, timeCost: 2, parallelism: 1 },
    threadPoolSize: '4',
    raw: spreadOf([40, 40, 40]),
    create: paired(
      [1, 1, 1],
      ratios.map((r) => r * 40),
    ).candidate,
    ratio: spreadOf(ratios),
    eventLoop: { p99: spreadOf([3, 4, 5]), max: spreadOf([9, 9, 9]), utilization: spreadOf([0.2, 0.2, 0.2]) },
    idleEventLoopP99: 1,
  });

  it('meets the target at 0.8 × raw and reports it missed below', () => {
    expect(hashingSection(report([0.85, 0.9, 0.8])).unmet).toEqual([]);
    expect(hashingSection(report([0.5, 0.6, 0.7])).unmet).toEqual(['hashing: creates with passwords at 0.60 × raw argon2 throughput']);
    expect(hashingSection(report([0.5, 0.6, 0.7])).markdown).toContain('m = 19456 KiB, t = 2');
    const both = hashingSection({ ...report([0.9, 0.9, 0.9]), poolAtCores: { ...report([0.5, 0.5, 0.5]), threadPoolSize: '2' } });
    expect(both.unmet).toEqual([]);
    expect(both.markdown).toContain('| 2 | 40.0 (40.0–40.0) | 20.0 (20.0–20.0) | **0.50** (0.50–0.50) | informative |');
  });
});

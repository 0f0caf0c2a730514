import type { PairedResult } from '../harness/paired-comparison';
import { spreadOf } from '../harness/stats';
import type { OverheadRow } from '../suites/overhead.suite';
import { perRouteSection } from './per-route-section';

function paired(baseline: number, candidate: number): PairedResult {
  const side = (rps: number) => ({ rps: spreadOf([rps]), p50: spreadOf([5]), p99: spreadOf([20]), failed: 0, runs: [] });
  return { baseline: side(baseline), candidate: side(candidate), ratio: spreadOf([candidate / baseline]) };
}

const row = (route: OverheadRow['route'], limitRps: number): OverheadRow => ({
  framework: 'express',
  dialect: 'rest-v1',
  route,
  scenario: `rest-v1 ${route}`,
  variant: 'as shipped',
  result: paired(500, 400),
  limit: paired(limitRps, 400),
  eventLoopP99: { roster: spreadOf([12.5]), handWritten: spreadOf([3]), limit: null },
  rssBytes: { roster: 200 * 2 ** 20, handWritten: 150 * 2 ** 20, limit: 60 * 2 ** 20 },
  sqlRoundTrips: { roster: 5, handWritten: 2, limit: 2 },
});

describe('perRouteSection', () => {
  it('shows the three ratios and the costs of each server, and names get and list under 0.75 × the limit', () => {
    const section = perRouteSection([row('get', 4000), row('list', 500), row('create', 4000)], null, [
      { scenario: 'rest-v1 get', roster: ['a', 'b', 'c'], handWritten: ['a'] },
    ]);
    expect(section.markdown).toContain(
      '| Express | rest-v1 get | 400 | 0.80 | **0.10** (4000 req/s) | n/a | 5 / 2 / 2 | 3 / 1 | 12.5 / 3.00 / n/a | 200 / 150 / 60 | **not met** |',
    );
    expect(section.markdown).toContain('| rest-v1 list | 400 | 0.80 | **0.80** (500 req/s)');
    expect(section.markdown).toMatch(/rest-v1 create .*\| informative \|$/m);
    expect(section.unmet).toEqual(['limit: express rest-v1 get at 0.10 × the limit (node:http + pg)']);
  });
});

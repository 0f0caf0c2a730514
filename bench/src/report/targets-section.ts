import type { BenchReport } from './bench-report.types';
import { ms, ratio, table } from './format';

const count = (n: number): string => n.toLocaleString('en-US');
const range = (values: readonly number[]): string =>
  values.length === 0 ? 'not measured' : `${ratio(Math.min(...values))}–${ratio(Math.max(...values))}`;

/**
 * The targets of issue #11 ("benchmarks that name the limit") with what this run measured: the
 * "then" column is the full run of 2026-11-22 the issue quotes, "this run" comes from the figures
 * below. Quick runs are rough (short runs, smaller scale size); the verdicts are in each section.
 */
export function targetsSection(report: BenchReport): string {
  const overhead = (report.overhead ?? []).filter((row) => row.variant === 'as shipped');
  const restV1 = (route: string, framework = 'express') =>
    overhead.find((row) => row.dialect === 'rest-v1' && row.route === route && row.framework === framework);
  const limitFigure = (route: string): string => {
    const figures = (['express', 'nest'] as const).map((framework) => {
      const value = restV1(route, framework)?.limit?.ratio.median;
      return value === undefined ? null : `${framework === 'nest' ? 'NestJS' : 'Express'} ${ratio(value)}`;
    });
    return figures.filter((figure) => figure !== null).join(', ') || 'not measured';
  };
  const peer = (operation: string): string => {
    const row = report.peer?.find((entry) => entry.operation === operation && entry.rosterHasher === 'argon2');
    return row ? ratio(row.result.ratio.median) : 'n/a';
  };
  const trips = (route: string): string => {
    const value = restV1(route)?.sqlRoundTrips?.roster;
    return value === undefined ? 'n/a' : String(value);
  };
  const calls = (name: string | undefined): string => {
    const row = report.census?.find((entry) => entry.scenario === name);
    return row ? String(row.roster.length) : 'n/a';
  };
  const scale = report.scale;
  const scaleRatio = (query: string): string => {
    const row = scale?.rows.find((entry) => entry.query === query);
    return row ? ratio(row.latencyRatio.median) : 'n/a';
  };
  const hashing = report.hashing;
  const routes = ['get', 'list', 'create'] as const;
  return [
    '### Targets of issue #11 in this run',
    '',
    'Each figure in detail, with its spread, in the sections below.',
    '',
    table(
      ['figure', 'then (full, 2026-11-22)', 'this run', 'target'],
      [
        [
          'Roster ÷ hand-written route, every route, Express and NestJS',
          '0.56–0.77',
          range(overhead.map((row) => row.result.ratio.median)),
          '≥ 0.9',
        ],
        ['Roster ÷ limit (raw `pg`), get one user', 'not measured', limitFigure('get'), '≥ 0.75'],
        ['Roster ÷ limit (raw `pg`), list a page', 'not measured', limitFigure('list'), '≥ 0.75'],
        ['Roster ÷ better-auth: get, list, create without password', '0.90 / 0.96 / 0.13', routes.map(peer).join(' / '), '≥ 1.5 each'],
        [
          'SQL round trips per request (Express): get / list / create',
          '5 / 4–5 / 10–11 store calls',
          `${routes.map(trips).join(' / ')} (store calls ${routes.map((route) => calls(restV1(route)?.scenario)).join(' / ')})`,
          '2 / 2 / key + 1 transaction',
        ],
        [
          scale
            ? `${count(scale.sizes[1])} users ÷ ${count(scale.sizes[0])}: page 1, role + status filter (p50, with totals)`
            : 'large ÷ small scale: page 1, filter',
          '7.5 / 17.7 (1,000,000 ÷ 10,000)',
          `${scaleRatio('page 1')} / ${scaleRatio('role + status filter, page 1')}`,
          '≤ 2 (at 1,000,000 ÷ 10,000)',
        ],
        [
          scale ? `last page by cursor at ${count(scale.sizes[1])} users ÷ page 1 (p50)` : 'last page by cursor ÷ page 1',
          '—',
          scale?.cursor ? ratio(scale.cursor.latencyRatio.median) : 'n/a',
          '≤ 2 (at 1,000,000)',
        ],
        [
          'creates with a password ÷ raw argon2; event-loop delay p99',
          '0.50; 25 ms',
          hashing ? `${ratio(hashing.ratio.median)}; ${ms(hashing.eventLoop.p99.median)} ms` : 'n/a',
          '≥ 0.8; ≤ 20 ms',
        ],
      ],
    ),
  ].join('\n');
}

import type { ScaleReport } from '../suites/scale.suite';
import { ms, rate, ratio, spread, table, verdict } from './format';
import type { Section } from './section';

export const SCALE_TARGET = 3;
const count = (n: number): string => n.toLocaleString('en-US');

export function scaleSection(report: ScaleReport): Section {
  const [small, large] = report.sizes;
  const unmet: string[] = [];
  const figures = report.rows.flatMap((row) => [
    [row.query, count(small), count(row.totals[0]), spread(row.small.rps, rate), spread(row.small.p50, ms), spread(row.small.p99, ms)],
    [row.query, count(large), count(row.totals[1]), spread(row.large.rps, rate), spread(row.large.p50, ms), spread(row.large.p99, ms)],
  ]);
  const ratios = report.rows.map((row) => {
    const targeted = row.query !== 'page 100';
    const met = row.latencyRatio.median <= SCALE_TARGET;
    if (targeted && !met) unmet.push(`scale: ${row.query} p50 at ${ratio(row.latencyRatio.median)} × its ${count(small)}-user figure`);
    return [
      row.query,
      spread(row.latencyRatio, ratio),
      spread(row.throughputRatio, ratio),
      targeted ? verdict(met) : `informative (${met ? 'within' : 'beyond'} 3×)`,
    ];
  });
  const seeded = report.seedSeconds
    .map((seconds, index) => `${count(report.sizes[index]!)} users in ${seconds === null ? 'n/a' : `${seconds.toFixed(1)} s`}`)
    .join(', ');
  const sql =
    report.sql.length === 0
      ? []
      : [
          '',
          `The list's parts timed straight on PostgreSQL at ${count(large)} users (client-side, ms, median (min–max) of 7):`,
          '',
          table(
            ['query', 'ms', 'SQL'],
            report.sql.map((timing) => [timing.label, spread(timing.ms, ms), `\`${timing.sql}\``]),
          ),
        ];
  const cursor = report.cursor;
  if (cursor && cursor.latencyRatio.median > 2)
    unmet.push(`scale: last page by cursor p50 at ${ratio(cursor.latencyRatio.median)} × page 1`);
  const keyset = !cursor
    ? []
    : [
        '',
        `The last page by \`after\` cursor against page 1 at ${count(large)} users, paired on one server (target ≤ 2×):`,
        '',
        table(
          ['query', 'req/s', 'p50 ms', 'p99 ms', 'p50 ÷ page 1', '≤ 2×'],
          [
            ['page 1', spread(cursor.page1.rps, rate), spread(cursor.page1.p50, ms), spread(cursor.page1.p99, ms), '', ''],
            [
              'last page by cursor',
              spread(cursor.lastByCursor.rps, rate),
              spread(cursor.lastByCursor.p50, ms),
              spread(cursor.lastByCursor.p99, ms),
              spread(cursor.latencyRatio, ratio),
              verdict(cursor.latencyRatio.median <= 2),
            ],
          ],
        ),
      ];
  const markdown = [
    `### 3. Scale: rest-v1 lists at ${count(small)} and ${count(large)} users in one tenant`,
    '',
    `Seeding (batched \`INSERT … SELECT … generate_series\` into Roster's tables, indexes in place): ${seeded}.`,
    'Roster on Express, both sizes served at once by two processes, runs alternating; 20 users per page.',
    '',
    table(['query', 'users', 'meta.total', 'req/s', 'p50 ms', 'p99 ms'], figures),
    '',
    `Large ÷ small, per round. Target: page 1 and the filter within ${SCALE_TARGET}× (p50 latency).`,
    '',
    table(['query', 'p50 latency ratio', 'throughput ratio', `≤ ${SCALE_TARGET}×`], ratios),
    ...keyset,
    ...sql,
  ].join('\n');
  return { markdown, unmet };
}

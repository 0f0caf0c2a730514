import type { OverheadRow } from '../suites/overhead.suite';
import { ms, rate, ratio, spread, table, verdict } from './format';
import type { Section } from './section';

export const OVERHEAD_TARGET = 0.9;

export function overheadSection(rows: readonly OverheadRow[]): Section {
  const unmet: string[] = [];
  const body = rows.map((row) => {
    const met = row.result.ratio.median >= OVERHEAD_TARGET;
    const whatIf = row.variant === 'what-if';
    if (!met && !whatIf)
      unmet.push(`overhead: ${row.framework} ${row.scenario} at ${ratio(row.result.ratio.median)} × the hand-written route`);
    return [
      `${row.framework === 'nest' ? 'NestJS' : 'Express'}${whatIf ? ', what-if: tuned stores' : ''}`,
      row.scenario,
      spread(row.result.baseline.rps, rate),
      spread(row.result.candidate.rps, rate),
      `**${ratio(row.result.ratio.median)}** (${ratio(row.result.ratio.min)}–${ratio(row.result.ratio.max)})`,
      `${ms(row.result.baseline.p99.median)} / ${ms(row.result.candidate.p99.median)}`,
      String(row.result.baseline.failed + row.result.candidate.failed),
      whatIf ? `informative (${met ? 'would meet' : 'would still miss'})` : verdict(met),
    ];
  });
  const markdown = [
    '### 1. Overhead: Roster against a hand-written route of the same framework',
    '',
    'Both servers use the same store objects on the same database, the same (stand-in) password hasher and',
    'answer the same bytes; the hand-written route does only what its route needs (one key lookup, the query,',
    'the insert), writes its answer without ETag or serializer, and checks e-mail uniqueness through the',
    "store's unique index where the dialect's order of checks allows. Ratio = Roster req/s ÷ hand-written",
    `req/s, per round. Target: ≥ ${OVERHEAD_TARGET}. Rows marked "what-if" run Roster over stores wrapped`,
    'from outside (bench/src/probe/tuned-stores.ts: last-used/last-login writes at most once a minute,',
    'tenant, organizations and groups cached for 5 s) to measure what those core changes would give.',
    '',
    table(
      ['framework', 'route', 'hand-written req/s', 'Roster req/s', 'ratio', 'p99 ms (hand / Roster)', 'failed', `≥ ${OVERHEAD_TARGET}`],
      body,
    ),
  ].join('\n');
  return { markdown, unmet };
}

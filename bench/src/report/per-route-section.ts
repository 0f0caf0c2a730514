import type { Spread } from '../harness/stats';
import type { OverheadRow, PerServer } from '../suites/overhead.suite';
import type { PeerRow } from '../suites/peer.suite';
import type { CensusRow } from '../suites/store-census.suite';
import { ms, rate, ratio, table, verdict } from './format';
import type { Section } from './section';

export const LIMIT_TARGET = 0.75;
const PEER_OPERATION = { get: 'get', list: 'list', create: 'create' } as const;

const mib = (bytes: number | null | undefined): string => (bytes === null || bytes === undefined ? 'n/a' : (bytes / 2 ** 20).toFixed(0));
const p99 = (value: Spread | null | undefined): string => (value === null || value === undefined ? 'n/a' : ms(value.median));
const count = (value: number | undefined): string => (value === undefined ? 'n/a' : String(value));
const three = <T>(figures: PerServer<T> | undefined, show: (value: T | undefined) => string): string =>
  `${show(figures?.roster)} / ${show(figures?.handWritten)} / ${show(figures?.limit)}`;

/**
 * Section 1c: each rest-v1 hot route against its three bars at once: the hand-written route of
 * the same framework, the limit (node:http + pg, the least work the same bytes need) and better-auth
 * (section 2), with what each server spent: SQL round trips, store calls, event-loop delay, memory.
 */
export function perRouteSection(
  overhead: readonly OverheadRow[],
  peer: readonly PeerRow[] | null,
  census: readonly CensusRow[] | null,
): Section {
  const unmet: string[] = [];
  const rows = overhead.filter((row) => row.dialect === 'rest-v1' && row.variant === 'as shipped');
  const body = rows.map((row) => {
    const peerRow = peer?.find((entry) => entry.operation === PEER_OPERATION[row.route] && entry.rosterHasher === 'argon2');
    const calls = census?.find((entry) => entry.scenario === row.scenario);
    const targeted = row.route !== 'create';
    const limit = row.limit?.ratio.median;
    const met = limit !== undefined && limit >= LIMIT_TARGET;
    if (targeted && limit !== undefined && !met)
      unmet.push(`limit: ${row.framework} ${row.scenario} at ${ratio(limit)} × the limit (node:http + pg)`);
    return [
      row.framework === 'nest' ? 'NestJS' : 'Express',
      row.scenario,
      rate(row.result.candidate.rps.median),
      ratio(row.result.ratio.median),
      row.limit ? `**${ratio(row.limit.ratio.median)}** (${rate(row.limit.baseline.rps.median)} req/s)` : 'n/a',
      peerRow ? ratio(peerRow.result.ratio.median) : 'n/a',
      three(row.sqlRoundTrips, count),
      calls ? `${calls.roster.length} / ${calls.handWritten.length}` : 'n/a',
      three(row.eventLoopP99, p99),
      three(row.rssBytes, mib),
      targeted ? (limit === undefined ? 'n/a' : verdict(met)) : 'informative',
    ];
  });
  const markdown = [
    '### 1c. Per route: Roster against the hand-written route, the limit and better-auth',
    '',
    'rest-v1 as shipped. The **limit** (bench/src/servers/limit/) is a plain `node:http` server on the `pg`',
    'driver that gives the same bytes with the least work: one key lookup, then one statement (the user; the',
    'page joined to its `COUNT(*)` total, as the MikroORM store counts; the create as one single-statement',
    'transaction taking the seat and inserting), prepared statements on a pool of 10. It runs in the same',
    'rounds as the hand-written route (order alternating). better-auth: section 2 (get; list filtered by role;',
    'create without password, Roster with argon2). SQL round trips: statements the server sent per request',
    '(BEGIN and COMMIT included; median of 5 sequential requests), counted on the `pg` driver in the server',
    "process. Store calls: section 1b. Event-loop delay p99: during each server's own runs (median over",
    `rounds). RSS: each server process's resident memory right after the route's runs. Target: Roster ≥`,
    `${LIMIT_TARGET} × the limit for get and list.`,
    '',
    table(
      [
        'framework',
        'route',
        'Roster req/s',
        '÷ hand-written',
        '÷ limit (limit req/s)',
        '÷ better-auth',
        'SQL round trips (Roster / hand / limit)',
        'store calls (Roster / hand)',
        'event-loop p99 ms (Roster / hand / limit)',
        'RSS MiB after (Roster / hand / limit)',
        `÷ limit ≥ ${LIMIT_TARGET}`,
      ],
      body,
    ),
  ].join('\n');
  return { markdown, unmet };
}

import type { PeerRow } from '../suites/peer.suite';
import { ms, rate, ratio, spread, table, verdict } from './format';
import type { Section } from './section';

export function peerSection(rows: readonly PeerRow[]): Section {
  const unmet: string[] = [];
  const body = rows.map((row) => {
    const asShipped = row.rosterHasher === 'argon2';
    const met = row.result.ratio.median > 1;
    if (!met && asShipped && row.operation !== 'create-with-password') {
      unmet.push(`peer: ${row.label} at ${ratio(row.result.ratio.median)} × better-auth`);
    }
    return [
      `${row.label}${asShipped ? '' : ' — Roster with the hash stand-in (estimate of skipping the generated-password hash)'}`,
      spread(row.result.baseline.rps, rate),
      spread(row.result.candidate.rps, rate),
      `**${ratio(row.result.ratio.median)}** (${ratio(row.result.ratio.min)}–${ratio(row.result.ratio.max)})`,
      `${ms(row.result.baseline.p99.median)} / ${ms(row.result.candidate.p99.median)}`,
      asShipped && row.operation !== 'create-with-password' ? verdict(met) : 'informative',
    ];
  });
  const markdown = [
    '### 2. Peer: better-auth (admin plugin) against rest-v1',
    '',
    'Both on Express 5, each in its own process, over its own database on the same PostgreSQL server,',
    'each seeded with the same users (same count, role mix and creation times). better-auth authenticates',
    'with its admin session cookie (its session lookup on each request), Roster with its API key. Ratio =',
    'Roster req/s ÷ better-auth req/s, per round. Target: Roster ahead (> 1).',
    '',
    table(['operation', 'better-auth req/s', 'Roster req/s', 'ratio', 'p99 ms (better-auth / Roster)', '> 1'], body),
  ].join('\n');
  return { markdown, unmet };
}

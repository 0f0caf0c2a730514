import type { CensusRow } from '../suites/store-census.suite';
import { table } from './format';

/** `users.findById ×2, tenants.listGroups`: calls in first-seen order, repeats counted. */
function summary(calls: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
  return [...counts].map(([call, count]) => (count > 1 ? `${call} ×${count}` : call)).join(', ');
}

export function censusSection(rows: readonly CensusRow[]): string {
  return [
    '### 1b. Store calls per request',
    '',
    'One request of each route above, in-process on memory stores that record every port call (each is at',
    'least one round trip on PostgreSQL; `unitOfWork.run` adds BEGIN and COMMIT). Exact, whatever the machine.',
    '',
    table(
      ['route', 'Roster', 'hand-written', 'Roster calls', 'hand-written calls'],
      rows.map((row) => [
        row.scenario,
        String(row.roster.length),
        String(row.handWritten.length),
        summary(row.roster),
        summary(row.handWritten),
      ]),
    ),
  ].join('\n');
}

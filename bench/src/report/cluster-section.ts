import type { ClusterReport } from '../suites/cluster.suite';
import { ms, rate, ratio, spread, table } from './format';
import type { Section } from './section';

/** Section 5: three instances against one, informative (no target: the cores are shared). */
export function clusterSection(report: ClusterReport): Section {
  const rows = report.rows.map(({ scenario, result }) => [
    scenario,
    spread(result.baseline.rps, rate),
    spread(result.candidate.rps, rate),
    `**${ratio(result.ratio.median)}** (${ratio(result.ratio.min)}–${ratio(result.ratio.max)})`,
    spread(result.baseline.p99, ms),
    spread(result.candidate.p99, ms),
    String(result.baseline.failed + result.candidate.failed),
  ]);
  const markdown = [
    `### 5. Instances: ${report.instances} Roster processes against one, on the same machine`,
    '',
    `Roster on Express, ${report.instances} separate processes on one PostgreSQL database, the load's connections`,
    'split between them, against one process with all of them; limits in each process (the bench servers run no',
    'shared limits store). The load generator, the servers and PostgreSQL share the same cores, so more processes',
    'cannot add CPU: a ratio near 1 says the figures hold across instances, not that they scale. p99 of several',
    "instances is the worst instance's. No target.",
    '',
    table(
      [
        'route',
        '1 instance req/s',
        `${report.instances} instances req/s`,
        `${report.instances} ÷ 1`,
        '1 instance p99 ms',
        `${report.instances} instances p99 ms`,
        'failed',
      ],
      rows,
    ),
  ].join('\n');
  return { markdown, unmet: [] };
}

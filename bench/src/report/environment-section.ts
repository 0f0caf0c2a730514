import type { BenchReport } from './bench-report.types';
import { table } from './format';

export function environmentSection(report: BenchReport): string {
  const env = report.environment;
  const { paired, hashing } = report.settings;
  return [
    '### Machine, versions, settings',
    '',
    table(
      ['what', 'value'],
      [
        ['CPU', `${env.cpu}, ${env.cores} cores (load generator and servers share them)`],
        ['memory', `${env.memoryGiB} GiB`],
        ['OS', env.os],
        ['Node.js', env.node],
        ['PostgreSQL', env.postgres ?? 'not reachable'],
        ['store under Roster', report.store === 'postgres' ? '@roster/mikro-orm on PostgreSQL' : '@roster/memory'],
        ['commit', env.gitCommit],
        [
          'packages',
          Object.entries(env.versions)
            .map(([name, version]) => `${name} ${version}`)
            .join(', '),
        ],
        ['load average (1, 5, 15 min) at start / end', `${env.loadAverageAtStart.join(', ')} / ${report.loadAverageAtEnd.join(', ')}`],
        [
          'load',
          `autocannon, ${paired.connections} connections, ${paired.durationSeconds} s per run, ${paired.rounds} rounds per figure, ` +
            (paired.warmupSeconds > 0 ? `after a ${paired.warmupSeconds} s warm-up run of each side` : 'no warm-up run'),
        ],
        ['hashing runs', `${hashing.rounds} rounds of ${hashing.durationSeconds} s`],
        ['command', `\`${report.command}\``],
        ['started', `${report.startedAt}, took ${Math.round(report.durationSeconds)} s`],
      ],
    ),
  ].join('\n');
}

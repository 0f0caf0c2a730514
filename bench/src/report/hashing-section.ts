import type { HashingReport } from '../suites/hashing.suite';
import { ms, rate, ratio, spread, table, verdict } from './format';
import type { Section } from './section';

export const HASHING_TARGET = 0.8;

function row(report: HashingReport, verdictCell: string): string[] {
  return [
    report.threadPoolSize,
    spread(report.raw, rate),
    spread(report.create.rps, rate),
    `**${ratio(report.ratio.median)}** (${ratio(report.ratio.min)}–${ratio(report.ratio.max)})`,
    verdictCell,
    spread(report.create.p99, ms),
    spread(report.eventLoop.p99, ms),
    spread(report.eventLoop.max, ms),
    spread(report.eventLoop.utilization, ratio),
    ms(report.idleEventLoopP99),
  ];
}

export function hashingSection(report: HashingReport): Section {
  const { memoryCost, timeCost, parallelism } = report.parameters;
  const met = report.ratio.median >= HASHING_TARGET;
  const unmet = met ? [] : [`hashing: creates with passwords at ${ratio(report.ratio.median)} × raw argon2 throughput`];
  const whatIf = report.poolAtCores;
  const markdown = [
    '### 4. Hashing: creating users with passwords',
    '',
    `argon2id with the core's default parameters, read from a hash it made: m = ${memoryCost} KiB, t = ${timeCost},`,
    `p = ${parallelism}. Raw = the same binding in a separate process, same libuv thread pool size,`,
    'as many hashes in flight as the load has connections. Create = rest-v1 POST with a password, Roster on',
    "Express. The event-loop delay is the server's own (perf_hooks.monitorEventLoopDelay, 10 ms timer: how late",
    'it fired) during each create run, and its p99 idle just before. Target: create ≥ 0.8 × raw. A second row',
    '(full profile) repeats it with the thread pool, where argon2 runs, cut to the number of cores.',
    '',
    table(
      [
        'thread pool',
        'raw hashes/s',
        'creates/s',
        'ratio',
        `≥ ${HASHING_TARGET}`,
        'create p99 ms',
        'event-loop delay p99 ms',
        'max ms',
        'event-loop utilisation',
        'idle p99 ms',
      ],
      [row(report, verdict(met)), ...(whatIf === undefined ? [] : [row(whatIf, 'informative')])],
    ),
  ].join('\n');
  return { markdown, unmet };
}

import { availableParallelism } from 'node:os';
import type { Profile } from '../config/profile';
import type { StorePreparer } from '../db/store-preparer';
import { log } from '../harness/log';
import { checkScenario, runLoad, type LoadResult } from '../harness/load-runner';
import { figures, type SideFigures } from '../harness/paired-comparison';
import { ServerProcess } from '../harness/server-process';
import { spreadOf, type Spread } from '../harness/stats';
import { coreArgon2Parameters, rawArgon2Throughput, type Argon2Parameters } from '../probe/argon2-parameters';
import type { EventLoopFigures, StoreSpec } from '../servers/server-spec';
import { restV1Create } from './bench-requests';

export interface HashingReport {
  readonly parameters: Argon2Parameters;
  /** libuv thread pool size of the server and of the raw child (UV_THREADPOOL_SIZE). */
  readonly threadPoolSize: string;
  /** Raw argon2id hashes per second, same cores, same concurrency. */
  readonly raw: Spread;
  /** rest-v1 creates with a password per second (Roster on Express, default hasher). */
  readonly create: SideFigures;
  /** create / raw, per round. */
  readonly ratio: Spread;
  /** The server's event-loop delay during each create run. */
  readonly eventLoop: { readonly p99: Spread; readonly max: Spread; readonly utilization: Spread };
  /** The same server's event-loop delay p99 while idle, before the load (what the machine alone costs). */
  readonly idleEventLoopP99: number;
  /** Full profile: the same with a thread pool as large as the machine has cores (informative). */
  readonly poolAtCores?: HashingReport;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Section 4: creating users with passwords against the raw speed of the hash itself. Each
 * round runs the raw hashing child and the HTTP load one after the other (order alternating),
 * probing the server's event loop while it hashes. The full profile repeats it with the libuv
 * thread pool (where argon2 runs) cut to the number of cores.
 */
export async function runHashing(profile: Profile, stores: StorePreparer): Promise<HashingReport> {
  const parameters = await coreArgon2Parameters();
  const { spec } = await stores.prepare('roster_hashing', { hasher: 'argon2', users: 0 });
  const report = await measureHashing(profile, spec, parameters, process.env['UV_THREADPOOL_SIZE']);
  if (profile.name !== 'full') return report;
  return { ...report, poolAtCores: await measureHashing(profile, spec, parameters, String(availableParallelism())) };
}

async function measureHashing(
  profile: Profile,
  spec: StoreSpec,
  parameters: Argon2Parameters,
  pool: string | undefined,
): Promise<HashingReport> {
  const env: Record<string, string> = pool === undefined ? {} : { UV_THREADPOOL_SIZE: pool };
  const server = await ServerProcess.start({ kind: 'roster-express', store: spec, hasher: 'argon2' }, env);
  const scenario = restV1Create(true);
  const { connections } = profile.paired;
  const options = { connections, durationSeconds: profile.hashing.durationSeconds };
  const raw: number[] = [];
  const creates: LoadResult[] = [];
  const loops: EventLoopFigures[] = [];
  let idleEventLoopP99: number;
  try {
    server.probeStart();
    await sleep(1000);
    idleEventLoopP99 = (await server.probeStop()).p99;
    await checkScenario(server.url, scenario);
    if (profile.paired.warmupSeconds > 0)
      await runLoad(server.url, scenario, { ...options, durationSeconds: profile.paired.warmupSeconds });
    for (let round = 0; round < profile.hashing.rounds; round += 1) {
      const measureRaw = async () => raw.push(await rawArgon2Throughput(parameters, connections, options.durationSeconds, env));
      const measureCreate = async () => {
        server.probeStart();
        creates.push(await runLoad(server.url, scenario, options));
        loops.push(await server.probeStop());
      };
      for (const step of round % 2 === 0 ? [measureRaw, measureCreate] : [measureCreate, measureRaw]) await step();
      log(
        `hashing (pool ${pool ?? 'default'}) round ${round + 1}: raw ${raw[round]!.toFixed(1)}/s, ` +
          `create ${creates[round]!.rps.toFixed(1)}/s, event-loop p99 ${loops[round]!.p99.toFixed(1)} ms`,
      );
    }
  } finally {
    await server.stop();
  }
  return {
    parameters,
    threadPoolSize: pool ?? '4 (default)',
    raw: spreadOf(raw),
    create: figures(creates),
    ratio: spreadOf(creates.map((run, index) => run.rps / raw[index]!)),
    eventLoop: {
      p99: spreadOf(loops.map((loop) => loop.p99)),
      max: spreadOf(loops.map((loop) => loop.max)),
      utilization: spreadOf(loops.map((loop) => loop.utilization)),
    },
    idleEventLoopP99,
  };
}

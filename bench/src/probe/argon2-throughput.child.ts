import * as argon2 from 'argon2';

/**
 * Child process: raw argon2id throughput on this machine's cores. Keeps `concurrency` hashes
 * in flight (as many as the server under load has requests) for `durationSeconds`, then
 * reports the completed hashes per second over IPC. Same binding, same thread pool size
 * (UV_THREADPOOL_SIZE, inherited) and same parameters as the server's hasher.
 */
interface Job {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
  readonly concurrency: number;
  readonly durationSeconds: number;
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as Job;
  const options: argon2.HashOptions = {
    type: argon2.argon2id,
    memoryCost: job.memoryCost,
    timeCost: job.timeCost,
    parallelism: job.parallelism,
  };
  await argon2.hash('warm-up password', options);
  const deadline = Date.now() + job.durationSeconds * 1000;
  let completed = 0;
  const started = process.hrtime.bigint();
  const worker = async (index: number): Promise<void> => {
    while (Date.now() < deadline) {
      await argon2.hash(`load test password ${index}`, options);
      completed += 1;
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, (_, index) => worker(index)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.send?.({ hashesPerSecond: completed / seconds, completed, seconds });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);

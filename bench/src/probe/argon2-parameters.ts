import { fork } from 'node:child_process';
import { join } from 'node:path';
import { createRoster, type RosterStores } from '@roster/core';
import { BENCH_TENANT, benchBootstrapFile } from '../servers/bench-fixture';
import { quietLogger } from '../servers/quiet-logger';

export interface Argon2Parameters {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/**
 * The parameters of the core's default hasher, read from a hash it made (PHC string
 * `$argon2id$v=19$m=…,p=…,t=…$…`, in whatever order): the bootstrap's admin password, through a Roster with no
 * hasher option over throw-away memory stores. So the raw figure uses exactly what Roster uses.
 */
export async function coreArgon2Parameters(): Promise<Argon2Parameters> {
  const { createMemoryStores } = await import('@roster/memory');
  const stores: RosterStores = createMemoryStores();
  const roster = createRoster({ stores, logger: quietLogger });
  await roster.bootstrap.load(benchBootstrapFile());
  const tenant = await roster.tenants.findByName(BENCH_TENANT.name);
  const admin = tenant && (await stores.users.findByEmail(tenant.id, BENCH_TENANT.admin.email));
  await roster.close();
  const match = admin?.passwordHash?.match(/^\$argon2id\$v=\d+\$([a-z]=\d+(?:,[a-z]=\d+)*)\$/);
  const fields = new Map(match?.[1]?.split(',').map((pair) => pair.split('=') as [string, string]));
  const [m, t, p] = ['m', 't', 'p'].map((name) => Number(fields.get(name)));
  if (!match || !Number.isSafeInteger(m) || !Number.isSafeInteger(t) || !Number.isSafeInteger(p)) {
    throw new Error('the core default hasher did not produce an argon2id PHC string with m, t and p');
  }
  return { memoryCost: m!, timeCost: t!, parallelism: p! };
}

/** Runs the raw throughput child once and returns hashes per second. */
export function rawArgon2Throughput(
  parameters: Argon2Parameters,
  concurrency: number,
  durationSeconds: number,
  env: Readonly<Record<string, string>> = {},
): Promise<number> {
  const child = fork(join(__dirname, 'argon2-throughput.child.js'), [JSON.stringify({ ...parameters, concurrency, durationSeconds })], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message: { hashesPerSecond: number }) => resolve(message.hashesPerSecond));
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`argon2 throughput child exited with ${code}`))));
  });
}

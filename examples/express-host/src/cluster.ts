import cluster, { type Worker } from 'node:cluster';
import { main } from './main';

/**
 * `pnpm start:cluster`: ROSTER_CLUSTER_SIZE (default 3) example hosts behind Node's own
 * round-robin (node:cluster), on one database and one limits store, both from the environment
 * (DATABASE_URL: PostgreSQL or MariaDB; ROSTER_LIMITS_URL: Redis or PostgreSQL). The workers start
 * one after another, so the bootstrap file is loaded by one at a time. SIGINT or SIGTERM drains
 * and stops every worker, then the primary exits 0.
 */
function startPrimary(env: NodeJS.ProcessEnv): void {
  const size = Number(env['ROSTER_CLUSTER_SIZE'] ?? '3');
  const database = env['DATABASE_URL'] ?? '';
  if (!Number.isSafeInteger(size) || size < 1)
    throw new Error(`ROSTER_CLUSTER_SIZE: "${env['ROSTER_CLUSTER_SIZE']}" is not a positive integer`);
  if (!/^(postgres(ql)?|mysql|mariadb):/.test(database) || !env['ROSTER_LIMITS_URL']) {
    throw new Error(
      'start:cluster needs DATABASE_URL on PostgreSQL or MariaDB and ROSTER_LIMITS_URL (redis://… or postgres://…): every instance must share them',
    );
  }
  const workers: Worker[] = [];
  let stopping = false;
  const forkNext = (): void => {
    if (stopping || workers.length === size) {
      if (!stopping)
        console.log(`roster cluster: ${size} instances on one port (round-robin); metrics and health per instance at /roster/health/ready`);
      return;
    }
    const worker = cluster.fork();
    workers.push(worker);
    worker.once('listening', forkNext);
    worker.once('exit', (code) => {
      if (!stopping) {
        console.error(`roster cluster: instance ${worker.id} exited (${code}); stopping`);
        stop(1);
      }
    });
  };
  const stop = (code: number): void => {
    if (stopping) return;
    stopping = true;
    const alive = workers.filter((worker) => !worker.isDead());
    let left = alive.length;
    if (left === 0) process.exit(code);
    for (const worker of alive) {
      worker.once('exit', () => {
        if (--left === 0) process.exit(code);
      });
      worker.process.kill('SIGTERM');
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
  forkNext();
}

if (require.main === module) {
  if (cluster.isPrimary) {
    try {
      startPrimary(process.env);
    } catch (error) {
      console.error(`roster: cannot start the cluster: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    }
  } else {
    main().catch((error: unknown) => {
      console.error(`roster: cannot start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
  }
}

import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { EventLoopProbe } from '../probe/event-loop-probe';
import type { BuiltServer } from './built-server';
import { betterAuthServer } from './better-auth.server';
import { bareExpressServer } from './bare/bare-express.server';
import { bareNestServer } from './bare/bare-nest.server';
import { FastPasswordHasher } from './fast-password-hasher';
import { limitServer } from './limit/limit.server';
import { countPgQueries } from '../probe/pg-query-counter';
import { Argon2PasswordHasher } from '@roster/core';
import { tunedStores } from '../probe/tuned-stores';
import { hasherFor, openEnvironment } from './roster-environment';
import { rosterExpressServer } from './roster-express.server';
import { rosterNestServer } from './roster-nest.server';
import { SPEC_VARIABLE, type FromServer, type ServerSpec, type ToServer } from './server-spec';

/** Entry of a server child process: builds the server its spec names, listens on 127.0.0.1, reports. */

const send = (message: FromServer): void => {
  process.send?.(message);
};

async function build(spec: ServerSpec): Promise<BuiltServer> {
  if (spec.kind === 'better-auth') {
    if (spec.store.kind !== 'postgres') throw new Error('better-auth needs PostgreSQL');
    return betterAuthServer(spec.store.url);
  }
  if (spec.kind === 'limit') {
    if (spec.store.kind !== 'postgres') throw new Error('the limit baseline needs PostgreSQL');
    return limitServer(spec.store.url, hasherFor(spec.hasher) ?? new Argon2PasswordHasher());
  }
  const env = await openEnvironment(spec.store, spec.hasher, spec.kind === 'roster-express-tuned' ? tunedStores : undefined);
  // The baselines only run against Roster with the fast hasher (overhead figures).
  const bare = { stores: env.stores, hasher: env.hasher ?? new FastPasswordHasher() };
  switch (spec.kind) {
    case 'roster-express':
    case 'roster-express-tuned':
      return rosterExpressServer(env);
    case 'roster-nest':
      return rosterNestServer(env);
    case 'bare-express':
      return bareExpressServer(bare);
    case 'bare-nest':
      return bareNestServer(bare);
  }
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.env[SPEC_VARIABLE] ?? 'null') as ServerSpec | null;
  if (spec === null) throw new Error(`${SPEC_VARIABLE} is not set`);
  const probe = new EventLoopProbe();
  const queries = countPgQueries();
  process.on('message', (message: ToServer) => {
    if (message.type === 'probe-start') probe.start();
    if (message.type === 'probe-stop') send({ type: 'probe', figures: probe.stop() });
    if (message.type === 'queries') send({ type: 'queries', count: queries() });
  });
  const built = await build(spec);
  built.server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => built.server.listen(0, '127.0.0.1', resolve));
  // Requests whose clients have gone may still be running (hashes queue up under load):
  // closing the store under them would only log errors, so the process just ends.
  const shutdown = (): void => process.exit(0);
  process.once('SIGTERM', shutdown);
  process.once('disconnect', shutdown);
  send({ type: 'ready', port: (built.server.address() as AddressInfo).port });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

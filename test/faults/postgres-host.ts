import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createRoster, type Logger, type Roster } from '@roster/core';
import { createRosterRouter } from '@roster/express';
import { createMikroOrmStores, type MikroOrmStores } from '@roster/mikro-orm';
import { conformanceBootstrap, fastFakeHasher } from '@roster/testing';
import { createDialects } from '../../examples/express-host/src/dialects';

export interface PostgresHost {
  readonly baseUrl: string;
  readonly roster: Roster;
  readonly stores: MikroOrmStores;
  close(): Promise<void>;
}

/**
 * The example host's Express app (all four dialects at their default paths) on MikroORM stores
 * over PostgreSQL, loaded with the conformance bootstrap. A fast fake hasher stands in for argon2id
 * (~40 ms a request) so that ispring requests are as cheap as the others under load; the rest-v1
 * rate limit is off so the load is never throttled.
 */
export async function startPostgresHost(url: string, logger: Logger): Promise<PostgresHost> {
  const stores = await createMikroOrmStores({ url, pool: { min: 0, max: 4 } });
  const roster = createRoster({ stores, passwordHasher: fastFakeHasher(), logger });
  await roster.bootstrap.load(conformanceBootstrap);
  const app = express();
  app.use(createRosterRouter({ roster, dialects: createDialects(roster, { restRateLimit: false }) }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    roster,
    stores,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await roster.close();
    },
  };
}

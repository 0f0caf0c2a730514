import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createPrometheusMetrics, createRoster, SilentLogger, type Roster } from '@roster/core';
import { createRestV1Dialect, metricsDialect } from '@roster/core/http';
import { createRosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { fastFakeHasher } from '@roster/testing';

export const METRICS_TOKEN = 'metrics-scrape-token-8d2f';
export const ADMIN_KEY = 'rk_metrics_admin_1c7e9a3f5b2d4e6a';

export interface MetricsHost {
  readonly baseUrl: string;
  readonly roster: Roster;
  close(): Promise<void>;
}

/** A tenant with two seats (the key's owner takes none: it is an API key) and rest-v1 limited to `rateLimit` requests a minute. */
const bootstrap = {
  tenants: [
    {
      name: 'metrics',
      accountUrl: 'https://metrics.example.com',
      identifyBy: 'email',
      seatLimit: 2,
      apiKeys: [{ name: 'integration', key: ADMIN_KEY, role: 'administrator' }],
    },
  ],
};

/** An Express host with rest-v1 and the metrics route at /roster/metrics behind METRICS_TOKEN. */
export async function startMetricsHost(rateLimit: number): Promise<MetricsHost> {
  const metrics = createPrometheusMetrics();
  const roster = createRoster({
    stores: createMemoryStores(),
    logger: new SilentLogger(),
    passwordHasher: fastFakeHasher(),
    metrics,
    tracing: false,
  });
  await roster.bootstrap.load(bootstrap);
  const app = express();
  app.use(
    createRosterRouter({
      roster,
      dialects: [
        createRestV1Dialect(roster, { rateLimit: { points: rateLimit, durationSeconds: 60 } }),
        metricsDialect(metrics, { token: METRICS_TOKEN }),
      ],
    }),
  );
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    roster,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await roster.close();
    },
  };
}

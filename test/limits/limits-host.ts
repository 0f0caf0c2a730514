import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import express from 'express';
import {
  connectSharedLimits,
  createRoster,
  type Logger,
  type RateLimiterFactory,
  type Roster,
  type RosterStores,
  type SharedLimits,
} from '@roster/core';
import { healthDialect } from '@roster/core/http';
import { createRosterRouter } from '@roster/express';
import { fastFakeHasher, fixture, sendRequest, type WireResponse } from '@roster/testing';
import { createDialects } from '../../examples/express-host/src/dialects';

export const REDIS_URL = process.env.ROSTER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const POSTGRES_URL = process.env.ROSTER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A key prefix (Redis) or table name (PostgreSQL) of this run's own: two runs at once never share counts. */
export const runId = (): string => `roster_limits_${Date.now()}_${process.pid}_${randomBytes(3).toString('hex')}`;

/** One "process" of a host: the example host's dialects and the health routes over shared stores, on its own port. */
export interface LimitsHost {
  readonly baseUrl: string;
  readonly roster: Roster;
  send(method: string, path: string, headers?: Record<string, string>): Promise<WireResponse>;
  close(): Promise<void>;
}

export interface LimitsHostOptions {
  readonly stores: RosterStores;
  readonly rateLimiterFactory?: RateLimiterFactory;
  readonly logger: Logger;
  /** Failures per login before 429 (the throttle's perLogin). */
  readonly perLogin: number;
  readonly restRateLimit: number;
}

export async function startLimitsHost(options: LimitsHostOptions): Promise<LimitsHost> {
  const roster = createRoster({
    stores: options.stores,
    passwordHasher: fastFakeHasher(),
    logger: options.logger,
    passwordThrottle: { perLogin: options.perLogin },
    ...(options.rateLimiterFactory ? { rateLimiterFactory: options.rateLimiterFactory } : {}),
  });
  const app = express();
  app.use(createRosterRouter({ roster, dialects: [...createDialects(roster, { restRateLimit: options.restRateLimit }), healthDialect] }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    roster,
    send: (method, path, headers = {}) => sendRequest(baseUrl, { method, path, headers }),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** ispring's sign-in (every ispring request carries it) as the acme administrator, with `password`. */
export const ispringSignIn = (password: string): Record<string, string> => ({
  'x-auth-account-url': fixture.acme.accountUrl,
  'x-auth-email': fixture.acme.users.admin.email,
  'x-auth-password': password,
});

export const restKey = (): Record<string, string> => ({ authorization: `Bearer ${fixture.acme.keys.admin}` });

/** The shared limits of one run: Redis under `keyPrefix`, or PostgreSQL in a table of its own. */
export async function connectRunLimits(kind: 'redis' | 'postgres', id: string, logger: Logger, url?: string): Promise<SharedLimits> {
  if (kind === 'redis') return connectSharedLimits(url ?? REDIS_URL, { keyPrefix: id, logger });
  return connectSharedLimits(url ?? POSTGRES_URL, { tableName: id, logger });
}

import type { NestExpressApplication } from '@nestjs/platform-express';
import type { PasswordHasher } from '@roster/core';
import {
  conformanceBootstrap,
  fastFakeHasher,
  quietHostLogger,
  type ConformanceSuiteName,
  type StartConformanceHost,
} from '@roster/testing';
import { rosterRoutes } from '@roster/nestjs';
import { hostDialects } from '../../examples/nestjs-host/src/host-dialects';
import { startNestHost } from '../../examples/nestjs-host/src/nest-host';
import { EXPECTED_NEST_MAJOR, loadedNestVersion } from '../nestjs/nest-version';
import { applyTypicalHost } from '../nestjs/typical-host';
import { freshDatabase, NODE22_CELLS, STORE_SUITES, type HostDatabase } from './express-hosts';

export interface NestHostVariant {
  readonly configure?: (app: NestExpressApplication) => void;
  /** Absent: the example's own (argon2id, ~40 ms a hash). */
  readonly passwordHasher?: PasswordHasher;
  /** Absent: memory. */
  readonly database?: HostDatabase;
  /** Absent: every conformance suite (see test/README.md for which host runs what). */
  readonly suites?: readonly ConformanceSuiteName[];
}

const major = loadedNestVersion().split('.')[0];

/** What a host adds when another host on the same adapter runs every suite: its own wiring. */
const WIRING_SUITES: readonly ConformanceSuiteName[] = ['common', 'clients'];

/**
 * The example host exactly as it ships (argon2id included) on the NestJS the workspace resolves;
 * the other runs test the adapter, not the hasher, and use the testing package's fast one
 * (the suite takes ~9 s per host with it, ~40 s without).
 */
const asShipped = EXPECTED_NEST_MAJOR === 11;

/**
 * The NestJS hosts the conformance suite runs against, on the NestJS version of the jest
 * project (11 or 12): the example host, and a "typical host" — the example plus a strict global
 * ValidationPipe, a catch-all global exception filter, a global guard and the global prefix
 * `api`, from which the dialect routes are excluded with `rosterRoutes()` so that they keep
 * their wire paths.
 */
const ALL_NEST_HOSTS: readonly (readonly [string, NestHostVariant])[] = [
  // NestJS 12 on Node 20: the typical host runs every suite through the same adapter, so the example
  // host adds only its own wiring (the rules across dialects, the real clients). On Node 22 it is
  // NestJS 12's only host and runs every suite (NEST_HOSTS below).
  [
    `NestJS ${major} example host`,
    asShipped ? {} : { passwordHasher: fastFakeHasher(), ...(NODE22_CELLS ? {} : { suites: WIRING_SUITES }) },
  ],
  [
    `NestJS ${major} typical host`,
    {
      configure: (app) => void applyTypicalHost(app, { exclude: rosterRoutes(hostDialects(1000)) }),
      passwordHasher: fastFakeHasher(),
    },
  ],
  // A SQL store behind the NestJS adapter, on NestJS 11 (and on Node 22, below): PostgreSQL, the
  // production database, with the store-heavy suites only. Every suite runs on the memory hosts
  // above and on Express 5 on SQLite and PostgreSQL (the same stores behind the other adapter);
  // NestJS 12's adapter is proven on memory, the store under it being the one NestJS 11 runs here.
  ...(asShipped
    ? [
        [
          `NestJS ${major} example host on PostgreSQL`,
          { database: 'postgresql', passwordHasher: fastFakeHasher(), suites: STORE_SUITES },
        ] as const,
      ]
    : []),
];

/**
 * On Node 22 (jest projects `node22` and `nest12-node22`): the example host on memory, and (NestJS
 * 11, MikroORM 6.6) on PostgreSQL; MikroORM 6.6's SQLite driver is built for the Node that
 * installed the workspace.
 */
export const NEST_HOSTS = NODE22_CELLS
  ? ALL_NEST_HOSTS.filter(([, variant]) => variant.configure === undefined).map(
      ([name, variant]) => [`${name} on Node 22`, { passwordHasher: fastFakeHasher(), ...variant }] as const,
    )
  : ALL_NEST_HOSTS;

export function startNestConformanceHost(name: string, variant: NestHostVariant): StartConformanceHost {
  const { database: kind = 'memory', ...hostOptions } = variant;
  return async (options = {}) => {
    const database = await freshDatabase(kind);
    try {
      const host = await startNestHost({
        port: 0,
        bootstrap: conformanceBootstrap,
        databaseUrl: database.url,
        courselitUpsert: options.courselitUpsert === true,
        operatorToken: options.operatorToken ?? null,
        webhooksAllowLoopback: options.webhooksAllowLoopback === true,
        // Deliveries within a tenth of a second, so the webhook cases wait little for the worker.
        webhookDelivery: { pollIntervalMs: 100 },
        logger: quietHostLogger(),
        ...hostOptions,
      });
      const close = async (): Promise<void> => {
        try {
          await host.close();
        } finally {
          await database.drop();
        }
      };
      return { name, baseUrl: host.baseUrl, close };
    } catch (error) {
      await database.drop();
      throw error;
    }
  };
}

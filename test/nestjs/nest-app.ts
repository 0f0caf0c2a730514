import type { AddressInfo } from 'node:net';
import type { INestApplication, NestApplicationOptions, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ExpressAdapter, type NestExpressApplication } from '@nestjs/platform-express';
import type { Express } from 'express';
import { createRoster, type Logger, type Roster } from '@roster/core';
import { createMemoryStores } from '@roster/memory';

export interface RunningNestApp {
  readonly app: INestApplication;
  readonly baseUrl: string;
  close(): Promise<void>;
}

export type Configure = (app: NestExpressApplication) => void | Promise<void>;

/**
 * Starts a Nest app on a free port of 127.0.0.1, the way a host's main.ts does
 * (`NestFactory.create`) or the way its e2e tests do (`Test.createTestingModule`).
 */
export async function startNestApp(
  root: Type<unknown>,
  options: {
    readonly via?: 'factory' | 'testing';
    readonly configure?: Configure;
    readonly app?: NestApplicationOptions;
    /** The Express instance to build on (`new ExpressAdapter(instance)`). */
    readonly express?: Express;
  } = {},
): Promise<RunningNestApp> {
  // abortOnError: false, so that a failed start fails the test instead of exiting the worker.
  const appOptions: NestApplicationOptions = { logger: false, abortOnError: false, ...options.app };
  const app =
    options.via === 'testing'
      ? (await Test.createTestingModule({ imports: [root] }).compile()).createNestApplication<NestExpressApplication>(appOptions)
      : options.express
        ? await NestFactory.create<NestExpressApplication>(root, new ExpressAdapter(options.express), appOptions)
        : await NestFactory.create<NestExpressApplication>(root, appOptions);
  await options.configure?.(app);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export const PROBE_KEY = 'rk_probe_0123456789abcdef0123456789';

/** A Roster on a fresh memory store with one tenant and one administrator key. */
export async function createProbeRoster(logger: Logger = { info: () => {}, warn: () => {}, error: () => {} }): Promise<Roster> {
  const roster = createRoster({ stores: createMemoryStores(), logger });
  await roster.bootstrap.load({
    tenants: [
      {
        name: 'probe',
        accountUrl: 'https://probe.example.com',
        apiKeys: [{ name: 'integration', key: PROBE_KEY, role: 'administrator' }],
      },
    ],
  });
  return roster;
}

import { Module, VersioningType, type NestApplicationOptions, type Type } from '@nestjs/common';
import { RouterModule } from '@nestjs/core';
import express from 'express';
import type { Roster } from '@roster/core';
import { RosterModule } from '@roster/nestjs';
import type { Listening } from '../express/listen';
import { startExpressReference } from './express-reference';
import { createProbeRoster, startNestApp, type Configure, type RunningNestApp } from './nest-app';
import { probeDialect } from './probe-dialect';
import { PROBE_CASES, wire } from './wire-cases';
import { sendRequest } from '@roster/testing';

function plainModule(roster: Roster): Type<unknown> {
  @Module({ imports: [RosterModule.forRoot({ roster, dialects: [probeDialect] })] })
  class AppModule {}
  return AppModule;
}

function routedModule(roster: Roster): Type<unknown> {
  @Module({
    imports: [
      RosterModule.forRoot({ roster, dialects: [probeDialect] }),
      RouterModule.register([{ path: 'people', children: [{ path: 'roster', module: RosterModule }] }]),
    ],
  })
  class AppModule {}
  return AppModule;
}

interface Setup {
  readonly name: string;
  readonly module: (roster: Roster) => Type<unknown>;
  readonly configure?: Configure;
  readonly app?: NestApplicationOptions;
  /** Where the dialect's routes end up. */
  readonly base: string;
}

/** Host setups that move the routes or touch the body. */
const SETUPS: readonly Setup[] = [
  {
    name: 'RouterModule paths for RosterModule, under a global prefix',
    module: routedModule,
    configure: (app) => void app.setGlobalPrefix('api'),
    base: '/api/people/roster',
  },
  {
    name: "the host's own JSON and urlencoded parsers added with app.use() after create",
    module: plainModule,
    configure: (app) => void app.use(express.json({ type: () => true })).use(express.urlencoded({ extended: true })),
    base: '',
  },
  {
    name: "app.useBodyParser('json') for every content type",
    module: plainModule,
    configure: (app) => void app.useBodyParser('json', { type: () => true }),
    base: '',
  },
  { name: 'rawBody: true', module: plainModule, app: { rawBody: true }, base: '' },
  { name: 'bodyParser: false', module: plainModule, app: { bodyParser: false }, base: '' },
  {
    name: 'URI versioning with a default version',
    module: plainModule,
    configure: (app) => void app.enableVersioning({ type: VersioningType.URI, defaultVersion: '1' }),
    base: '',
  },
];

describe.each(SETUPS)('RosterModule with $name', ({ module, configure, app, base }) => {
  let nest: RunningNestApp;
  let reference: Listening;

  beforeAll(async () => {
    const roster = await createProbeRoster();
    nest = await startNestApp(module(roster), { ...(configure ? { configure } : {}), ...(app ? { app } : {}) });
    reference = await startExpressReference(roster, probeDialect);
  });
  afterAll(async () => {
    await nest.close();
    await reference.close();
  });

  it.each(PROBE_CASES)('answers %s exactly as the Express adapter', async (_case, request) => {
    const expected = await wire(reference.baseUrl, request);
    expect(await wire(nest.baseUrl, { ...request, path: base + request.path })).toEqual(expected);
  });
});

describe('RosterModule on an Express instance that parsed bodies before Nest', () => {
  it('serves the parsed body re-serialised, and tells the host once', async () => {
    const warn = jest.fn();
    const roster = await createProbeRoster({ info: () => {}, warn, error: () => {} });
    const instance = express().use(express.json());
    const nest = await startNestApp(plainModule(roster), { express: instance });
    try {
      for (const body of ['{ "a" : 1 }', '{"b":2}']) {
        const response = await sendRequest(nest.baseUrl, {
          method: 'POST',
          path: '/api/things',
          headers: { 'Content-Type': 'application/json' },
          body,
        });
        expect(response.status).toBe(201);
        const seen = Buffer.from((JSON.parse(response.text) as { body: string }).body, 'base64').toString();
        expect(seen).toBe(JSON.stringify(JSON.parse(body)));
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/a body parser consumed a request before RosterModule/);
    } finally {
      await nest.close();
    }
  });
});

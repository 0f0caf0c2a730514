import { Module, type Type } from '@nestjs/common';
import type { Roster } from '@roster/core';
import { RosterModule, rosterRoutes, type DialectMount } from '@roster/nestjs';
import { sendRequest } from '@roster/testing';
import type { Listening } from '../express/listen';
import { startExpressReference } from './express-reference';
import { createProbeRoster, startNestApp, type RunningNestApp } from './nest-app';
import { probeDialect } from './probe-dialect';
import { applyTypicalHost, NotesController, type HostExceptionFilter } from './typical-host';
import { PROBE_CASES, wire } from './wire-cases';

const dialects: readonly DialectMount[] = [probeDialect];

function appModule(roster: Roster): Type<unknown> {
  @Module({ imports: [RosterModule.forRoot({ roster, dialects })], controllers: [NotesController] })
  class AppModule {}
  return AppModule;
}

/** Where the dialect's routes are in each setup: under the host's prefix, or excluded from it. */
const SETUPS = [
  ['Roster under the global prefix', { prefix: 'api/' }, '/api'],
  ['Roster excluded from the global prefix (rosterRoutes)', { prefix: 'api', exclude: rosterRoutes(dialects) }, ''],
] as const;

describe.each(SETUPS)('a typical host: %s', (_name, options, rosterBase) => {
  let roster: Roster;
  let nest: RunningNestApp;
  let reference: Listening;
  let hostFilter: HostExceptionFilter;

  beforeAll(async () => {
    roster = await createProbeRoster();
    nest = await startNestApp(appModule(roster), {
      via: 'testing',
      configure: (app) => {
        hostFilter = applyTypicalHost(app, options);
      },
    });
    reference = await startExpressReference(roster, probeDialect);
  });
  afterAll(async () => {
    await nest.close();
    await reference.close();
  });

  it.each(PROBE_CASES)('answers %s exactly as the Express adapter', async (_case, request) => {
    const expected = await wire(reference.baseUrl, request);
    expect(await wire(nest.baseUrl, { ...request, path: rosterBase + request.path })).toEqual(expected);
  });

  it('never hands a dialect answer to the host filter', () => {
    expect(hostFilter.seen).toEqual([]);
  });

  it("keeps the host's ValidationPipe and filter on the host's routes", async () => {
    const response = await sendRequest(nest.baseUrl, {
      method: 'POST',
      path: '/api/notes',
      headers: { 'Content-Type': 'application/json' },
      body: '{"title":"x"}',
    });
    expect({ status: response.status, body: response.text }).toEqual({ status: 400, body: '{"host":"typical","status":400}' });
  });

  it("lets a host guard's error on a Roster route reach the host's filter, not Roster's", async () => {
    const response = await sendRequest(nest.baseUrl, {
      method: 'POST',
      path: `${rosterBase}/api/things`,
      headers: { 'Content-Type': 'application/json', 'X-Host-Deny': '1' },
      body: '{"a":1}',
    });
    expect({ status: response.status, body: response.text }).toEqual({ status: 403, body: '{"host":"typical","status":403}' });
  });

  it('serves the dialect nowhere else', async () => {
    const elsewhere = rosterBase === '' ? '/api/api/things' : '/api/things';
    const response = await sendRequest(nest.baseUrl, { method: 'POST', path: elsewhere, body: '{}' });
    expect({ status: response.status, body: response.text }).toEqual({ status: 404, body: '{"host":"typical","status":404}' });
  });
});

import { Body, Controller, Module, Post, type Type } from '@nestjs/common';
import type { Roster } from '@roster/core';
import { RosterModule } from '@roster/nestjs';
import { sendRequest } from '@roster/testing';
import type { Listening } from '../express/listen';
import { startExpressReference } from './express-reference';
import { createProbeRoster, startNestApp, type RunningNestApp } from './nest-app';
import { probeDialect } from './probe-dialect';
import { PROBE_CASES, wire } from './wire-cases';

@Controller()
class HostController {
  @Post('host/things')
  things(@Body() body: unknown) {
    return { received: body };
  }

  /** Ends like a Roster route: its body must still reach the host's parser. */
  @Post('admin/api/things')
  adminThings(@Body() body: unknown) {
    return { received: body };
  }
}

function appModule(roster: Roster): Type<unknown> {
  @Module({
    imports: [RosterModule.forRoot({ roster, dialects: [probeDialect, { dialect: probeDialect, options: { prefix: '/lms/' } }] })],
    controllers: [HostController],
  })
  class AppModule {}
  return AppModule;
}

describe.each(['factory', 'testing'] as const)('RosterModule.forRoot (app made by %s)', (via) => {
  let roster: Roster;
  let nest: RunningNestApp;
  let reference: Listening;

  beforeAll(async () => {
    roster = await createProbeRoster();
    nest = await startNestApp(appModule(roster), { via });
    reference = await startExpressReference(roster, probeDialect);
  });
  afterAll(async () => {
    await nest.close();
    await reference.close();
  });

  it.each(PROBE_CASES)('answers %s exactly as the Express adapter', async (_name, request) => {
    const expected = await wire(reference.baseUrl, request);
    expect(await wire(nest.baseUrl, request)).toEqual(expected);
  });

  it.each(PROBE_CASES)('answers %s under a mount prefix exactly as at the root', async (_name, request) => {
    const expected = await wire(reference.baseUrl, request);
    expect(await wire(nest.baseUrl, { ...request, path: `/lms${request.path}` })).toEqual(expected);
  });

  it('gives the dialect the path below the mount point and the raw body', async () => {
    const response = await sendRequest(nest.baseUrl, {
      method: 'POST',
      path: '/lms/api/things/?x=1',
      headers: { 'Content-Type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(201);
    expect(JSON.parse(response.text)).toMatchObject({
      method: 'POST',
      path: '/api/things/',
      query: { x: '1' },
      body: Buffer.from('{"a":1}').toString('base64'),
    });
  });

  it("leaves the host's own routes and their JSON bodies alone", async () => {
    for (const path of ['/host/things', '/admin/api/things']) {
      const response = await sendRequest(nest.baseUrl, {
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":1}',
      });
      expect({ path, status: response.status, body: JSON.parse(response.text) }).toEqual({
        path,
        status: 201,
        body: { received: { a: 1 } },
      });
    }
  });

  it("answers paths that no dialect serves with the host's own 404", async () => {
    const response = await sendRequest(nest.baseUrl, { method: 'GET', path: '/API/things/1' });
    expect(response.status).toBe(404);
    expect(JSON.parse(response.text)).toEqual({ message: 'Cannot GET /API/things/1', error: 'Not Found', statusCode: 404 });
  });
});

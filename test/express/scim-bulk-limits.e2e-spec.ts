import express from 'express';
import { createRoster, type Roster } from '@roster/core';
import { createScimDialect } from '@roster/core/http';
import { createRosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { conformanceBootstrap, fastFakeHasher, fixture, sendRequest } from '@roster/testing';
import { listen, type Listening } from './listen';

/**
 * The scim dialect's POST /Bulk limits as a host sets them (`createScimDialect(roster, { bulk })`),
 * over real HTTP: ServiceProviderConfig says them, and a request over either is 413 before any of
 * its operations runs (the conformance suite covers the defaults).
 */
jest.setTimeout(30_000);

const headers = { authorization: `Bearer ${fixture.acme.keys.admin}`, 'content-type': 'application/scim+json' };
const BULK = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const create = (local: string) => ({
  method: 'POST',
  path: '/Users',
  bulkId: local,
  data: { userName: `${local}@acme.example.com` },
});

describe('scim /Bulk limits set by the host (Express 5, memory)', () => {
  let roster: Roster;
  let host: Listening;

  const send = async (method: string, path: string, body?: unknown) => {
    const answer = await sendRequest(host.baseUrl, {
      method,
      path: `/scim/v2${path}`,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: answer.status, json: JSON.parse(answer.text) as Record<string, unknown> };
  };
  const exists = async (local: string) =>
    ((await send('GET', `/Users?filter=${encodeURIComponent(`userName eq "${local}@acme.example.com"`)}`)).json.totalResults as number) > 0;

  beforeAll(async () => {
    roster = createRoster({ stores: createMemoryStores(), passwordHasher: fastFakeHasher() });
    await roster.bootstrap.load(conformanceBootstrap);
    const app = express();
    app.use(createRosterRouter({ roster, dialects: [createScimDialect(roster, { bulk: { maxOperations: 2, maxPayloadSize: 400 } })] }));
    host = await listen(app);
  });
  afterAll(async () => {
    await host.close();
    await roster.close();
  });

  it('ServiceProviderConfig says the limits; a request within them runs', async () => {
    expect((await send('GET', '/ServiceProviderConfig')).json.bulk).toEqual({ supported: true, maxOperations: 2, maxPayloadSize: 400 });
    const ran = await send('POST', '/Bulk', { schemas: [BULK], Operations: [create('limit.a'), create('limit.b')] });
    expect([ran.status, (ran.json.Operations as { status: string }[]).map((op) => op.status)]).toEqual([200, ['201', '201']]);
  });

  it('more than maxOperations operations, or a body over maxPayloadSize bytes: 413 naming the limit, nothing run', async () => {
    const many = await send('POST', '/Bulk', { schemas: [BULK], Operations: [create('limit.c'), create('limit.d'), create('limit.e')] });
    expect(many).toEqual({
      status: 413,
      json: {
        schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'],
        status: '413',
        detail: expect.stringMatching(/maxOperations \(2\)/),
      },
    });
    const padded = { ...create('limit.f'), data: { userName: 'limit.f@acme.example.com', title: 'x'.repeat(400) } };
    const large = await send('POST', '/Bulk', { schemas: [BULK], Operations: [padded] });
    expect([large.status, large.json.detail]).toEqual([413, expect.stringMatching(/maxPayloadSize \(400 bytes\)/)]);
    expect([await exists('limit.c'), await exists('limit.f')]).toEqual([false, false]);
  });
});

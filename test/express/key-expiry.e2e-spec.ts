import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createRoster, type Clock, type Roster } from '@roster/core';
import { createRosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { conformanceBootstrap, fastFakeHasher, fixture, sendRequest } from '@roster/testing';
import { createDialects } from '../../examples/express-host/src/dialects';

/**
 * Key expiry and the end of a rotation's grace period over real HTTP (docs/dialects/admin.md, "API
 * keys"), on an Express host whose Roster reads a clock this test moves: no test waits for time to
 * pass. The store cache (5 s by that clock) still holds each key when it expires, so these also
 * show that a cached key is refused on time.
 */
jest.setTimeout(30_000);

class MovableClock implements Clock {
  private current = Date.parse('2031-05-01T08:00:00.000Z');
  now(): Date {
    return new Date(this.current);
  }
  advance(seconds: number): void {
    this.current += seconds * 1000;
  }
}

const UNKNOWN = 'rk_nobody_has_this_key_0000000000000000000';
const admin = { authorization: `Bearer ${fixture.acme.keys.admin}`, 'content-type': 'application/json' };

describe('API key expiry and rotation grace on a real host (Express 5, memory)', () => {
  const clock = new MovableClock();
  let roster: Roster;
  let server: Server;
  let baseUrl: string;

  const post = async (path: string, body: unknown) => {
    const answer = await sendRequest(baseUrl, { method: 'POST', path, headers: admin, body: JSON.stringify(body) });
    return { status: answer.status, json: JSON.parse(answer.text) as Record<string, unknown> };
  };
  /** Status and body of the same read on the admin API and on rest-v1. */
  const answers = async (secret: string) => {
    const headers = { authorization: `Bearer ${secret}` };
    const onAdmin = await sendRequest(baseUrl, { method: 'GET', path: '/roster/v1/users?limit=1', headers });
    const onRest = await sendRequest(baseUrl, { method: 'GET', path: '/api/v1/users?limit=1', headers });
    return {
      admin: [onAdmin.status, onAdmin.status === 401 ? onAdmin.text : ''],
      rest: [onRest.status, onRest.status === 401 ? onRest.text : ''],
    };
  };

  beforeAll(async () => {
    roster = createRoster({ stores: createMemoryStores(), clock, passwordHasher: fastFakeHasher() });
    await roster.bootstrap.load(conformanceBootstrap);
    const app = express();
    app.use(createRosterRouter({ roster, dialects: createDialects(roster, { restRateLimit: false }) }));
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('a key works until its expires_at, then gets the 401 of an unknown key on admin and rest-v1, though cached', async () => {
    const expiresAt = new Date(clock.now().getTime() + 2_000).toISOString();
    const created = await post('/roster/v1/keys', { name: 'short', role: 'user', permissions: ['user:read'], expires_at: expiresAt });
    expect([created.status, created.json.expires_at]).toEqual([201, expiresAt]);
    const secret = created.json.secret as string;
    const unknown = await answers(UNKNOWN);
    expect(unknown.admin[0]).toBe(401);
    expect(unknown.rest[0]).toBe(401);

    expect(await answers(secret)).toEqual({ admin: [200, ''], rest: [200, ''] });
    clock.advance(1);
    expect(await answers(secret)).toEqual({ admin: [200, ''], rest: [200, ''] });
    clock.advance(1);
    expect(await answers(secret)).toEqual(unknown);
    // Still listed, with its expiry: an expired key is refused, not deleted.
    const listed = await sendRequest(baseUrl, { method: 'GET', path: `/roster/v1/keys/${String(created.json.id)}`, headers: admin });
    expect([listed.status, (JSON.parse(listed.text) as { expires_at: string }).expires_at]).toEqual([200, expiresAt]);
  });

  it('refuses an expires_at that is not after the host clock', async () => {
    const refused = await post('/roster/v1/keys', { name: 'late', role: 'user', expires_at: clock.now().toISOString() });
    expect([refused.status, refused.json.code, refused.json.errors]).toEqual([
      400,
      'VALIDATION_FAILED',
      [{ field: 'expires_at', message: 'must be in the future' }],
    ]);
  });

  it('after a rotation, both secrets work for grace_seconds; then only the new one', async () => {
    const old = await post('/roster/v1/keys', { name: 'rotating', role: 'user', permissions: ['user:read'] });
    const oldSecret = old.json.secret as string;
    expect((await answers(oldSecret)).rest[0]).toBe(200);
    const rotated = await post(`/roster/v1/keys/${String(old.json.id)}/rotate`, { grace_seconds: 60 });
    expect(rotated.status).toBe(201);
    const graceEnd = new Date(clock.now().getTime() + 60_000).toISOString();
    expect(rotated.json.replaced).toEqual({ id: old.json.id, expires_at: graceEnd });
    const newSecret = rotated.json.secret as string;

    clock.advance(59);
    expect(await answers(oldSecret)).toEqual({ admin: [200, ''], rest: [200, ''] });
    expect(await answers(newSecret)).toEqual({ admin: [200, ''], rest: [200, ''] });
    clock.advance(1);
    expect(await answers(oldSecret)).toEqual(await answers(UNKNOWN));
    expect(await answers(newSecret)).toEqual({ admin: [200, ''], rest: [200, ''] });
  });

  it("a grace period never lengthens the old key's life", async () => {
    const expiresAt = new Date(clock.now().getTime() + 10_000).toISOString();
    const old = await post('/roster/v1/keys', { name: 'expiring', role: 'user', permissions: ['user:read'], expires_at: expiresAt });
    const rotated = await post(`/roster/v1/keys/${String(old.json.id)}/rotate`, { grace_seconds: 3600 });
    expect([rotated.status, rotated.json.expires_at, rotated.json.replaced]).toEqual([
      201,
      expiresAt,
      { id: old.json.id, expires_at: expiresAt },
    ]);
    clock.advance(10);
    expect(await answers(old.json.secret as string)).toEqual(await answers(UNKNOWN));
    expect(await answers(rotated.json.secret as string)).toEqual(await answers(UNKNOWN));
  });
});

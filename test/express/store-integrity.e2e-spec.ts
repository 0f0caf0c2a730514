import express from 'express';
import { createRoster, NanoidIdGenerator, type Roster } from '@roster/core';
import { createRosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { capturingLogger, conformanceBootstrap, fixture, sendRequest } from '@roster/testing';
import { createDialects } from '../../examples/express-host/src/dialects';
import { listen, type Listening } from './listen';

/** Gives every user made once `collide` is on the same public id, as a broken generator would. */
class CollidingIds extends NanoidIdGenerator {
  collide = false;
  override publicUserId(): string {
    return this.collide ? 'usr_collision' : super.publicUserId();
  }
}

const bearer = { Authorization: `Bearer ${fixture.acme.keys.admin}` };
const json = { ...bearer, 'Content-Type': 'application/json' };

/** One create per dialect, each valid on its own; the store then finds the public id taken. */
const CREATES = [
  {
    dialect: 'courselit',
    request: {
      method: 'POST',
      path: '/api/user',
      headers: { domain: 'acme' },
      body: JSON.stringify({ apikey: fixture.acme.keys.admin, email: 'c.collide@example.com' }),
    },
    answer: '{"error":"An internal error occurred. Please try again."}',
  },
  {
    dialect: 'ispring',
    request: {
      method: 'POST',
      path: '/user',
      headers: {
        'X-Auth-Account-Url': fixture.acme.accountUrl,
        'X-Auth-Email': fixture.acme.users.admin.email,
        'X-Auth-Password': fixture.acme.users.admin.password,
        'X-Email': 'i.collide@acme.example.com',
      },
    },
    answer: 'Internal Server Error',
  },
  {
    dialect: 'objective',
    request: { method: 'POST', path: '/api/users', headers: json, body: JSON.stringify({ email: 'o.collide@example.com' }) },
    answer: '{"message":"Server Error"}',
  },
  {
    dialect: 'rest-v1',
    request: {
      method: 'POST',
      path: '/api/v1/users',
      headers: json,
      body: JSON.stringify({ email: 'r.collide@example.com', name: 'R Collide', role: 'publisher' }),
    },
    answer: '{"success":false,"message":"Internal server error"}',
  },
] as const;

describe('a public-id collision in the store (STORE_INTEGRITY), over Express', () => {
  const ids = new CollidingIds();
  const log = capturingLogger();
  let roster: Roster;
  let host: Listening;

  beforeAll(async () => {
    roster = createRoster({ stores: createMemoryStores(), idGenerator: ids, logger: log.logger });
    await roster.bootstrap.load(conformanceBootstrap);
    const app = express();
    app.use(createRosterRouter({ roster, dialects: createDialects(roster, { restRateLimit: 1000 }) }));
    host = await listen(app);
    ids.collide = true;
    // The first user to get the colliding id is stored; every later create then collides.
    const first = await sendRequest(host.baseUrl, { ...CREATES[2].request, body: JSON.stringify({ email: 'first@example.com' }) });
    expect(first.status).toBe(201);
  }, 30_000);
  afterAll(async () => {
    await host.close();
    await roster.close();
  });

  it.each(CREATES.map((create) => [create.dialect, create] as const))(
    '%s answers its own 500, never a 400 naming the public id, and logs the fault',
    async (_name, create) => {
      log.clear();
      const answer = await sendRequest(host.baseUrl, create.request);
      expect([answer.status, answer.text]).toEqual([500, create.answer]);
      expect(answer.text).not.toMatch(/public|usr_collision/i);
      expect(log.entries.filter((entry) => entry.level === 'error')).toHaveLength(1);
    },
    15_000,
  );

  it('rest-v1 leaves the RateLimit-* headers off that 500, as off every server fault (README.md)', async () => {
    const answer = await sendRequest(host.baseUrl, CREATES[3].request);
    expect(answer.status).toBe(500);
    expect(answer.headers['ratelimit-limit']).toBeUndefined();
    const served = await sendRequest(host.baseUrl, { method: 'GET', path: '/api/v1/users/usr_collision', headers: bearer });
    expect([served.status, served.headers['ratelimit-limit']]).toEqual([200, '1000']);
  }, 15_000);
});

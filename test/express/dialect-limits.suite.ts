import express from 'express';
import { createRoster, type Roster } from '@roster/core';
import {
  createCourselitDialect,
  createIspringDialect,
  createObjectiveDialect,
  createRestV1Dialect,
  MAX_BODY_BYTES,
  MAX_JSON_DEPTH,
} from '@roster/core/http';
import { createRosterRouter } from '@roster/express';
import { createMemoryStores } from '@roster/memory';
import { conformanceBootstrap, fixture, sendRequest } from '@roster/testing';
import { listen, type Listening } from './listen';

const bearer = { Authorization: `Bearer ${fixture.acme.keys.admin}` };
const ispringAuth = {
  'X-Auth-Account-Url': fixture.acme.accountUrl,
  'X-Auth-Email': fixture.acme.users.admin.email,
  'X-Auth-Password': fixture.acme.users.admin.password,
};

/** [dialect, method, path, headers, 413 body, too-deep status, too-deep body (null: bodies are ignored)] */
const LIMITS = [
  ['courselit', 'POST', '/api/user', { domain: 'acme' }, '{"message":"Bad request"}', 400, '{"message":"Bad request"}'],
  ['ispring', 'POST', '/user', ispringAuth, 'Bad Request', null, null],
  [
    'objective',
    'POST',
    '/api/users',
    bearer,
    '{"message":"Payload too large"}',
    422,
    '{"message":"The given data was invalid.","errors":{"email":["The email field is required."]}}',
  ],
  ['rest-v1', 'POST', '/api/v1/users', bearer, '{"success":false,"message":"Payload too large"}', 400, null],
] as const;

/** The body limit and the depth limit of every real dialect, through the router (docs/dialects/common.md). */
export function describeDialectLimits(label: string): void {
  describe(`dialect limits through createRosterRouter on ${label}`, () => {
    let roster: Roster;
    let host: Listening;
    beforeAll(async () => {
      const silent = { info: () => {}, warn: () => {}, error: () => {} };
      const hasher = { hash: async (p: string) => `h:${p}`, verify: async (h: string, p: string) => h === `h:${p}` };
      roster = createRoster({ stores: createMemoryStores(), passwordHasher: hasher, logger: silent });
      await roster.bootstrap.load(conformanceBootstrap);
      const dialects = [createCourselitDialect, createIspringDialect, createObjectiveDialect, createRestV1Dialect].map((make) =>
        make(roster),
      );
      const app = express();
      app.use(createRosterRouter({ roster, dialects }));
      host = await listen(app);
    });
    afterAll(async () => {
      await host.close();
      await roster.close();
    });

    it.each(LIMITS)('%s: a body of MAX_BODY_BYTES + 1 → 413 in its words', async (_name, method, path, headers, body413) => {
      const answer = await sendRequest(host.baseUrl, { method, path, headers, body: Buffer.alloc(MAX_BODY_BYTES + 1, 0x20) });
      expect([answer.status, answer.text]).toEqual([413, body413]);
    });

    it.each(LIMITS.filter((row) => row[5] !== null))(
      '%s: JSON nested deeper than MAX_JSON_DEPTH → its invalid-body answer',
      async (...row) => {
        const [, method, path, headers, , status, exact] = row;
        const fields = `"apikey":"${fixture.acme.keys.admin}","email":"deep@example.com"`;
        const deep = `{${fields},"x":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
        const answer = await sendRequest(host.baseUrl, { method, path, headers, body: deep });
        expect(answer.status).toBe(status);
        if (exact !== null) expect(answer.text).toBe(exact);
        const limit = `{${fields},"x":${'['.repeat(MAX_JSON_DEPTH - 1)}${']'.repeat(MAX_JSON_DEPTH - 1)}}`;
        expect((await sendRequest(host.baseUrl, { method, path, headers, body: limit })).text).not.toBe(answer.text);
      },
    );

    it('a body of exactly MAX_BODY_BYTES is read, not refused', async () => {
      const start = `{"apikey":"${fixture.acme.keys.admin}","email":"edge@example.com","pad":"`;
      const body = `${start}${'x'.repeat(MAX_BODY_BYTES - start.length - 2)}"}`;
      expect(Buffer.byteLength(body)).toBe(MAX_BODY_BYTES);
      const answer = await sendRequest(host.baseUrl, { method: 'POST', path: '/api/user', headers: { domain: 'acme' }, body });
      expect(answer.status).toBe(200);
    });
  });
}

import { describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { failureText, invalidText, REST_V1_JSON, restKeys, UNAUTHENTICATED, useRestHost, USERS } from './rest-v1-client';

const ROUTES = [
  ['GET', USERS],
  ['POST', USERS],
  ['GET', `${USERS}/usr_anything1234`],
  ['PUT', `${USERS}/usr_anything1234`],
  ['DELETE', `${USERS}/usr_anything1234`],
] as const;

/** docs/dialects/rest-v1.md "Answers" (401) and the body limits of docs/dialects/common.md. */
export function describeRestV1AuthConformance(startHost: StartConformanceHost): void {
  describe('rest-v1: authentication and request bodies', () => {
    const send = useRestHost(startHost);

    it.each([
      ['no Authorization header', {}],
      ['an unknown key', { Authorization: 'Bearer rk_acme_not_a_key_000000000000000' }],
      ['a Basic header', { Authorization: `Basic ${Buffer.from(`x:${restKeys.admin}`).toString('base64')}` }],
      ['"Bearer" without a key', { Authorization: 'Bearer' }],
      ['the key without "Bearer"', { Authorization: restKeys.admin }],
    ])('401 Authentication required for %s, on every route', async (_label, headers) => {
      for (const [method, path] of ROUTES) {
        const answer = await send(method, path, { key: null, headers, body: { email: 'a@example.com', name: 'A' } });
        expect(answer.status).toBe(401);
        expect(answer.text).toBe(UNAUTHENTICATED);
        expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      }
    });

    it('401 for a key one character off', async () => {
      const answer = await send('GET', `${USERS}?page=1`, { key: `${restKeys.admin}x` });
      expect([answer.status, answer.text]).toEqual([401, UNAUTHENTICATED]);
    });

    it('413 Payload too large for a body over 1 MiB', async () => {
      const big = JSON.stringify({ email: 'big@example.com', name: 'x'.repeat(1024 * 1024) });
      for (const [method, path] of [
        ['POST', USERS],
        ['PUT', `${USERS}/usr_anything1234`],
      ] as const) {
        const answer = await send(method, path, { raw: big, headers: { 'Content-Type': 'application/json' } });
        expect(answer.status).toBe(413);
        expect(answer.text).toBe(failureText('Payload too large'));
        expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      }
    });

    it.each([
      ['no body', '', 'must be a JSON object'],
      ['invalid JSON', '{"email":', 'must be valid JSON'],
      ['a JSON array', '[]', 'must be a JSON object'],
      ['JSON nested deeper than 64 levels', `{"settings":${'['.repeat(64)}${']'.repeat(64)}}`, 'must not be nested deeper than 64 levels'],
    ])('400 Invalid parameters for %s', async (_label, raw, message) => {
      for (const [method, path] of [
        ['POST', USERS],
        ['PUT', `${USERS}/usr_anything1234`],
      ] as const) {
        const answer = await send(method, path, { raw, headers: { 'Content-Type': 'application/json' } });
        expect(answer.status).toBe(400);
        expect(answer.text).toBe(invalidText({ body: [message] }));
        expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      }
    });

    it('405 with Allow for a method the path does not have', async () => {
      const answer = await send('PATCH', `${USERS}/usr_anything1234`, { body: { name: 'X' } });
      expect(answer.status).toBe(405);
      expect(answer.text).toBe(failureText('Method not allowed'));
      expect(answer.headers['allow']).toBe('GET, PUT, DELETE');
      expect((await send('DELETE', USERS)).headers['allow']).toBe('GET, POST');
    });
  });
}

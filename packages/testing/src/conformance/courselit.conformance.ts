import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { describeCourselitCreate } from './courselit-create.conformance';
import { describeCourselitUpdate } from './courselit-update.conformance';
import { BAD_REQUEST, expectJson, ok, useCourselitHost } from './courselit-wire';

/** The courselit dialect over HTTP (docs/dialects/courselit.md), against any host that mounts it at the root. */
export function describeCourselitConformance(startHost: StartConformanceHost): void {
  describe('courselit', () => {
    describeCourselitRoutes(startHost);
    describeCourselitCreate(startHost);
    describeCourselitUpdate(startHost);
  });
}

function describeCourselitRoutes(startHost: StartConformanceHost): void {
  describe('courselit routes and content type', () => {
    const send = useCourselitHost(startHost);

    it('any other method on /api/user → 405, empty body, Allow: PATCH, POST', async () => {
      for (const method of ['GET', 'PUT', 'DELETE', 'OPTIONS']) {
        const answer = await send(method, { apikey: fixture.acme.keys.admin, email: 'x@example.com' });
        expect({ status: answer.status, body: answer.text, allow: answer.headers['allow'] }).toEqual({
          status: 405,
          body: '',
          allow: 'PATCH, POST',
        });
      }
    });

    it('parses the body as JSON whatever the Content-Type says', async () => {
      const body = JSON.stringify({ apikey: fixture.acme.keys.admin, email: 'typed@example.com' });
      for (const [type, email] of [
        ['text/plain', 'typed@example.com'],
        ['application/x-www-form-urlencoded', 'form@example.com'],
      ] as const) {
        const answer = await send('POST', body.replace('typed@example.com', email), { domain: 'acme', 'Content-Type': type });
        expectJson(answer, 200, ok(email));
      }
      expectJson(await send('POST', body.replace('typed@', 'untyped@')), 200, ok('untyped@example.com'));
    });

    it('a body over 1 MiB → 413 {"message":"Bad request"}', async () => {
      const padding = 'x'.repeat(1024 * 1024);
      const answer = await send('POST', JSON.stringify({ apikey: fixture.acme.keys.admin, email: 'big@example.com', padding }));
      expectJson(answer, 413, BAD_REQUEST);
    });

    it('JSON nested deeper than 64 levels → 400 {"message":"Bad request"}', async () => {
      const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
      expectJson(await send('POST', `{"apikey":"${fixture.acme.keys.admin}","email":"deep@example.com","x":${deep}}`), 400, BAD_REQUEST);
    });
  });
}

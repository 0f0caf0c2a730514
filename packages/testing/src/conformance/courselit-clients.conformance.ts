import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import type { WireResponse } from './http-client';
import {
  BAD_REQUEST,
  DOMAIN_NOT_FOUND,
  expectJson,
  FORBIDDEN,
  md5,
  ok,
  UNAUTHORIZED,
  USER_EXISTS,
  useCourselitHost,
} from './courselit-wire';

const keys = fixture.acme.keys;

/** What CourseLit's current clients send: the key in a header, JSON, no `domain`, a Host with its port. */
const clientHeaders = (host: string, key: string, keyHeader = 'x-api-key'): Record<string, string> => ({
  Host: host,
  'Content-Type': 'application/json',
  [keyHeader]: key,
});

/** How those clients read the answer: a body without `error` is success, and `email` is the MD5. */
function clientOutcome(answer: WireResponse): { readonly ok: boolean; readonly email: unknown } {
  const body = JSON.parse(answer.text) as { error?: unknown; email?: unknown };
  return { ok: !body.error, email: body.email };
}

/**
 * The courselit dialect as CourseLit's current documentation and its sibling product's client
 * call it (docs/dialects/courselit.md, "Tenant from `Host`" and "The API key"): `x-api-key` header, tenant from the Host.
 */
export function describeCourselitClients(startHost: StartConformanceHost): void {
  describe('courselit as its current clients call it', () => {
    const send = useCourselitHost(startHost);
    const post = (body: unknown, headers: Record<string, string>) => send('POST', body, headers);

    it.each([
      ['x-api-key', 'Lower.Client@Example.com'],
      ['X-API-Key', 'Mixed.Client@Example.com'],
    ])('creates with the key in %s, no domain header, the tenant from a Host with a port', async (keyHeader, email) => {
      const answer = await post({ email, name: 'Client User' }, clientHeaders('acme.example.com:3000', keys.admin, keyHeader));
      expectJson(answer, 200, ok(email));
      expect(clientOutcome(answer)).toEqual({ ok: true, email: md5(email) });
      // It is acme's user: acme's domain says it exists, globex's does not know it.
      expectJson(await post({ apikey: keys.admin, email }, { domain: 'acme' }), 400, USER_EXISTS);
      expectJson(await post({ apikey: fixture.globex.keys.admin, email }, { domain: 'globex' }), 200, ok(email));
    });

    it('compares the Host as host names compare: any case, a trailing dot, any port, IPv6 literals', async () => {
      for (const [host, email] of [
        ['LEARN.acme.example.com.:8443', 'upper.dot@example.com'],
        ['Acme.Example.Com', 'no.port@example.com'],
      ] as const) {
        const answer = await post({ email }, clientHeaders(host, keys.admin));
        expect(clientOutcome(answer)).toEqual({ ok: true, email: md5(email) });
        expectJson(await post({ apikey: keys.admin, email }, { domain: 'acme' }), 400, USER_EXISTS);
      }
      const ipv6 = await post({ email: 'ipv6@globex.example.org' }, clientHeaders('[::1]:3000', fixture.globex.keys.admin));
      expectJson(ipv6, 200, ok('ipv6@globex.example.org'));
      expectJson(
        await post({ apikey: fixture.globex.keys.admin, email: 'IPv6@globex.example.org' }, { domain: 'globex' }),
        400,
        USER_EXISTS,
      );
      // acme's key is no key of the tenant [::1] selects.
      expectJson(await post({ email: 'wrong.tenant@example.com' }, clientHeaders('[::1]:3000', keys.admin)), 401, UNAUTHORIZED);
    });

    it('without a domain header, a Host no tenant lists → 404 Domain not found, before anything else', async () => {
      for (const host of [
        'unknown.example.com:3000',
        'acme:3000',
        'acme.example.com.evil.test',
        '[::2]:3000',
        'acme.example.com:notaport',
      ]) {
        expectJson(await post({ email: 'nobody@example.com' }, clientHeaders(host, keys.admin)), 404, DOMAIN_NOT_FOUND);
      }
      expectJson(await post('not json', clientHeaders('nowhere.test:80', keys.admin)), 404, DOMAIN_NOT_FOUND);
    });

    it('a domain header, when sent, chooses the tenant whatever the Host says', async () => {
      const headers = { ...clientHeaders('acme.example.com:3000', keys.admin), domain: 'globex' };
      expectJson(await post({ email: 'domain.first@example.com' }, headers), 401, UNAUTHORIZED);
      expectJson(await post({ email: 'domain.first@example.com' }, { ...headers, domain: 'nowhere' }), 404, DOMAIN_NOT_FOUND);
    });

    it('the header key must be a non-empty string like the body key, and a body key must be one even beside a good header', async () => {
      const host = 'acme.example.com:3000';
      expectJson(await post({ email: 'k@example.com' }, clientHeaders(host, '')), 400, BAD_REQUEST);
      for (const apikey of [{ $ne: null }, { $gt: '' }, '', null, 42, [keys.admin]]) {
        expectJson(await post({ apikey, email: 'k@example.com' }, clientHeaders(host, keys.admin)), 400, BAD_REQUEST);
      }
      expectJson(await post({ apikey: { $ne: null }, email: 'k@example.com' }, { Host: host }), 400, BAD_REQUEST);
      expectJson(await post({ email: 'k@example.com' }, clientHeaders(host, 'rk_wrong')), 401, UNAUTHORIZED);
      // Step 2 still comes before the key: a good header does not make a bad body good.
      expectJson(await post('{"email":', clientHeaders(host, keys.admin)), 400, BAD_REQUEST);
    });

    it('both keys sent and different: the header wins', async () => {
      const host = 'acme.example.com:3000';
      expectJson(
        await post({ apikey: 'rk_wrong', email: 'header.wins@example.com' }, clientHeaders(host, keys.admin)),
        200,
        ok('header.wins@example.com'),
      );
      expectJson(await post({ apikey: keys.admin, email: 'body.loses@example.com' }, clientHeaders(host, 'rk_wrong')), 401, UNAUTHORIZED);
      // The header's key acts, with its own rights: a publisher key may not manage users.
      expectJson(await post({ apikey: keys.admin, email: 'body.loses@example.com' }, clientHeaders(host, keys.publisher)), 403, FORBIDDEN);
      expectJson(
        await post({ apikey: keys.admin, email: 'same.key@example.com' }, clientHeaders(host, keys.admin)),
        200,
        ok('same.key@example.com'),
      );
    });

    it('PATCH takes the header key and the Host too', async () => {
      const headers = clientHeaders('acme.example.com:3000', keys.admin);
      expectJson(await post({ email: 'patched.client@example.com' }, headers), 200, ok('patched.client@example.com'));
      expectJson(
        await send('PATCH', { email: 'Patched.Client@example.com', name: 'New Name' }, headers),
        200,
        ok('Patched.Client@example.com'),
      );
      expectJson(await send('PATCH', { email: 'absent.client@example.com', name: 'X' }, headers), 404, '{"error":"User not found"}');
    });
  });
}

import { sendRequest, type WireRequest, type WireResponse } from '@roster/testing';
import { PROBE_KEY } from './nest-app';

/** What must be identical between hosts: status, the headers a dialect sets, the exact body. */
export function wireOf(response: WireResponse) {
  const pick = ['content-type', 'content-length', 'allow', 'x-probe', 'retry-after'] as const;
  return {
    status: response.status,
    headers: Object.fromEntries(pick.map((name) => [name, response.headers[name] ?? null])),
    body: response.body.toString('base64'),
  };
}

export async function wire(baseUrl: string, request: WireRequest) {
  return wireOf(await sendRequest(baseUrl, request));
}

const json = { 'Content-Type': 'application/json' };

/** Requests whose answers the dialect owns entirely (paths relative to the mount). */
export const PROBE_CASES: readonly (readonly [string, WireRequest])[] = [
  ['valid JSON', { method: 'POST', path: '/api/things?a=1&a=2', headers: json, body: '{"name":"x","extra":true}' }],
  ['invalid JSON sent as application/json', { method: 'POST', path: '/api/things', headers: json, body: '{"name":' }],
  ['JSON sent as text/plain', { method: 'POST', path: '/api/things', headers: { 'Content-Type': 'text/plain' }, body: '{"a":1}' }],
  [
    'a form body',
    { method: 'POST', path: '/api/things', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=2' },
  ],
  ['no body', { method: 'POST', path: '/api/things' }],
  ['a body over 1 MiB', { method: 'POST', path: '/api/things', headers: json, body: `"${'x'.repeat(1024 * 1024 + 10)}"` }],
  ['invalid UTF-8', { method: 'POST', path: '/api/things', headers: json, body: Buffer.from([0x7b, 0xff, 0x7d]) }],
  ['another method on the path (the * route)', { method: 'PATCH', path: '/api/things', headers: json, body: '{}' }],
  ['DELETE on the * route', { method: 'DELETE', path: '/api/things' }],
  ['a path parameter, encoded, with a query', { method: 'GET', path: '/api/things/a%20b%C3%A9?q=%C3%A9&empty=' }],
  ['a trailing slash', { method: 'GET', path: '/api/things/42/' }],
  ['a UTF-8 header value', { method: 'GET', path: '/api/things/7', headers: { 'X-Name': 'Zoë Ångström' } }],
  ['binary answer with its own headers', { method: 'GET', path: '/bytes' }],
  ['HEAD on the * route', { method: 'HEAD', path: '/api/things' }],
  ['an authenticated call', { method: 'GET', path: '/whoami', headers: { 'X-Api-Key': PROBE_KEY } }],
  ['a RosterError answer', { method: 'GET', path: '/whoami', headers: { 'X-Api-Key': 'rk_wrong' } }],
];

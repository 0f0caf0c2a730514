import fc from 'fast-check';
import type { RosterResponse, RouteDescriptor } from '@roster/core/http';
import { BOOTSTRAP_KEYS } from '../bearer-credentials';
import { composeRequest, mergeHeaders, methodFor, type DialectFuzzTarget, type FuzzContext } from '../fuzz-target';
import { emailAddress, FUZZ_SECRETS, jsonText, personName } from '../fuzz-values';
import { hostileBody } from '../hostile-body';
import { hostileHeaders, hostileHeaderValue } from '../hostile-headers';
import { plausibleObject } from '../hostile-json';
import { jsonObjectProblems } from '../response-invariants';

const JSON_TYPE = 'application/json; charset=utf-8';
const FIELDS = ['apikey', 'email', 'name', 'subscribedToUpdates', 'permissions'];
const PERMISSIONS = ['course:manage', 'course:enroll', 'media:manage', 'user:manage', 'community:manage', 'read', 'write', 'user:read', ''];

const plausible = plausibleObject(
  {
    apikey: fc.oneof(
      { weight: 6, arbitrary: jsonText(fc.constantFrom(...BOOTSTRAP_KEYS)) },
      { weight: 1, arbitrary: fc.constantFrom('{"$ne":null}', '{"$gt":""}', '["x"]', '1', 'true', '""', '"rk_unknown"') },
    ),
    email: jsonText(emailAddress()),
    name: fc.oneof(jsonText(personName()), jsonText(fc.constant('x'.repeat(256)))),
    subscribedToUpdates: fc.constantFrom('true', 'false', 'null', '"true"', '0'),
    permissions: fc.array(fc.constantFrom(...PERMISSIONS), { maxLength: 4 }).map((list) => JSON.stringify(list)),
  },
  ['apikey', 'email'],
);

/**
 * The school: the `domain` header, exact and case-sensitive, or without it the Host among the
 * tenants' host names (docs/dialects/courselit.md step 1).
 */
function domainHeaders(): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom('acme', 'acme', 'acme', 'globex', 'tiny').map((domain) => ({ domain })) },
    { weight: 1, arbitrary: fc.constantFrom('ACME', ' acme', 'acme.example.com', '').map((domain) => ({ domain })) },
    { weight: 1, arbitrary: hostileHeaderValue().map((domain) => ({ domain })) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 3,
      arbitrary: fc
        .constantFrom('acme.example.com:3000', 'LEARN.acme.example.com.', '[::1]:3000', '[::1', 'acme:80')
        .map((host) => ({ host })),
    },
    { weight: 1, arbitrary: hostileHeaderValue().map((host) => ({ host })) },
  );
}

/** The key in an `x-api-key` header, as CourseLit's current clients send it, sometimes. */
function keyHeaders(): fc.Arbitrary<Record<string, string>> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({}) },
    { weight: 2, arbitrary: fc.constantFrom(...BOOTSTRAP_KEYS).map((key) => ({ 'x-api-key': key })) },
    { weight: 1, arbitrary: hostileHeaderValue().map((key) => ({ 'x-api-key': key })) },
  );
}

/**
 * JSON with exactly one of `message`, `error` or (on success) `email`, never two (clients test
 * `!body.error`); the 405 is empty with `Allow: PATCH, POST`.
 */
function wellFormed(response: RosterResponse): string[] {
  if (response.status === 405) {
    const problems = response.headers['Allow'] === 'PATCH, POST' ? [] : ['405 without Allow: PATCH, POST'];
    return response.body.length === 0 ? problems : [...problems, '405 with a body'];
  }
  const { problems, value } = jsonObjectProblems(response, JSON_TYPE);
  if (value === null) return problems;
  const keys = Object.keys(value);
  const expected = response.status === 200 ? ['email'] : ['message', 'error'];
  if (keys.length !== 1 || !expected.includes(keys[0]!) || typeof value[keys[0]!] !== 'string')
    problems.push(`an answer with keys ${JSON.stringify(keys)}`);
  if (response.status === 200 && !/^[0-9a-f]{32}$/.test(String(value['email']))) problems.push('a success without the MD5 of the e-mail');
  return problems;
}

/** courselit: one path, the key in the body or `x-api-key`, the school in the `domain` header or the Host. */
export const courselitFuzzTarget: DialectFuzzTarget = {
  dialect: 'courselit',
  idKind: 'integer',
  rules: { statuses: [200, 400, 401, 403, 404, 405, 413], secrets: FUZZ_SECRETS, wellFormed },
  request(route: RouteDescriptor, context: FuzzContext) {
    return composeRequest({
      method: methodFor(route, context.routes),
      path: fc.constantFrom(route.path, `${route.path}/`),
      headers: fc
        .tuple(domainHeaders(), keyHeaders(), hostileHeaders(['content-type', 'host', 'accept', 'x-api-key']))
        .map(([domain, key, extra]) => mergeHeaders(extra, key, domain)),
      body: hostileBody({ fields: FIELDS, plausible }),
    });
  },
};

import fc from 'fast-check';
import type { RosterResponse, RouteDescriptor } from '@roster/core/http';
import { bearerHeaders } from '../bearer-credentials';
import { composeRequest, mergeHeaders, methodFor, type DialectFuzzTarget, type FuzzContext } from '../fuzz-target';
import { emailAddress, FUZZ_SECRETS, jsonText, personName, ROLE_NAMES } from '../fuzz-values';
import { hostileBody } from '../hostile-body';
import { hostileHeaders } from '../hostile-headers';
import { plausibleObject } from '../hostile-json';
import { pathSegment, routePath } from '../hostile-paths';
import { hostileQuery } from '../hostile-query';
import { jsonObjectProblems } from '../response-invariants';

const JSON_TYPE = 'application/json; charset=utf-8';
const FIELDS = ['email', 'name', 'role', 'password', 'status', 'settings', 'theme', 'notifications', 'id', 'created_at'];

const settings = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .record(
        { theme: fc.constantFrom('"light"', '"dark"', '"system"', '"neon"'), notifications: fc.constantFrom('true', 'false', '"yes"') },
        { requiredKeys: [] },
      )
      .map(
        (record) =>
          `{${Object.entries(record)
            .map(([key, value]) => `"${key}":${value}`)
            .join(',')}}`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('null', '[]', '"dark"', '{"theme":null}', '{"theme":"dark","extra":1}', '{"__proto__":{"theme":"dark"}}'),
  },
);

const common = {
  email: jsonText(emailAddress()),
  name: jsonText(personName()),
  role: jsonText(fc.constantFrom(...ROLE_NAMES)),
  settings,
};
/** Create: e-mail and name required, a password allowed; update: any field, a status allowed. */
const plausible = {
  create: plausibleObject(
    { ...common, password: jsonText(fc.constantFrom('long enough password', 'another good one', 'short', 'x'.repeat(300))) },
    ['email', 'name'],
  ),
  update: plausibleObject({ ...common, status: jsonText(fc.constantFrom('active', 'inactive', 'pending', 'deleted')) }),
};

/** `{"success":false,"message":…}` on every failure; JSON always (docs/dialects/rest-v1.md). */
function wellFormed(response: RosterResponse): string[] {
  const { problems, value } = jsonObjectProblems(response, JSON_TYPE);
  if (value === null) return problems;
  if (response.status >= 400) {
    if (value['success'] !== false || typeof value['message'] !== 'string') problems.push('a failure without success:false and a message');
    if (response.status === 405 && !response.headers['Allow']) problems.push('405 without Allow');
  } else if (!('data' in value) && value['success'] !== true) problems.push('a success without data');
  return problems;
}

/** rest-v1: Bearer keys of every role, JSON bodies, list queries, `usr_` ids. */
export const restV1FuzzTarget: DialectFuzzTarget = {
  dialect: 'rest-v1',
  idKind: 'public',
  rules: { statuses: [200, 201, 400, 401, 403, 404, 405, 409, 413], secrets: FUZZ_SECRETS, wellFormed },
  request(route: RouteDescriptor, context: FuzzContext) {
    const isList = route.name === 'listUsers';
    return composeRequest({
      method: methodFor(route, context.routes),
      path: routePath(route.path, pathSegment(context.userIds, context.victimIds)),
      headers: fc
        .tuple(bearerHeaders(), hostileHeaders(['content-type', 'accept', 'x-request-id']))
        .map(([auth, extra]) => mergeHeaders(extra, auth)),
      body: hostileBody({ fields: FIELDS, plausible: route.name === 'createUser' ? plausible.create : plausible.update }),
      query: hostileQuery(isList ? ['page', 'limit', 'status', 'role'] : ['page', 'id'], [
        '1',
        '2',
        '20',
        '100',
        '101',
        '0',
        'active',
        'pending',
        'user',
        'owner',
      ]),
    });
  },
};

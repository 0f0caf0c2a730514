import fc from 'fast-check';
import type { RosterResponse, RouteDescriptor } from '@roster/core/http';
import { bearerHeaders } from '../bearer-credentials';
import { composeRequest, mergeHeaders, methodFor, type DialectFuzzTarget, type FuzzContext } from '../fuzz-target';
import { emailAddress, FUZZ_SECRETS, jsonText, personName } from '../fuzz-values';
import { hostileBody } from '../hostile-body';
import { hostileHeaders } from '../hostile-headers';
import { plausibleObject } from '../hostile-json';
import { pathSegment, routePath } from '../hostile-paths';
import { hostileQuery } from '../hostile-query';
import { jsonObjectProblems } from '../response-invariants';

const JSON_TYPE = 'application/json; charset=utf-8';
const FIELDS = [
  'email',
  'first_name',
  'last_name',
  'external_id',
  'source',
  'password',
  'phone_number',
  'live_scanner',
  'role',
  'user_id',
  'backend_access',
];

/** Values PHP-style validation treats specially: numeric strings, boolean-ish strings, long text. */
const phpish = fc.constantFrom(
  '0',
  '1',
  '"0"',
  '"1"',
  '" 1e3 "',
  '"12.5"',
  '"true"',
  'true',
  'false',
  '"user@localhost"',
  JSON.stringify('😀'.repeat(256)),
  '""',
  'null',
);

const fields = {
  email: jsonText(emailAddress()),
  first_name: jsonText(personName()),
  last_name: jsonText(personName()),
  external_id: fc.oneof(fc.integer().map(String), phpish),
  source: jsonText(fc.constantFrom('api', 'hr-sync', 'x'.repeat(256))),
  password: jsonText(fc.constantFrom('long enough password', 'another good one', 'short', 'x'.repeat(256))),
  phone_number: jsonText(fc.constantFrom('+1 555 0100', '030 1234567', '0'.repeat(31))),
  live_scanner: phpish,
  role: jsonText(fc.constantFrom('owner', 'administrator', 'Member')),
};
/** A create needs an e-mail; an update changes any field. */
const plausible = { create: plausibleObject(fields, ['email']), update: plausibleObject(fields) };

/** JSON always; Laravel's shapes: a 422 carries `errors`, a 404 a message or an error (docs/dialects/objective.md). */
function wellFormed(response: RosterResponse): string[] {
  const { problems, value } = jsonObjectProblems(response, JSON_TYPE);
  if (value === null) return problems;
  if (response.status === 422 && (typeof value['errors'] !== 'object' || value['message'] !== 'The given data was invalid.'))
    problems.push('a 422 without Laravel errors');
  if (response.status === 404 && typeof value['message'] !== 'string' && typeof value['error'] !== 'string')
    problems.push('a 404 without message or error');
  if (response.status === 403 && Object.keys(value).length > 1) problems.push('a 403 with more than one key');
  return problems;
}

/** objective: Bearer keys, Laravel-validated JSON bodies, integer ids; HEAD answered like GET. */
export const objectiveFuzzTarget: DialectFuzzTarget = {
  dialect: 'objective',
  idKind: 'integer',
  rules: { statuses: [200, 201, 403, 404, 413, 422], secrets: FUZZ_SECRETS, wellFormed },
  request(route: RouteDescriptor, context: FuzzContext) {
    return composeRequest({
      method: methodFor(route, context.routes),
      path: routePath(route.path, pathSegment(context.userIds, context.victimIds)),
      headers: fc
        .tuple(bearerHeaders(), hostileHeaders(['content-type', 'accept', 'x-requested-with']))
        .map(([auth, extra]) => mergeHeaders(extra, auth)),
      body: hostileBody({ fields: FIELDS, plausible: route.name === 'createUser' ? plausible.create : plausible.update }),
      query: hostileQuery(['email', 'page', '_method']),
    });
  },
};

import fc from 'fast-check';
import type { RosterResponse, RouteDescriptor } from '@roster/core/http';
import { CONFORMANCE_OPERATOR_TOKEN } from '../../conformance/admin-client';
import { bearerHeaders } from '../bearer-credentials';
import { composeRequest, mergeHeaders, methodFor, type DialectFuzzTarget, type FuzzContext } from '../fuzz-target';
import { emailAddress, FUZZ_SECRETS, jsonText, personName, ROLE_NAMES } from '../fuzz-values';
import { hostileBody } from '../hostile-body';
import { hostileHeaders } from '../hostile-headers';
import { plausibleObject } from '../hostile-json';
import { pathSegment, routePath } from '../hostile-paths';
import { hostileQuery } from '../hostile-query';
import { bodyText, jsonObjectProblems } from '../response-invariants';

const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';
const NDJSON_TYPE = 'application/x-ndjson';
const FIELDS = [
  'email',
  'login',
  'first_name',
  'last_name',
  'password',
  'role',
  'status',
  'organization_id',
  'permissions',
  'name',
  'hosts',
  'seat_limit',
  'account_url',
];

/** The list parameters (the users list's filters, sorts and total among them) and values they may take. */
const LIST_PARAMETERS = [
  'limit',
  'after',
  'status',
  'role',
  'organization_id',
  'organization_subtree',
  'group_id',
  'created_after',
  'last_login_before',
  'sort',
  'total',
  'profile.EMP_CODE',
  'profile.nope',
];
const LIST_VALUES = [
  '1',
  '2',
  '20',
  '100',
  '101',
  '0',
  'active',
  'active,pending',
  'pending,',
  'user',
  'owner,user',
  'true',
  '-email',
  'last_login',
  '2026-12-04',
  '2026-12-04T10:00:00+01:00',
  '2026-02-30',
];

const organization = fc.constantFrom('1', '2', '3', '4', '999', '0', '-1', '1.5', '"2"', 'null');
const permissions = fc.constantFrom('[]', '["user:read"]', '["user:manage","site:manage"]', '["root"]', '"user:read"', 'null');
/** Plausible bodies per route family, so the fuzz gets past validation and into the services. */
const plausible = {
  user: plausibleObject({
    email: jsonText(emailAddress()),
    first_name: jsonText(personName()),
    role: jsonText(fc.constantFrom(...ROLE_NAMES)),
    status: jsonText(fc.constantFrom('active', 'inactive', 'pending', 'deleted')),
    organization_id: organization,
    permissions,
  }),
  key: plausibleObject(
    { name: jsonText(personName()), role: jsonText(fc.constantFrom(...ROLE_NAMES)), organization_id: organization, permissions },
    ['name', 'role'],
  ),
  tenant: plausibleObject({
    name: jsonText(personName()),
    hosts: fc.constantFrom('[]', '["fuzz.example.com"]', '["acme.example.com"]', '["bad host"]', '"x"'),
    seat_limit: fc.constantFrom('0', '5', 'null', '-1', '"3"'),
    account_url: fc.constantFrom('"https://fuzz.example.com"', '"ftp://x"', 'null', '""'),
  }),
};

/** Every line of an NDJSON answer (the audit export) is a JSON object. */
function ndjsonProblems(response: RosterResponse): string[] {
  const lines = bodyText(response)
    .split('\n')
    .filter((line) => line !== '');
  return lines.every((line) => jsonObjectProblems({ ...response, body: line }, NDJSON_TYPE).problems.length === 0)
    ? []
    : ['an NDJSON line that is not a JSON object'];
}

/** Every answer: `X-Request-Id`; failures problem+json with a code and the status; successes JSON, NDJSON (the audit export) or empty (204). */
function wellFormed(response: RosterResponse): string[] {
  const problems: string[] = [];
  if (!response.headers['X-Request-Id']) problems.push('an answer without X-Request-Id');
  if (response.status === 204) return response.body.length === 0 ? problems : [...problems, '204 with a body'];
  if (response.status === 200 && response.headers['Content-Type'] === NDJSON_TYPE) return [...problems, ...ndjsonProblems(response)];
  const { problems: shape, value } = jsonObjectProblems(response, response.status >= 400 ? PROBLEM_TYPE : JSON_TYPE);
  problems.push(...shape);
  if (value === null || response.status < 400) return problems;
  if (value.status !== response.status || typeof value.code !== 'string' || typeof value.title !== 'string')
    problems.push('a problem without its status, code or title');
  if (response.status === 405 && !response.headers.Allow) problems.push('405 without Allow');
  return problems;
}

const family = (path: string): keyof typeof plausible => (path.includes('/keys') ? 'key' : path.includes('/tenants') ? 'tenant' : 'user');

/** admin: tenant keys of every role and the operator token, JSON bodies (an import without CSV or NDJSON is 415), list queries, If-Match. */
export const adminFuzzTarget: DialectFuzzTarget = {
  dialect: 'admin',
  idKind: 'public',
  rules: {
    statuses: [200, 201, 202, 204, 400, 401, 403, 404, 405, 409, 412, 413, 415],
    secrets: [...FUZZ_SECRETS, CONFORMANCE_OPERATOR_TOKEN],
    wellFormed,
  },
  request(route: RouteDescriptor, context: FuzzContext) {
    const operator = fc.constant({ authorization: `Bearer ${CONFORMANCE_OPERATOR_TOKEN}` });
    const auth = route.path.includes('/tenants')
      ? fc.oneof({ weight: 3, arbitrary: operator }, { weight: 1, arbitrary: bearerHeaders() })
      : bearerHeaders();
    const ifMatch = fc.option(fc.constantFrom('"1"', '"2"', '*', 'W/"1"', '"x"', '"1", "2"', ''), { nil: undefined });
    return composeRequest({
      method: methodFor(route, context.routes),
      path: routePath(route.path, pathSegment(context.userIds, context.victimIds)),
      headers: fc
        .tuple(auth, hostileHeaders(['content-type', 'accept', 'x-request-id', 'if-match']), ifMatch)
        .map(([credential, extra, tag]) => mergeHeaders(mergeHeaders(extra, credential), tag === undefined ? {} : { 'if-match': tag })),
      body: hostileBody({ fields: FIELDS, plausible: plausible[family(route.path)] }),
      query: hostileQuery(LIST_PARAMETERS, LIST_VALUES),
    });
  },
};

import fc from 'fast-check';
import type { RosterResponse, RouteDescriptor } from '@roster/core/http';
import { fixture } from '../../conformance/conformance-fixture';
import { clientAddress, composeRequest, mergeHeaders, methodFor, type DialectFuzzTarget, type FuzzContext } from '../fuzz-target';
import { emailAddress, FUZZ_SECRETS, personName, ROLE_NAMES } from '../fuzz-values';
import { hostileBody } from '../hostile-body';
import { hostileHeaderValue } from '../hostile-headers';
import { pathSegment, routePath } from '../hostile-paths';
import { hostileXml } from '../hostile-xml';
import { bodyText } from '../response-invariants';

const TEXT_TYPE = 'text/plain; charset=utf-8';
const XML_TYPE = 'application/xml; charset=utf-8';

/** The exact texts of docs/dialects/ispring.md; any other plain-text answer is a leak or a typo. */
const TEXTS = new Set([
  'Bad Request',
  'Unauthorized',
  'Permission Denied',
  'Number of user accounts is exceeded',
  'Unknown User',
  'Unknown user',
  'User with the same email is already registered.',
  'User with the same login is already registered.',
  'Too Many Requests',
  'Conflict',
  'Method Not Allowed',
]);
const NOT_UNIQUE = /^Invalid value [\s\S]*\. Field (?:email|login|EMP_CODE) must be unique\.$/;

/** Acting users: those who may use the API (so the routes run), others, and failing credentials. */
function authHeaders(): fc.Arbitrary<Record<string, string>> {
  const acme = fixture.acme;
  const actor = (user: { email: string; login: string; password: string }, accountUrl: string = acme.accountUrl) => ({
    'x-auth-account-url': accountUrl,
    'x-auth-email': user.email,
    'x-auth-password': user.password,
  });
  const good = fc.constantFrom(
    actor(acme.users.owner),
    actor(acme.users.admin),
    { ...actor(acme.users.admin), 'x-auth-email': acme.users.admin.login.toUpperCase() },
    actor(acme.users.salesAdmin),
    actor(acme.users.publisher),
    actor(acme.users.eastUser),
    actor(fixture.tiny.users.admin, fixture.tiny.accountUrl),
    { ...actor(fixture.globex.users.boss, fixture.globex.accountUrl), 'x-auth-email': fixture.globex.users.boss.login },
  );
  // Wrong passwords only for the inactive user and unknown logins, so the throttle never locks the good actors out.
  const bad = fc.record(
    {
      'x-auth-account-url': fc.oneof(
        fc.constantFrom(acme.accountUrl, 'HTTP://ACME.EXAMPLE.COM/', 'acme', 'file:///etc/passwd', ''),
        hostileHeaderValue(),
      ),
      'x-auth-email': fc.oneof(
        fc.constant(acme.users.inactive.email),
        emailAddress().filter((email) => email.startsWith('fuzz')),
        hostileHeaderValue(),
      ),
      'x-auth-password': fc.oneof(fc.constant(acme.users.inactive.password), hostileHeaderValue()),
    },
    { requiredKeys: [] },
  );
  return fc.oneof({ weight: 6, arbitrary: good }, { weight: 1, arbitrary: bad });
}

/** Plausible values per header, so creates and updates really happen; hostile ones otherwise. */
const GOOD: Readonly<Record<string, fc.Arbitrary<string>>> = {
  'x-email': emailAddress(),
  'x-login': fc.oneof(
    fc.nat({ max: 100_000 }).map((n) => `fuzz${n}`),
    fc.constantFrom('admin', 'boss', 'ADMIN'),
  ),
  'x-password': fc.constantFrom('long enough password', 'short', ''),
  'x-organization-id': fc.constantFrom('1', '2', '3', '4', '5', '0', '999999999999999'),
  'x-send-login-email': fc.constantFrom('0', '1', '2', 'yes'),
  'x-invitation-message': personName(),
  'x-role': fc.constantFrom(...ROLE_NAMES),
  'x-groups': fc.constantFrom('10', '10,11', '11, 12', '13,99', '', ',', '1,,2'),
  'x-group-id': fc.constantFrom('10', '12', '99', '-1'),
  'x-page': fc.constantFrom('1', '2', '0', '999999999', '1000000000'),
  'x-fields-xml': hostileXml(fc.oneof(emailAddress(), personName(), fc.constantFrom('admin', 'long enough password'))),
};

/** A `<fields>` document the update accepts (text escaped), so updates get past parsing and really write. */
const goodFieldsXml = fc
  .record(
    {
      first_name: personName(),
      last_name: personName(),
      email: emailAddress(),
      login: fc.nat({ max: 100_000 }).map((n) => `fuzz${n}`),
      password: fc.constant('long enough password'),
      // The acme tenant's profile fields (conformance.bootstrap.json), good values and bad ones.
      phone: fc.constantFrom('123-31-23', '+1 (555) 010', 'call me', ''),
      country_id: fc.constantFrom('1', '007', 'US', '0'),
      birthdate: fc.constantFrom('1990-02-28', '1990-02-30', ''),
      city: personName(),
      EMP_CODE: fc.constantFrom('E-1', 'e-1', 'E-2', ''),
      USER_FIELD_xPH1D: fc.constantFrom('Sales', 'Forschung & Entwicklung', 'Marketing'),
      CLEARANCE: fc.constantFrom('Level 1', ' '),
    },
    { requiredKeys: [] },
  )
  .map((fields) => {
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return `<fields>${Object.entries(fields)
      .map(([name, text]) => `<${name}>${escape(text)}</${name}>`)
      .join('')}</fields>`;
  });

/** What each route needs to get past its first check: present in most cases, good in most of those. */
const REQUIRED: Readonly<Record<string, Readonly<Record<string, fc.Arbitrary<string>>>>> = {
  createUser: {
    'x-email': emailAddress(),
    // Optional on create: names and profile values, or a hostile document.
    'x-fields-xml': fc.oneof({ weight: 3, arbitrary: goodFieldsXml }, { weight: 1, arbitrary: GOOD['x-fields-xml']! }),
  },
  updateUser: { 'x-fields-xml': fc.oneof({ weight: 3, arbitrary: goodFieldsXml }, { weight: 1, arbitrary: GOOD['x-fields-xml']! }) },
};

function routeHeaders(routeName: string): fc.Arbitrary<Record<string, string>> {
  const entry = fc
    .constantFrom(...Object.keys(GOOD))
    .chain((name) =>
      fc
        .oneof({ weight: 3, arbitrary: GOOD[name]! }, { weight: 1, arbitrary: hostileHeaderValue() })
        .map((value) => [name, value] as const),
    );
  const required = Object.entries(REQUIRED[routeName] ?? {}).map(([name, value]) =>
    fc.option(value, { nil: undefined, freq: 8 }).map((text): Record<string, string> => (text === undefined ? {} : { [name]: text })),
  );
  return fc
    .tuple(fc.array(entry, { maxLength: 5 }), fc.tuple(...required))
    .map(([entries, needed]) => mergeHeaders(...entries.map(([name, value]) => ({ [name]: value })), ...needed));
}

/** Plain text with the exact wording on failures, XML for reads, the id as text on create. */
function wellFormed(response: RosterResponse): string[] {
  const text = bodyText(response);
  const type = response.headers['Content-Type'];
  const problems: string[] = [];
  if (response.status >= 400) {
    if (type !== TEXT_TYPE) problems.push(`a failure as ${String(type)}`);
    if (!TEXTS.has(text) && !NOT_UNIQUE.test(text))
      problems.push(`a failure text the spec does not have: ${JSON.stringify(text.slice(0, 80))}`);
    if (response.status === 429 && !response.headers['Retry-After']) problems.push('429 without Retry-After');
    if (response.status === 405 && !response.headers['Allow']) problems.push('405 without Allow');
  } else if (response.status === 201 && (type !== TEXT_TYPE || !/^[1-9]\d*$/.test(text))) problems.push('201 without the new id as text');
  else if (response.status === 204 && text !== '') problems.push('204 with a body');
  else if (response.status === 200 && text !== '' && (type !== XML_TYPE || !text.startsWith('<?xml')))
    problems.push('200 with a body that is not XML');
  return problems;
}

/** ispring: everything in headers (bodies are ignored but sent anyway), XML in `X-Fields-Xml`. */
export const ispringFuzzTarget: DialectFuzzTarget = {
  dialect: 'ispring',
  idKind: 'integer',
  rules: { statuses: [200, 201, 204, 400, 401, 403, 404, 405, 409, 413, 429], secrets: FUZZ_SECRETS, wellFormed },
  request(route: RouteDescriptor, context: FuzzContext) {
    return composeRequest({
      method: methodFor(route, context.routes),
      path: routePath(route.path, pathSegment(context.userIds, context.victimIds)),
      headers: fc.tuple(authHeaders(), routeHeaders(route.name)).map(([auth, extra]) => mergeHeaders(extra, auth)),
      body: fc.oneof(
        { weight: 5, arbitrary: fc.constant({ body: Buffer.alloc(0), bodyTooLarge: false }) },
        { weight: 1, arbitrary: hostileBody({ fields: ['email'] }) },
      ),
      clientAddress: clientAddress(),
    });
  },
};

import { fixture } from '@roster/testing';

/** What the wire tests send to each dialect, and the exact answers spec/ and common.md give. */
export interface WireDialect {
  readonly name: string;
  /** An authenticated write route: method, path and headers (credentials included). */
  readonly write: { readonly method: string; readonly path: string; readonly headers: Readonly<Record<string, string>> };
  readonly contentType: string;
  /** docs/dialects/common.md "Limits that protect the host". */
  readonly tooLarge: string;
  /** The answer to a body that is not valid UTF-8 (ispring ignores bodies: null). */
  readonly invalidBody: { readonly status: number; readonly text: RegExp } | null;
  /** A credential header with invalid UTF-8 bytes (written as latin1: `\xff` is the byte 0xFF). */
  readonly badCredentials: Readonly<Record<string, string>>;
  readonly badCredentialsAnswer: { readonly status: number; readonly text: string };
  /** A path whose id is `%00`, and the dialect's 404 for it (null: the dialect has no id paths). */
  readonly nulId: { readonly path: string; readonly text: string } | null;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });
const admin = fixture.acme.users.admin;
const ispringAuth = {
  'X-Auth-Account-Url': fixture.acme.accountUrl,
  'X-Auth-Email': admin.email,
  'X-Auth-Password': admin.password,
};

export const WIRE_DIALECTS: readonly WireDialect[] = [
  {
    name: 'courselit',
    write: { method: 'POST', path: '/api/user', headers: { domain: 'acme' } },
    contentType: JSON_TYPE,
    tooLarge: '{"message":"Bad request"}',
    invalidBody: { status: 400, text: /^\{"message":"Bad request"\}$/ },
    badCredentials: { domain: 'acme\xff\xfe' },
    badCredentialsAnswer: { status: 404, text: '{"message":"Domain not found"}' },
    nulId: null,
  },
  {
    name: 'ispring',
    write: { method: 'POST', path: '/user', headers: { ...ispringAuth, 'X-Email': 'wire.user@example.com' } },
    contentType: TEXT_TYPE,
    tooLarge: 'Bad Request',
    invalidBody: null,
    badCredentials: { ...ispringAuth, 'X-Auth-Email': `${admin.email}\xff` },
    badCredentialsAnswer: { status: 401, text: 'Unauthorized' },
    nulId: { path: '/user/%00', text: 'Unknown User' },
  },
  {
    name: 'objective',
    write: { method: 'POST', path: '/api/users', headers: bearer(fixture.acme.keys.admin) },
    contentType: JSON_TYPE,
    tooLarge: '{"message":"Payload too large"}',
    invalidBody: {
      status: 422,
      text: /^\{"message":"The given data was invalid\.","errors":\{"email":\["The email field is required\."\]\}\}$/,
    },
    badCredentials: bearer(`${fixture.acme.keys.admin}\xff\xfe`),
    badCredentialsAnswer: { status: 403, text: '{}' },
    nulId: { path: '/api/users/%00', text: '{"error":"User not found"}' },
  },
  {
    name: 'rest-v1',
    write: { method: 'POST', path: '/api/v1/users', headers: bearer(fixture.acme.keys.admin) },
    contentType: JSON_TYPE,
    tooLarge: '{"success":false,"message":"Payload too large"}',
    invalidBody: { status: 400, text: /^\{"success":false,"message":"Invalid parameters","errors":\{"body":\[".+"\]\}\}$/ },
    badCredentials: bearer(`${fixture.acme.keys.admin}\xff\xfe`),
    badCredentialsAnswer: { status: 401, text: '{"success":false,"message":"Authentication required"}' },
    nulId: { path: '/api/v1/users/%00', text: '{"success":false,"message":"User does not exist"}' },
  },
];

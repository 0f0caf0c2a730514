import type { WireRequest } from '@roster/testing';
import { fixture } from '@roster/testing';

/** Groups every user created through ispring asks for: each must exist with the user, or neither. */
export const REQUESTED_GROUPS = [10, 11] as const;

/** One dialect under load: a create, a read or update of a bootstrap user, and its answer while the store is down. */
export interface OutageDialect {
  readonly name: string;
  create(email: string): WireRequest;
  /** `existingId`: a bootstrap user's integer id; `publicId`: its `usr_` id. */
  other(existing: { readonly id: number; readonly publicId: string; readonly email: string }): WireRequest;
  /** Exact status, Content-Type and body while the database is unreachable (each dialect's error table). */
  readonly down: { readonly status: number; readonly type: string; readonly text: string };
}

const JSON_TYPE = 'application/json; charset=utf-8';
const key = fixture.acme.keys.admin;
const bearer = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
const ispringAuth = {
  'X-Auth-Account-Url': fixture.acme.accountUrl,
  'X-Auth-Email': fixture.acme.users.admin.email,
  'X-Auth-Password': fixture.acme.users.admin.password,
};

export const OUTAGE_DIALECTS: readonly OutageDialect[] = [
  {
    name: 'courselit',
    create: (email) => ({ method: 'POST', path: '/api/user', headers: { domain: 'acme' }, body: JSON.stringify({ apikey: key, email }) }),
    other: ({ email }) => ({
      method: 'PATCH',
      path: '/api/user',
      headers: { domain: 'acme' },
      body: JSON.stringify({ apikey: key, email, name: 'Under Load' }),
    }),
    down: { status: 500, type: JSON_TYPE, text: '{"error":"An internal error occurred. Please try again."}' },
  },
  {
    name: 'ispring',
    create: (email) => ({
      method: 'POST',
      path: '/user',
      headers: { ...ispringAuth, 'X-Email': email, 'X-Groups': REQUESTED_GROUPS.join(','), 'X-Send-Login-Email': '0' },
    }),
    other: ({ id }) => ({ method: 'GET', path: `/user/${id}`, headers: ispringAuth }),
    down: { status: 503, type: 'text/plain; charset=utf-8', text: 'Service Unavailable' },
  },
  {
    name: 'objective',
    create: (email) => ({ method: 'POST', path: '/api/users', headers: bearer, body: JSON.stringify({ email }) }),
    other: ({ id }) => ({ method: 'GET', path: `/api/users/${id}`, headers: bearer }),
    down: { status: 503, type: JSON_TYPE, text: '{"message":"Service Unavailable"}' },
  },
  {
    name: 'rest-v1',
    create: (email) => ({ method: 'POST', path: '/api/v1/users', headers: bearer, body: JSON.stringify({ email, name: 'Load User' }) }),
    other: ({ publicId }) => ({ method: 'GET', path: `/api/v1/users/${publicId}`, headers: bearer }),
    down: { status: 503, type: JSON_TYPE, text: '{"success":false,"message":"Service unavailable"}' },
  },
];

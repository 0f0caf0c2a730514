import { expect } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { sendRequest, type WireResponse } from './http-client';

/** Helpers shared by the admin conformance files (docs/dialects/admin.md). */

export const ADMIN_JSON = 'application/json; charset=utf-8';
export const PROBLEM_JSON = 'application/problem+json; charset=utf-8';
export const BASE = '/roster/v1';
/** The operator token the admin suite starts its host with (ConformanceHostOptions.operatorToken). */
export const CONFORMANCE_OPERATOR_TOKEN = 'conformance-operator-token-0123456789';

export const adminKeys = { ...fixture.acme.keys, globex: fixture.globex.keys.admin, tiny: fixture.tiny.keys.admin };

export interface AdminAnswer extends WireResponse {
  /** The parsed body (undefined when empty). */
  readonly json: any;
}

export interface AdminRequest {
  /** Sent as `Authorization: Bearer <token>`; null: none. Default: the acme admin key. */
  readonly token?: string | null;
  readonly body?: unknown;
  /** Sent as is, instead of `body`. */
  readonly raw?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export type AdminSend = (method: string, path: string, request?: AdminRequest) => Promise<AdminAnswer>;

export function adminClient(baseUrl: () => string): AdminSend {
  return async (method, path, request = {}) => {
    const token = request.token === undefined ? adminKeys.admin : request.token;
    const body = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    const headers: Record<string, string> = {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      ...(body === undefined || request.raw !== undefined ? {} : { 'Content-Type': 'application/json' }),
      ...request.headers,
    };
    const answer = await sendRequest(baseUrl(), { method, path, headers, ...(body === undefined ? {} : { body }) });
    return { ...answer, json: answer.text === '' ? undefined : JSON.parse(answer.text) };
  };
}

/**
 * Checks an RFC 9457 answer: status, media type, and exactly `type`, `title`, `status`, `detail`,
 * `code` (and `errors` for a validation problem), with the `X-Request-Id` every answer carries.
 */
export function expectProblem(answer: AdminAnswer, status: number, code: string, title: string): void {
  expect([answer.status, answer.headers['content-type']]).toEqual([status, PROBLEM_JSON]);
  expect(answer.json).toMatchObject({ type: `urn:roster:problem:${code.toLowerCase().replace(/_/g, '-')}`, title, status, code });
  expect(typeof answer.json.detail).toBe('string');
  const keys = Object.keys(answer.json).sort();
  expect(keys).toEqual(
    code === 'VALIDATION_FAILED' ? ['code', 'detail', 'errors', 'status', 'title', 'type'] : ['code', 'detail', 'status', 'title', 'type'],
  );
  expect(answer.headers['x-request-id']).toEqual(expect.any(String));
}

/** A user as the admin API answers it, field by field. */
export const USER_KEYS = [
  'created_at',
  'email',
  'first_name',
  'id',
  'last_login_at',
  'last_name',
  'login',
  'name',
  'organization_id',
  'permissions',
  'role',
  'status',
  'updated_at',
  'version',
];
export const KEY_KEYS = ['created_at', 'expires_at', 'id', 'last_used_at', 'name', 'organization_id', 'permissions', 'prefix', 'role'];
export const TENANT_KEYS = [
  'account_url',
  'audit_retention_days',
  'deleted_user_retention_days',
  'hosts',
  'id',
  'identify_by',
  'name',
  'require_if_match',
  'root_organization_id',
  'seat_limit',
];

import { createHash } from 'node:crypto';
import { afterAll, beforeAll, expect } from '@jest/globals';
import { HOST_START_TIMEOUT_MS, type ConformanceHost, type ConformanceHostOptions, type StartConformanceHost } from './conformance-host';
import { sendRequest, type WireResponse } from './http-client';

/** Helpers of the courselit conformance files (docs/dialects/courselit.md). */

export const JSON_TYPE = 'application/json; charset=utf-8';

export const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

export type CourselitSend = (method: string, body?: unknown, headers?: Readonly<Record<string, string>>) => Promise<WireResponse>;

/**
 * Starts a host for the enclosing describe block (beforeAll/afterAll) and returns a sender for
 * `/api/user`: an object body is JSON-encoded, a string goes as is; headers default to
 * `domain: acme` (pass `{}` for none).
 */
export function useCourselitHost(startHost: StartConformanceHost, options?: ConformanceHostOptions): CourselitSend {
  let host: ConformanceHost | undefined;
  // A SQL host creates its database and migrates it first: seconds on a busy machine.
  beforeAll(async () => {
    host = await startHost(options);
  }, HOST_START_TIMEOUT_MS);
  afterAll(async () => {
    await host?.close();
  });
  return (method, body, headers = { domain: 'acme' }) => {
    if (host === undefined) throw new TypeError('conformance host not started');
    const wire = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    return sendRequest(host.baseUrl, { method, path: '/api/user', headers, ...(wire === undefined ? {} : { body: wire }) });
  };
}

/** Exact status, exact body bytes, and the JSON content type. */
export function expectJson(answer: WireResponse, status: number, body: string): void {
  expect({ status: answer.status, body: answer.text, type: answer.headers['content-type'] }).toEqual({
    status,
    body,
    type: JSON_TYPE,
  });
}

export const BAD_REQUEST = '{"message":"Bad request"}';
export const DOMAIN_NOT_FOUND = '{"message":"Domain not found"}';
export const UNAUTHORIZED = '{"message":"Unauthorized"}';
export const INVALID_EMAIL = '{"message":"Invalid email format"}';
export const INVALID_PERMISSION = '{"message":"Invalid permission"}';
export const FORBIDDEN = '{"message":"Forbidden"}';
export const USER_EXISTS = '{"error":"The user already exists"}';
export const USER_LIMIT = '{"error":"User limit reached"}';
export const USER_NOT_FOUND = '{"error":"User not found"}';
export const ok = (email: string): string => JSON.stringify({ email: md5(email) });

/** The 11 permissions of the CourseLit page. */
export const PAGE_PERMISSIONS = [
  'course:manage',
  'course:manage_any',
  'course:publish',
  'course:enroll',
  'media:manage',
  'site:manage',
  'setting:manage',
  'user:manage',
  'community:post',
  'community:comment',
  'community:manage',
] as const;

import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { sendRequest, type WireResponse } from './http-client';
import { useConformanceHost } from './use-conformance-host';

/** Helpers shared by the rest-v1 conformance files: requests with a Bearer key, expected bodies. */

export const REST_V1_JSON = 'application/json; charset=utf-8';
export const USERS = '/api/v1/users';

export const restKeys = { ...fixture.acme.keys, globex: fixture.globex.keys.admin, tiny: fixture.tiny.keys.admin };

export interface RestAnswer extends WireResponse {
  /** The parsed body (undefined when empty). */
  readonly json: any;
}

export interface RestRequest {
  /** API key sent as `Authorization: Bearer <key>`; null sends no Authorization header. Default: acme admin. */
  readonly key?: string | null;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is, instead of `body`. */
  readonly raw?: string | Buffer;
  readonly headers?: Readonly<Record<string, string>>;
}

export type RestSend = (method: string, path: string, request?: RestRequest) => Promise<RestAnswer>;

export function restClient(baseUrl: () => string): RestSend {
  return async (method, path, request = {}) => {
    const key = request.key === undefined ? restKeys.admin : request.key;
    const body = request.raw ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
    const headers: Record<string, string> = {
      ...(key === null ? {} : { Authorization: `Bearer ${key}` }),
      ...(body === undefined || request.raw !== undefined ? {} : { 'Content-Type': 'application/json' }),
      ...request.headers,
    };
    const answer = await sendRequest(baseUrl(), { method, path, headers, ...(body === undefined ? {} : { body }) });
    return { ...answer, json: answer.text === '' ? undefined : JSON.parse(answer.text) };
  };
}

/** Starts a host for the enclosing describe block (closed after it) and returns a client for it. */
export function useRestHost(startHost: StartConformanceHost): RestSend {
  return restClient(useConformanceHost(startHost));
}

export const failureText = (message: string): string => JSON.stringify({ success: false, message });
export const invalidText = (errors: Record<string, string[]>): string =>
  JSON.stringify({ success: false, message: 'Invalid parameters', errors });

export const INSUFFICIENT = failureText('Insufficient permissions');
export const NOT_FOUND = failureText('User does not exist');
export const UNAUTHENTICATED = failureText('Authentication required');
export const EMAIL_TAKEN = failureText('Email already in use');
export const ROLE_NAMES = 'owner, administrator, organizationAdministrator, publisher, user';

/** `usr_` and a random suffix. */
export const PUBLIC_ID = /^usr_[A-Za-z0-9_-]{10,}$/;
/** UTC to the second with `Z`. */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Creates a user and returns its id (fails the test on anything but 201). */
export async function createRestUser(send: RestSend, body: Record<string, unknown>, key: string = restKeys.admin): Promise<string> {
  const answer = await send('POST', USERS, { key, body });
  if (answer.status !== 201) throw new Error(`expected 201, got ${answer.status} ${answer.text}`);
  return answer.json.data.id as string;
}

/** The id of a user of the key's tenant, found by e-mail through the list. */
export async function restIdOf(send: RestSend, email: string, key: string = restKeys.owner): Promise<string> {
  const answer = await send('GET', `${USERS}?limit=100`, { key });
  const user = (answer.json.data as { id: string; email: string }[]).find((item) => item.email === email);
  if (user === undefined) throw new Error(`no user ${email}`);
  return user.id;
}

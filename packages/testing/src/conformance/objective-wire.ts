import { expect } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { sendRequest, type WireResponse } from './http-client';
import { useConformanceHost } from './use-conformance-host';

/** Helpers of the objective conformance files (docs/dialects/objective.md). */

export const JSON_TYPE = 'application/json; charset=utf-8';
export const keys = fixture.acme.keys;

export const FORBIDDEN = '{}';
export const USER_NOT_FOUND = '{"error":"User not found"}';
export const USER_LIMIT = '{"error":"User limit reached"}';
export const BACKEND_ACCESS = '{"error":"Users with backend access cannot be modified through the API"}';
export const UPDATED = '{"message":"User updated successfully"}';
export const PAYLOAD_TOO_LARGE = '{"message":"Payload too large"}';
export const routeNotFound = (path: string): string => `{"message":"The route ${path} could not be found."}`;
export const invalid = (errors: Record<string, readonly string[]>): string =>
  JSON.stringify({ message: 'The given data was invalid.', errors });
export const INVALID_BODY = invalid({ email: ['The email field is required.'] });
export const TAKEN = invalid({ email: ['The email has already been taken.'] });

export interface SendOptions {
  /** The Bearer key (default the acme administrator's); null: no Authorization header. */
  readonly key?: string | null;
  /** An object is JSON-encoded; a string goes as is. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ObjectiveClient {
  send(method: string, path: string, options?: SendOptions): Promise<WireResponse>;
  /** POST /api/users expecting 201; the new id. */
  create(body: Record<string, unknown>, key?: string): Promise<number>;
  /** GET /api/users/{id} with the owner key, parsed. */
  read(id: number, key?: string): Promise<Record<string, unknown>>;
  /**
   * The id of a user of the key's tenant, found by reading ids 1, 2, … (the API has no lookup
   * by e-mail; ids are small positive integers in a fresh host).
   */
  idOf(email: string, key?: string): Promise<number>;
}

/** Starts a host for the enclosing describe block (beforeAll/afterAll) and returns a client for it. */
export function useObjectiveHost(startHost: StartConformanceHost): ObjectiveClient {
  return objectiveClient(useConformanceHost(startHost));
}

/** A client for the host at `baseUrl()`. */
export function objectiveClient(baseUrl: () => string): ObjectiveClient {
  const send = (method: string, path: string, options: SendOptions = {}): Promise<WireResponse> => {
    const key = options.key === undefined ? keys.admin : options.key;
    const headers: Record<string, string> = key === null ? {} : { Authorization: `Bearer ${key}` };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    Object.assign(headers, options.headers);
    const { body } = options;
    const wire = body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) };
    return sendRequest(baseUrl(), { method, path, headers, ...wire });
  };
  const create = async (body: Record<string, unknown>, key: string = keys.admin): Promise<number> => {
    const answer = await send('POST', '/api/users', { key, body });
    expect({ status: answer.status, body: answer.text }).toEqual({
      status: 201,
      body: expect.stringMatching(/^\{"message":"User created successfully","user_id":[1-9]\d*\}$/),
    });
    return (JSON.parse(answer.text) as { user_id: number }).user_id;
  };
  const read = async (id: number, key: string = keys.owner): Promise<Record<string, unknown>> => {
    const answer = await send('GET', `/api/users/${id}`, { key });
    expect(answer.status).toBe(200);
    return JSON.parse(answer.text) as Record<string, unknown>;
  };
  const idOf = async (email: string, key: string = keys.owner): Promise<number> => {
    for (let id = 1; id <= 200; id++) {
      const answer = await send('GET', `/api/users/${id}`, { key });
      if (answer.status === 200 && (JSON.parse(answer.text) as { email: unknown }).email === email) return id;
    }
    throw new TypeError(`no user ${email} among ids 1–200`);
  };
  return { send, create, read, idOf };
}

/** Exact status, exact body bytes, and the JSON content type. */
export function expectJson(answer: WireResponse, status: number, body: string): void {
  expect({ status: answer.status, body: answer.text, type: answer.headers['content-type'] }).toEqual({
    status,
    body,
    type: JSON_TYPE,
  });
}

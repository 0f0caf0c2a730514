import { expect } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { sendRequest, type WireResponse } from './http-client';

export const SCIM_BASE = '/scim/v2';
export const SCIM_JSON = 'application/scim+json; charset=utf-8';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ScimAnswer extends WireResponse {
  /** The body parsed (`{}` for an empty one). */
  readonly json: Record<string, unknown>;
}

export interface ScimSendOptions {
  /** Default: acme's administrator key; null: no Authorization header. */
  readonly key?: string | null;
  readonly body?: unknown;
  readonly raw?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export type ScimSend = (method: string, path: string, options?: ScimSendOptions) => Promise<ScimAnswer>;

/** A sender for the host at `baseUrl()`: paths below /scim/v2, the body as SCIM JSON. */
export function scimSender(baseUrl: () => string): ScimSend {
  return async (method, path, options = {}) => {
    const key = options.key === undefined ? fixture.acme.keys.admin : options.key;
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const headers: Record<string, string> = {
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      ...(body === undefined ? {} : { 'content-type': 'application/scim+json' }),
      ...options.headers,
    };
    const answer = await sendRequest(baseUrl(), { method, path: `${SCIM_BASE}${path}`, headers, ...(body === undefined ? {} : { body }) });
    const json = answer.text === '' ? {} : (JSON.parse(answer.text) as Record<string, unknown>);
    return { ...answer, json };
  };
}

/** An RFC 7644 §3.12 error answer: the status, the SCIM media type, `status` as a string, the scimType. */
export function expectScimError(answer: ScimAnswer, status: number, scimType?: string): void {
  expect([answer.status, answer.headers['content-type']]).toEqual([status, SCIM_JSON]);
  expect(answer.json).toEqual({
    schemas: [ERROR_SCHEMA],
    status: String(status),
    ...(scimType === undefined ? {} : { scimType }),
    detail: expect.any(String),
  });
}

export const patch = (...operations: unknown[]) => ({ schemas: [PATCH_SCHEMA], Operations: operations });

export const filterPath = (filter: string): string => `/Users?filter=${encodeURIComponent(filter)}`;

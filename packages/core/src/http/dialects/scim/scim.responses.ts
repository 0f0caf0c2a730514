import type { RosterResponse } from '../../http.types';

/** The media type of every SCIM answer (RFC 7644 §8.1). */
export const SCIM_TYPE = 'application/scim+json; charset=utf-8';
export const ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const PATCH_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const ENTERPRISE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

type Headers = Readonly<Record<string, string>>;

export function scimResponse(status: number, value: unknown, headers: Headers = {}): RosterResponse {
  return { status, headers: { 'Content-Type': SCIM_TYPE, ...headers }, body: JSON.stringify(value) };
}

/** The SCIM scimType values this dialect answers (RFC 7644 §3.12, table 9). */
export type ScimType = 'invalidFilter' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue' | 'uniqueness' | 'tooMany';

/** An RFC 7644 §3.12 error body: `schemas`, `status` as a string, `scimType` when there is one, `detail`. */
export function scimError(status: number, detail: string, scimType?: ScimType, headers: Headers = {}): RosterResponse {
  const body = { schemas: [ERROR_SCHEMA], status: String(status), ...(scimType === undefined ? {} : { scimType }), detail };
  return scimResponse(status, body, headers);
}

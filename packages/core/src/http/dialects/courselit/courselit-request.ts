import type { Actor, Tenant } from '../../../domain';
import { isValidEmail } from '../../../rules';
import type { Roster } from '../../../roster.types';
import type { RosterRequest, RosterResponse } from '../../http.types';
import { isJsonObject, own, parseJsonBody } from '../../json-body';
import { checkFields, type CourselitFields } from './courselit-fields.dto';
import { findCourselitTenant } from './courselit-tenant';
import type { CourselitDialectOptions } from './courselit.options';
import { BAD_REQUEST, DOMAIN_NOT_FOUND, INVALID_EMAIL, INVALID_PERMISSION } from './courselit.responses';

/** What a POST or PATCH asks for, once steps 1–9 passed. */
export interface CourselitCommand {
  readonly tenant: Tenant;
  readonly actor: Actor;
  /** Exactly as sent (the answer is its MD5); the core normalises what it stores. */
  readonly email: string;
  readonly fields: CourselitFields;
}

export type CourselitRead =
  { readonly ok: true; readonly command: CourselitCommand } | { readonly ok: false; readonly response: RosterResponse };

const fail = (response: RosterResponse): CourselitRead => ({ ok: false, response });

const isKey = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * Step 3: the key from the `x-api-key` header (CourseLit's current documentation and clients) or
 * the body's `apikey` (the page). Each one sent must be a non-empty string — never an object such
 * as {"$ne":null} near a key lookup, even beside a good header. Both sent: the header wins.
 */
function readApiKey(request: RosterRequest, body: Record<string, unknown>): string | null {
  const header = request.headers['x-api-key'];
  const field = own(body, 'apikey');
  if (header !== undefined && !isKey(header)) return null;
  if (field !== undefined && !isKey(field)) return null;
  return header ?? field ?? null;
}

/**
 * Steps 1–9 of docs/dialects/courselit.md, in the table's order (first failure wins). Hand-written
 * rather than one DTO: the order interleaves an async key check (step 4) with field checks
 * that answer in different words. An unknown key throws UNAUTHENTICATED (→ 401).
 */
export async function readCourselitRequest(
  roster: Roster,
  options: CourselitDialectOptions,
  request: RosterRequest,
): Promise<CourselitRead> {
  const tenant = await findCourselitTenant(roster, options, request);
  if (tenant === null) return fail(DOMAIN_NOT_FOUND);
  const parsed = parseJsonBody(request.body);
  if (!parsed.ok || !isJsonObject(parsed.value)) return fail(BAD_REQUEST);
  const body = parsed.value;
  const apikey = readApiKey(request, body);
  if (apikey === null) return fail(BAD_REQUEST);
  const actor = await roster.auth.authenticateApiKey({ secret: apikey, tenantId: tenant.id });
  const email = own(body, 'email');
  if (typeof email !== 'string' || email === '') return fail(BAD_REQUEST);
  if (!isValidEmail(email)) return fail(INVALID_EMAIL);
  const checked = checkFields(body);
  if (!checked.ok) return fail(checked.reason === 'bad_request' ? BAD_REQUEST : INVALID_PERMISSION);
  return { ok: true, command: { tenant, actor, email, fields: checked.fields } };
}

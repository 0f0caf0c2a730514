import { splitName, type Tenant, type UserView } from '../../../domain';
import { validationError } from '../../../errors';
import { isJsonObject } from '../../json-body';
import { TITLE_FIELD, userNameOf } from './scim-user.view';

/** The User attributes this dialect stores, as PUT, POST and PATCH read and write them. */
export interface ScimUserState {
  readonly userName: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly email: string | null;
  readonly active: boolean;
  readonly externalId: string | null;
  readonly title: string | null;
  readonly phone: string | null;
  /** Write-only; never read back. */
  readonly password?: string;
}

export type MutableState = { -readonly [K in keyof ScimUserState]: ScimUserState[K] };

export const EMPTY_STATE: ScimUserState = {
  userName: '',
  givenName: '',
  familyName: '',
  email: null,
  active: true,
  externalId: null,
  title: null,
  phone: null,
};

export function stateOf(user: UserView, tenant: Tenant): ScimUserState {
  return {
    userName: userNameOf(user, tenant),
    givenName: user.firstName,
    familyName: user.lastName,
    email: user.email,
    active: user.status !== 'inactive',
    externalId: user.scimExternalId ?? null,
    title: user.profile[TITLE_FIELD] ?? null,
    phone: user.phoneNumber,
  };
}

export const invalidValue = (attribute: string, message: string): never => {
  throw validationError([{ field: attribute, message }]);
};

/** A key of a JSON object, case-insensitively (SCIM attribute names are). */
export function attribute(object: Record<string, unknown>, name: string): unknown {
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

export function stringOrNull(value: unknown, name: string): string | null {
  if (value === null || value === '') return null;
  if (typeof value !== 'string') return invalidValue(name, 'must be a string');
  return value;
}

/** A boolean, or the strings `"True"`/`"False"` in any case (as Entra ID sends them). */
export function booleanOf(value: unknown, name: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return invalidValue(name, 'must be true or false');
}

/** The value of a multi-valued attribute (emails, phoneNumbers): the primary one, else the work one, else the first. */
export function chosenValue(value: unknown, name: string): string | null {
  if (value === null) return null;
  if (!Array.isArray(value)) return invalidValue(name, 'must be a list');
  const items = value.filter(isJsonObject);
  if (items.length !== value.length) return invalidValue(name, 'must be a list of objects');
  const chosen =
    items.find((item) => booleanLike(attribute(item, 'primary'))) ?? items.find((item) => attribute(item, 'type') === 'work') ?? items[0];
  return chosen === undefined ? null : stringOrNull(attribute(chosen, 'value'), `${name}.value`);
}

function booleanLike(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** `name` as givenName/familyName: the parts sent, else `formatted` split at its first space. */
export function nameParts(value: unknown): { givenName?: string; familyName?: string } {
  if (value === null) return { givenName: '', familyName: '' };
  if (!isJsonObject(value)) return invalidValue('name', 'must be an object');
  const given = attribute(value, 'givenName');
  const family = attribute(value, 'familyName');
  const formatted = attribute(value, 'formatted');
  if (given === undefined && family === undefined && typeof formatted === 'string') {
    const { firstName, lastName } = splitName(formatted);
    return { givenName: firstName, familyName: lastName };
  }
  return {
    ...(given === undefined ? {} : { givenName: stringOrNull(given, 'name.givenName') ?? '' }),
    ...(family === undefined ? {} : { familyName: stringOrNull(family, 'name.familyName') ?? '' }),
  };
}

/**
 * A whole User resource (POST, PUT) as state: attributes not sent are cleared (RFC 7644 §3.5.1),
 * except `active`, which stays as it was (true for a new user). Attributes this dialect does not
 * store are ignored (README.md).
 */
export function stateFromResource(body: Record<string, unknown>, previous: ScimUserState): ScimUserState {
  const userName = attribute(body, 'userName');
  if (typeof userName !== 'string' || userName.trim() === '') return invalidValue('userName', 'is required (a non-empty string)');
  const active = attribute(body, 'active');
  const password = attribute(body, 'password');
  const name = attribute(body, 'name');
  const parts = name === undefined ? {} : nameParts(name);
  const emails = attribute(body, 'emails');
  const phones = attribute(body, 'phoneNumbers');
  if (password !== undefined && typeof password !== 'string') invalidValue('password', 'must be a string');
  return {
    userName: userName.trim(),
    givenName: parts.givenName ?? '',
    familyName: parts.familyName ?? '',
    email: emails === undefined ? null : chosenValue(emails, 'emails'),
    active: active === undefined ? previous.active : booleanOf(active, 'active'),
    externalId: stringOrNull(attribute(body, 'externalId') ?? null, 'externalId'),
    title: stringOrNull(attribute(body, 'title') ?? null, 'title'),
    phone: phones === undefined ? null : chosenValue(phones, 'phoneNumbers'),
    ...(typeof password === 'string' ? { password } : {}),
  };
}

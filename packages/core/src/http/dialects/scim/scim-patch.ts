import { validationError } from '../../../errors';
import { isJsonObject } from '../../json-body';
import {
  attribute,
  booleanOf,
  chosenValue,
  invalidValue,
  nameParts,
  stringOrNull,
  type MutableState,
  type ScimUserState,
} from './scim-user.state';
import { PATCH_SCHEMA } from './scim.responses';

const MAX_OPERATIONS = 100;
const CORE_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';
const EXTENSION_URN = 'urn:ietf:params:scim:schemas:extension:';

/**
 * Core User attributes this dialect does not store: accepted and ignored, as identity providers
 * send them by default (`displayName` is derived from the name).
 */
const IGNORED = new Set([
  'displayname',
  'nickname',
  'profileurl',
  'usertype',
  'preferredlanguage',
  'locale',
  'timezone',
  'addresses',
  'ims',
  'photos',
  'roles',
  'entitlements',
  'x509certificates',
  'groups',
]);

type Op = 'add' | 'replace' | 'remove';

const syntax = (message: string): never => {
  throw validationError([{ field: 'body', message }]);
};
const badPath = (message: string): never => {
  throw validationError([{ field: 'path', message }]);
};
const noTarget = (message: string): never => {
  throw validationError([{ field: 'target', message }]);
};

/** `attr`, `attr.sub`, or `attr[filter]` / `attr[filter].sub`, lower-cased and without the core URN. */
interface ParsedPath {
  readonly attr: string;
  readonly filter?: { readonly attr: string; readonly value: string };
  readonly member?: string;
}

function parsePath(raw: string): ParsedPath | 'extension' {
  const lower = raw.trim().toLowerCase();
  if (lower.startsWith(EXTENSION_URN)) return 'extension';
  const path = lower.startsWith(CORE_URN) ? lower.slice(CORE_URN.length) : lower;
  const filtered = /^([a-z0-9_$-]+)\[\s*([a-z0-9_$-]+)\s+eq\s+("(?:[^"\\]|\\.)*"|true|false)\s*\](?:\.([a-z0-9_$-]+))?$/.exec(path);
  if (filtered !== null) {
    const [, attr = '', filterAttr = '', literal = '', member] = filtered;
    const value = literal.startsWith('"') ? (JSON.parse(literal) as string).toLowerCase() : literal;
    return { attr, filter: { attr: filterAttr, value }, ...(member === undefined ? {} : { member }) };
  }
  const plain = /^([a-z0-9_$-]+)(?:\.([a-z0-9_$-]+))?$/.exec(path);
  if (plain === null) return badPath('the path does not follow the RFC 7644 path grammar');
  const [, attr = '', member] = plain;
  return { attr, ...(member === undefined ? {} : { member }) };
}

/** Whether `attr[filter]` names the one stored value of emails/phoneNumbers (type work, or primary). */
function namesStoredValue(path: ParsedPath, current: string | null): boolean {
  const filter = path.filter;
  if (filter === undefined) return true;
  if (filter.attr === 'type') return filter.value === 'work';
  if (filter.attr === 'primary') return filter.value === 'true';
  if (filter.attr === 'value') return current !== null && current.toLowerCase() === filter.value;
  return badPath(`a filter on ${filter.attr} is not supported in a path`);
}

/** One multi-valued attribute (emails, phoneNumbers) through a path. */
/** What a path does to a multi-valued attribute: set its one value (null clears it), or nothing (`SKIP`). */
const SKIP = Symbol('skip');

function multiValued(path: ParsedPath, op: Op, value: unknown, current: string | null, name: string): string | null | typeof SKIP {
  const { member } = path;
  if (member !== undefined && member !== 'value')
    return member === 'type' || member === 'primary' ? SKIP : badPath(`${name}.${member} is not supported`);
  if (!namesStoredValue(path, current)) {
    // Another type (e.g. a mobile phone): not stored; removing it finds nothing.
    return op === 'remove' && path.filter?.attr === 'value' ? noTarget(`no ${name} value matches the path`) : SKIP;
  }
  if (op === 'remove') return null;
  if (path.filter !== undefined || member !== undefined) return stringOrNull(value, name);
  return Array.isArray(value) ? chosenValue(value, name) : isJsonObject(value) ? chosenValue([value], name) : stringOrNull(value, name);
}

function applyOne(state: MutableState, op: Op, rawPath: string, value: unknown): void {
  const path = parsePath(rawPath);
  if (path === 'extension') return; // the enterprise extension is not stored (README.md)
  const { attr, member } = path;
  if (IGNORED.has(attr)) return;
  if (op !== 'remove' && value === undefined) syntax(`${op} needs a value`);
  switch (attr) {
    case 'username':
      if (op === 'remove') invalidValue('userName', 'is required and cannot be removed');
      if (typeof value !== 'string' || value.trim() === '') invalidValue('userName', 'must be a non-empty string');
      state.userName = (value as string).trim();
      return;
    case 'name': {
      if (member === undefined) {
        const parts = op === 'remove' ? { givenName: '', familyName: '' } : nameParts(value);
        if (parts.givenName !== undefined) state.givenName = parts.givenName;
        if (parts.familyName !== undefined) state.familyName = parts.familyName;
        return;
      }
      const text = op === 'remove' ? '' : (stringOrNull(value, `name.${member}`) ?? '');
      if (member === 'givenname') state.givenName = text;
      else if (member === 'familyname') state.familyName = text;
      else if (member === 'formatted') Object.assign(state, nameParts({ formatted: text }));
      else if (!['middlename', 'honorificprefix', 'honorificsuffix'].includes(member))
        badPath(`name.${member} is not an attribute of name`);
      return;
    }
    case 'active':
      if (op === 'remove') invalidValue('active', 'cannot be removed');
      state.active = booleanOf(value, 'active');
      return;
    case 'externalid':
      state.externalId = op === 'remove' ? null : stringOrNull(value, 'externalId');
      return;
    case 'title':
      state.title = op === 'remove' ? null : stringOrNull(value, 'title');
      return;
    case 'password':
      if (op === 'remove' || typeof value !== 'string' || value === '') invalidValue('password', 'can only be set to a string');
      state.password = value as string;
      return;
    case 'emails': {
      const email = multiValued(path, op, value, state.email, 'emails');
      if (email !== SKIP) state.email = email;
      return;
    }
    case 'phonenumbers': {
      const phone = multiValued(path, op, value, state.phone, 'phoneNumbers');
      if (phone !== SKIP) state.phone = phone;
      return;
    }
    default:
      badPath(`${rawPath} is not an attribute of the User resource`);
  }
}

/** An operation without `path`: its value is an object of attributes (or dotted sub-attributes, as Entra ID sends). */
function applyWithoutPath(state: MutableState, op: Op, value: unknown): void {
  if (op === 'remove') noTarget('remove needs a path');
  if (!isJsonObject(value)) syntax(`${op} without a path needs an object value`);
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (lower.startsWith(EXTENSION_URN)) continue;
    applyOne(state, op, key, inner);
  }
}

/**
 * An RFC 7644 §3.5.2 PatchOp applied to a user's state, as identity providers send it: `op` in
 * any case, with or without `path`, booleans as `"True"`/`"False"`, filtered multi-valued paths
 * (`emails[type eq "work"].value`). The result is written in one update.
 */
export function appliedPatch(state: ScimUserState, body: Record<string, unknown>): ScimUserState {
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.includes(PATCH_SCHEMA)) syntax(`schemas must list ${PATCH_SCHEMA}`);
  const operations = attribute(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) syntax('Operations must be a non-empty list');
  const list = operations as unknown[];
  if (list.length > MAX_OPERATIONS) syntax(`at most ${MAX_OPERATIONS} operations`);
  const next: MutableState = { ...state };
  for (const operation of list) {
    if (!isJsonObject(operation)) return syntax('every operation must be an object');
    const opValue = attribute(operation, 'op');
    const op = typeof opValue === 'string' ? opValue.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') return syntax('op must be add, replace or remove');
    const path = attribute(operation, 'path');
    const value = attribute(operation, 'value');
    if (path === undefined || path === null || path === '') applyWithoutPath(next, op, value);
    else if (typeof path !== 'string') syntax('path must be a string');
    else applyOne(next, op, path, value);
  }
  return next;
}

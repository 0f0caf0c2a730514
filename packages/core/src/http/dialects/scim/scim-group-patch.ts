import { validationError } from '../../../errors';
import { isJsonObject } from '../../json-body';
import { attribute } from './scim-user.state';
import { PATCH_SCHEMA } from './scim.responses';

const MAX_OPERATIONS = 100;
const CORE_URN = 'urn:ietf:params:scim:schemas:core:2.0:group:';

/** What a PatchOp leaves of a group: its members (user public ids), its displayName and externalId. */
export interface ScimGroupState {
  readonly displayName: string;
  readonly externalId: string | null;
  readonly members: readonly string[];
}

const fail = (field: string, message: string): never => {
  throw validationError([{ field, message }]);
};

/** The path of a group PATCH: `members`, `members[value eq "…"]`, `displayName`, `externalId` (any case, core URN allowed). */
export type GroupPath =
  { readonly attr: 'members'; readonly value?: string } | { readonly attr: 'displayname' } | { readonly attr: 'externalid' };

export function parseGroupPath(raw: string): GroupPath {
  let text = raw.trim();
  if (text.toLowerCase().startsWith(CORE_URN)) text = text.slice(CORE_URN.length);
  if (/^displayname$/i.test(text)) return { attr: 'displayname' };
  if (/^externalid$/i.test(text)) return { attr: 'externalid' };
  if (/^members$/i.test(text)) return { attr: 'members' };
  const filtered = /^members\s*\[\s*value\s+eq\s+("(?:[^"\\]|\\.)*")\s*\]$/i.exec(text);
  if (filtered?.[1] !== undefined) return { attr: 'members', value: JSON.parse(filtered[1]) as string };
  return fail('path', `unsupported path "${raw}": members, members[value eq "<user id>"], displayName or externalId`);
}

/** The user ids of a `members` value: `[{ "value": "usr_…" }]` (one object alone is taken as a list of one). */
function memberIds(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const id = isJsonObject(item) ? attribute(item, 'value') : undefined;
    return typeof id === 'string' && id !== '' ? id : fail('members', 'every member needs a value (the user id)');
  });
}

/** An `externalId` as sent: a string, or null or absent for none; anything else is invalidValue. */
function externalIdOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : fail('externalId', 'must be a string');
}

function applyOne(
  state: { displayName: string; externalId: string | null; members: string[] },
  op: string,
  path: GroupPath,
  value: unknown,
): void {
  if (path.attr === 'externalid') {
    state.externalId = op === 'remove' ? null : externalIdOf(value);
    return;
  }
  if (path.attr === 'displayname') {
    if (op === 'remove') fail('displayName', 'is required and cannot be removed');
    if (typeof value !== 'string' || value.trim() === '') fail('displayName', 'must be a non-empty string');
    state.displayName = value as string;
    return;
  }
  if (path.value !== undefined) {
    if (op !== 'remove') fail('path', 'a members value filter is only for remove');
    if (!state.members.includes(path.value)) fail('target', 'no member matches the path');
    state.members = state.members.filter((id) => id !== path.value);
    return;
  }
  if (op === 'remove') {
    const ids = value === undefined || value === null ? null : memberIds(value);
    state.members = ids === null ? [] : state.members.filter((id) => !ids.includes(id));
    return;
  }
  if (value === undefined) fail('body', `${op} needs a value`);
  const ids = memberIds(value);
  state.members = op === 'replace' ? [...new Set(ids)] : [...new Set([...state.members, ...ids])];
}

/**
 * An RFC 7644 §3.5.2 PatchOp on a group, as Entra ID and Okta send it: `op` in any case; `add`
 * members; `remove` with `members[value eq "…"]`, with `members` and a value list (Entra ID), or
 * with `members` alone (all of them); `replace` members; `displayName` with a path or in a value
 * object without one.
 */
export function appliedGroupPatch(state: ScimGroupState, body: Record<string, unknown>): ScimGroupState {
  const schemas = attribute(body, 'schemas');
  if (!Array.isArray(schemas) || !schemas.includes(PATCH_SCHEMA)) fail('body', `schemas must list ${PATCH_SCHEMA}`);
  const operations = attribute(body, 'Operations');
  if (!Array.isArray(operations) || operations.length === 0) fail('body', 'Operations must be a non-empty list');
  const list = operations as unknown[];
  if (list.length > MAX_OPERATIONS) fail('body', `at most ${MAX_OPERATIONS} operations`);
  const next = { displayName: state.displayName, externalId: state.externalId, members: [...state.members] };
  for (const operation of list) {
    if (!isJsonObject(operation)) return fail('body', 'every operation must be an object');
    const opValue = attribute(operation, 'op');
    const op = typeof opValue === 'string' ? opValue.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') return fail('body', 'op must be add, replace or remove');
    const path = attribute(operation, 'path');
    const value = attribute(operation, 'value');
    if (path === undefined || path === null || path === '') {
      if (op === 'remove') fail('target', 'remove needs a path');
      if (!isJsonObject(value)) fail('body', `${op} without a path needs an object value`);
      for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
        // Okta's rename sends the group's own id beside displayName: it names the resource, it changes nothing.
        if (!/^id$/i.test(key)) applyOne(next, op, parseGroupPath(key), inner);
      }
    } else if (typeof path !== 'string') fail('body', 'path must be a string');
    else applyOne(next, op, parseGroupPath(path), value);
  }
  return next;
}

/**
 * What a POST or PUT of a Group sends: `displayName` (required), `externalId` (null when not
 * sent: a PUT replaces it) and, when sent, the members' user ids.
 */
export interface ScimGroupResource {
  readonly displayName: string;
  readonly externalId: string | null;
  readonly members?: readonly string[];
}

/** The Group resource of a POST or PUT body; `id` is accepted and ignored. */
export function groupResource(body: Record<string, unknown>): ScimGroupResource {
  const displayName = attribute(body, 'displayName');
  if (typeof displayName !== 'string' || displayName.trim() === '') return fail('displayName', 'is required (a non-empty string)');
  const externalId = externalIdOf(attribute(body, 'externalId'));
  const members = attribute(body, 'members');
  if (members === undefined || members === null) return { displayName, externalId };
  if (!Array.isArray(members)) return fail('members', 'must be a list');
  return { displayName, externalId, members: [...new Set(memberIds(members))] };
}

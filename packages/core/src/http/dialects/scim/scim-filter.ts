import { parse, type Compare, type Filter } from 'scim2-parse-filter';
import { normalizeEmail, type IdentifyBy } from '../../../domain';
import { validationError } from '../../../errors';
import type { UserDateField, UserFilter, UserTextField } from '../../../ports';

const MAX_FILTER_LENGTH = 2000;
/** More comparisons than this in one filter is refused (the store query stays small). */
const MAX_COMPARISONS = 50;
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';
/** RFC 3339 date-time (RFC 7643 §2.3.5), with an offset or Z. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

const ALL: UserFilter = { and: [] };
const NONE: UserFilter = { or: [] };

const SUPPORTED =
  'supported: userName, name.givenName, name.familyName, emails (value, type, primary), externalId, id, active, title, meta.created, meta.lastModified';

const invalid = (detail: string): never => {
  throw validationError([{ field: 'filter', message: detail }]);
};

/** An attribute path, lower-cased and without the core User schema's URN (names are case-insensitive). */
function attributeOf(path: string): string {
  const lower = path.toLowerCase();
  return lower.startsWith(USER_URN) ? lower.slice(USER_URN.length) : lower;
}

/** The SCIM attributes stored as text, by lower-cased name (userName depends on the tenant). */
const TEXT_ATTRIBUTES: Readonly<Record<string, UserTextField>> = {
  emails: 'email',
  'emails.value': 'email',
  externalid: 'scimExternalId',
  id: 'publicId',
  'name.givenname': 'firstName',
  'name.familyname': 'lastName',
  title: 'jobTitle',
};

const DATE_ATTRIBUTES: Readonly<Record<string, UserDateField>> = {
  'meta.created': 'createdAt',
  'meta.lastmodified': 'updatedAt',
};

interface Counter {
  comparisons: number;
}

function counted(counter: Counter): void {
  counter.comparisons += 1;
  if (counter.comparisons > MAX_COMPARISONS) invalid('the filter is too complex');
}

function textComparison(field: UserTextField, filter: Compare, name: string): UserFilter {
  const { op, compValue } = filter;
  if (compValue === null && (op === 'eq' || op === 'ne')) {
    const present: UserFilter = { text: field, op: 'pr' };
    return op === 'eq' ? { not: present } : present;
  }
  if (typeof compValue !== 'string') return invalid(`${name} must be compared with a string`);
  const value = field === 'email' && op === 'eq' ? normalizeEmail(compValue) : compValue;
  if (op === 'ne') return { not: { text: field, op: 'eq', value } };
  return { text: field, op, value };
}

function dateComparison(field: UserDateField, filter: Compare, name: string): UserFilter {
  const { op, compValue } = filter;
  if (op === 'co' || op === 'sw' || op === 'ew') return invalid(`${name} is a dateTime: compare it with eq, ne, gt, ge, lt or le`);
  const time = typeof compValue === 'string' && DATE_TIME.test(compValue) ? Date.parse(compValue) : Number.NaN;
  if (Number.isNaN(time)) return invalid(`${name} must be compared with an RFC 3339 dateTime ("2026-01-31T12:00:00Z")`);
  const value = new Date(time);
  return op === 'ne' ? { not: { date: field, op: 'eq', value } } : { date: field, op, value };
}

function booleanOf(value: unknown, name: string): boolean {
  const lower = typeof value === 'string' ? value.toLowerCase() : value;
  if (lower === true || lower === 'true') return true;
  if (lower === false || lower === 'false') return false;
  return invalid(`${name} must be compared with true or false`);
}

/** `active` is the status: true is active or pending, false inactive. */
function activeComparison(filter: Compare): UserFilter {
  if (filter.op !== 'eq' && filter.op !== 'ne') return invalid('active is a boolean: compare it with eq or ne');
  const wanted = booleanOf(filter.compValue, 'active') === (filter.op === 'eq');
  return { statuses: wanted ? ['active', 'pending'] : ['inactive'] };
}

/** `emails.type` / `emails.primary`: the one e-mail is of type work and primary. */
function emailFlag(attribute: 'type' | 'primary', filter: Compare): UserFilter {
  if (filter.op !== 'eq' && filter.op !== 'ne') return invalid(`emails.${attribute} supports eq and ne`);
  const holds =
    attribute === 'type'
      ? typeof filter.compValue === 'string' && filter.compValue.toLowerCase() === 'work'
      : booleanOf(filter.compValue, 'emails.primary');
  const email: UserFilter = { text: 'email', op: 'pr' };
  if (holds === (filter.op === 'eq')) return email;
  return filter.op === 'eq' ? NONE : { not: email };
}

/** One `attribute op value` (or `attribute pr`) on a supported attribute. */
function comparison(filter: Compare | { op: 'pr'; attrPath: string }, identifyBy: IdentifyBy, counter: Counter): UserFilter {
  counted(counter);
  const attribute = attributeOf(filter.attrPath);
  const name = filter.attrPath;
  const text = attribute === 'username' ? (identifyBy === 'email' ? 'email' : 'login') : TEXT_ATTRIBUTES[attribute];
  const date = DATE_ATTRIBUTES[attribute];
  if (filter.op === 'pr') {
    if (text !== undefined) return { text, op: 'pr' };
    if (date !== undefined || attribute === 'active') return ALL;
    if (attribute === 'emails.type' || attribute === 'emails.primary') return { text: 'email', op: 'pr' };
    return invalid(`filtering on ${name} is not supported (${SUPPORTED})`);
  }
  if (text !== undefined) return textComparison(text, filter, name);
  if (date !== undefined) return dateComparison(date, filter, name);
  if (attribute === 'active') return activeComparison(filter);
  if (attribute === 'emails.type') return emailFlag('type', filter);
  if (attribute === 'emails.primary') return emailFlag('primary', filter);
  return invalid(`filtering on ${name} is not supported (${SUPPORTED})`);
}

/** The filter inside `emails[…]`: its attributes are the e-mail's sub-attributes. */
function emailsValueFilter(filter: Filter, identifyBy: IdentifyBy, counter: Counter): UserFilter {
  switch (filter.op) {
    case 'and':
      return { and: filter.filters.map((inner) => emailsValueFilter(inner, identifyBy, counter)) };
    case 'or':
      return { or: filter.filters.map((inner) => emailsValueFilter(inner, identifyBy, counter)) };
    case 'not':
      return { not: emailsValueFilter(filter.filter, identifyBy, counter) };
    case '[]':
      return invalid('a value filter cannot hold another one');
    default: {
      const sub = attributeOf(filter.attrPath);
      if (sub !== 'value' && sub !== 'type' && sub !== 'primary')
        return invalid(`emails[${filter.attrPath} …] is not supported (value, type, primary)`);
      return comparison({ ...filter, attrPath: `emails.${sub}` }, identifyBy, counter);
    }
  }
}

function translate(filter: Filter, identifyBy: IdentifyBy, counter: Counter): UserFilter {
  switch (filter.op) {
    case 'and':
      return { and: filter.filters.map((inner) => translate(inner, identifyBy, counter)) };
    case 'or':
      return { or: filter.filters.map((inner) => translate(inner, identifyBy, counter)) };
    case 'not':
      return { not: translate(filter.filter, identifyBy, counter) };
    case '[]':
      if (attributeOf(filter.attrPath) !== 'emails')
        return invalid(`a value filter on ${filter.attrPath} is not supported (only emails[…])`);
      return emailsValueFilter(filter.valFilter, identifyBy, counter);
    default:
      return comparison(filter, identifyBy, counter);
  }
}

/**
 * An RFC 7644 §3.4.2.2 `filter` as the store's filter tree (`UserFilter`). The grammar is parsed
 * by scim2-parse-filter (every operator, `and`/`or`/`not`, parentheses, `emails[…]`); the
 * translation is ours. An attribute Roster does not store, or a malformed filter, is refused with
 * `invalidFilter`: nothing is ever filtered in memory.
 */
export function userFilterOf(filter: string, identifyBy: IdentifyBy): UserFilter {
  if (filter.length > MAX_FILTER_LENGTH) return invalid('the filter is too long');
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    return invalid('the filter does not follow the RFC 7644 filter grammar');
  }
  return translate(ast, identifyBy, { comparisons: 0 });
}

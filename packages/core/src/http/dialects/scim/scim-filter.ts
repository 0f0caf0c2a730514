import { parse, type Filter } from 'scim2-parse-filter';
import { normalizeEmail, type IdentifyBy, type UserStatus } from '../../../domain';
import { validationError } from '../../../errors';
import type { UserMatch } from '../../../ports';

/** More conjunctions than this after expanding `and` over `or` is refused (the store query stays small). */
const MAX_CONJUNCTIONS = 20;
const MAX_FILTER_LENGTH = 2000;
const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';

const invalid = (detail: string): never => {
  throw validationError([{ field: 'filter', message: detail }]);
};

/** An attribute path, lower-cased and without the core User schema's URN (names are case-insensitive). */
function attributeOf(path: string): string {
  const lower = path.toLowerCase();
  return lower.startsWith(USER_URN) ? lower.slice(USER_URN.length) : lower;
}

function text(value: unknown, attribute: string): string {
  if (typeof value !== 'string' || value === '') return invalid(`${attribute} must be compared with a non-empty string`);
  return value;
}

function activeStatuses(value: unknown): readonly UserStatus[] {
  const active = typeof value === 'string' ? value.toLowerCase() : value;
  if (active === true || active === 'true') return ['active', 'pending'];
  if (active === false || active === 'false') return ['inactive'];
  return invalid('active must be compared with true or false');
}

/** One `attribute eq value` as a conjunction of one field. */
function equality(path: string, value: unknown, identifyBy: IdentifyBy): UserMatch {
  const attribute = attributeOf(path);
  switch (attribute) {
    case 'username': {
      const name = text(value, 'userName');
      return identifyBy === 'email' ? { email: normalizeEmail(name) } : { login: name };
    }
    case 'emails':
    case 'emails.value':
      return { email: normalizeEmail(text(value, 'emails.value')) };
    case 'externalid':
      return { scimExternalId: text(value, 'externalId') };
    case 'active':
      return { statuses: activeStatuses(value) };
    default:
      return invalid(`filtering on ${path} is not supported (supported: userName, externalId, emails.value, active with eq)`);
  }
}

/** Two conjunctions as one, or null when they cannot both hold (two different values of one field). */
function merged(a: UserMatch, b: UserMatch): UserMatch | null {
  const out: { email?: string; login?: string; scimExternalId?: string; statuses?: readonly UserStatus[] } = { ...a };
  for (const key of ['email', 'login', 'scimExternalId'] as const) {
    const value = b[key];
    if (value === undefined) continue;
    const held = out[key];
    const same = key === 'login' ? held?.toLowerCase() === value.toLowerCase() : held === value;
    if (held !== undefined && !same) return null;
    out[key] = value;
  }
  if (b.statuses !== undefined) {
    const statuses = out.statuses === undefined ? b.statuses : out.statuses.filter((s) => b.statuses?.includes(s));
    if (statuses.length === 0) return null;
    out.statuses = statuses;
  }
  return out;
}

function conjunction(parts: readonly (readonly UserMatch[])[]): UserMatch[] {
  let result: UserMatch[] = [{}];
  for (const part of parts) {
    const next: UserMatch[] = [];
    for (const left of result) {
      for (const right of part) {
        const both = merged(left, right);
        if (both !== null) next.push(both);
      }
    }
    if (next.length > MAX_CONJUNCTIONS) invalid('the filter is too complex');
    result = next;
  }
  return result;
}

/** A value filter on `emails` (`emails[type eq "work"]`, `emails[value eq "…"]`): the one work e-mail. */
function emailsValueFilter(filter: Filter, identifyBy: IdentifyBy): UserMatch[] {
  if (filter.op === 'and') return conjunction(filter.filters.map((inner) => emailsValueFilter(inner, identifyBy)));
  if (filter.op !== 'eq') return invalid('emails[…] supports only eq on type, primary and value');
  const attribute = attributeOf(filter.attrPath);
  if (attribute === 'type') return filter.compValue === 'work' ? [{}] : invalid('emails of type work are the only e-mails');
  if (attribute === 'primary') return filter.compValue === true ? [{}] : invalid('the work e-mail is always primary');
  if (attribute === 'value') return [equality('emails.value', filter.compValue, identifyBy)];
  return invalid(`emails[${filter.attrPath} …] is not supported`);
}

/** The filter as a disjunction of conjunctions (`UserMatch[]`, any of them). */
function translate(filter: Filter, identifyBy: IdentifyBy): UserMatch[] {
  switch (filter.op) {
    case 'or': {
      const any = filter.filters.flatMap((inner) => translate(inner, identifyBy));
      return any.length > MAX_CONJUNCTIONS ? invalid('the filter is too complex') : any;
    }
    case 'and':
      return conjunction(filter.filters.map((inner) => translate(inner, identifyBy)));
    case 'eq':
      return [equality(filter.attrPath, filter.compValue, identifyBy)];
    case '[]':
      if (attributeOf(filter.attrPath) !== 'emails') return invalid(`a value filter on ${filter.attrPath} is not supported`);
      return emailsValueFilter(filter.valFilter, identifyBy);
    default:
      return invalid(`the operator ${filter.op} is not supported (supported: eq, and, or, parentheses, emails[…])`);
  }
}

/**
 * An RFC 7644 §3.4.2.2 `filter` as store matches. The grammar is parsed by scim2-parse-filter;
 * what the store cannot answer (other operators, other attributes, `not`) is refused with
 * `invalidFilter`: nothing is ever filtered in memory.
 */
export function filterMatches(filter: string, identifyBy: IdentifyBy): readonly UserMatch[] {
  if (filter.length > MAX_FILTER_LENGTH) return invalid('the filter is too long');
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    return invalid('the filter does not follow the RFC 7644 filter grammar');
  }
  return translate(ast, identifyBy);
}

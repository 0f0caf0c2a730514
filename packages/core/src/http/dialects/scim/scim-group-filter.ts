import { parse, type Filter } from 'scim2-parse-filter';
import { validationError } from '../../../errors';
import type { GroupListQuery } from '../../../roster.types';

const MAX_FILTER_LENGTH = 2000;
const GROUP_URN = 'urn:ietf:params:scim:schemas:core:2.0:group:';

const invalid = (detail: string): never => {
  throw validationError([{ field: 'filter', message: detail }]);
};

/**
 * A /Groups `filter` as the store query it becomes: `displayName eq "…"` (exact) → the groups of
 * that name; `externalId eq "…"` (exact) → the groups of that externalId; anything else is
 * `invalidFilter`.
 */
export function groupFilterQuery(filter: string): GroupListQuery {
  if (filter.length > MAX_FILTER_LENGTH) return invalid('the filter is too long');
  let ast: Filter;
  try {
    ast = parse(filter);
  } catch {
    return invalid('the filter does not follow the RFC 7644 filter grammar');
  }
  const supported = 'supported on /Groups: displayName eq "…" or externalId eq "…"';
  if (ast.op !== 'eq') return invalid(`the operator ${ast.op} is not ${supported}`);
  const lower = ast.attrPath.toLowerCase();
  const attribute = lower.startsWith(GROUP_URN) ? lower.slice(GROUP_URN.length) : lower;
  if (typeof ast.compValue !== 'string' || ast.compValue === '') return invalid(`${ast.attrPath} must be compared with a non-empty string`);
  if (attribute === 'displayname') return { name: ast.compValue };
  if (attribute === 'externalid') return { externalId: ast.compValue };
  return invalid(`the attribute ${ast.attrPath} is not ${supported}`);
}

import type { IdentifyBy } from '../../../domain';
import { validationError } from '../../../errors';
import type { UserSort, UserSortField } from '../../../ports';

const USER_URN = 'urn:ietf:params:scim:schemas:core:2.0:user:';

const SORTABLE: Readonly<Record<string, UserSortField>> = {
  emails: 'email',
  'emails.value': 'email',
  'name.givenname': 'firstName',
  'name.familyname': 'lastName',
  'meta.created': 'createdAt',
  'meta.lastmodified': 'updatedAt',
};

const invalid = (field: string, message: string): never => {
  throw validationError([{ field, message }]);
};

/**
 * RFC 7644 §3.4.2.3 `sortBy`/`sortOrder` as the store's order (undefined: the default, oldest
 * first). Names are case-insensitive; `sortOrder` defaults to ascending and alone is ignored.
 */
export function userSortOf(sortBy: string | undefined, sortOrder: string | undefined, identifyBy: IdentifyBy): UserSort | undefined {
  if (sortBy === undefined || sortBy.trim() === '') return undefined;
  const lower = sortBy.trim().toLowerCase();
  const attribute = lower.startsWith(USER_URN) ? lower.slice(USER_URN.length) : lower;
  const field = attribute === 'username' ? (identifyBy === 'email' ? 'email' : 'login') : SORTABLE[attribute];
  if (field === undefined)
    return invalid('sortBy', 'must be one of userName, name.givenName, name.familyName, emails.value, meta.created, meta.lastModified');
  const order = (sortOrder ?? 'ascending').trim().toLowerCase();
  if (order !== 'ascending' && order !== 'descending') return invalid('sortOrder', 'must be ascending or descending');
  return order === 'descending' ? { field, descending: true } : { field };
}

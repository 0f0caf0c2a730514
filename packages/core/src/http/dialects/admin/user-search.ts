import type { UserFilter, UserTextField } from '../../../ports';

/** The longest text search `q` (a search box, not a document): longer is 400 VALIDATION_FAILED. */
export const MAX_SEARCH_LENGTH = 200;

/** The columns `GET /users?q=` searches (all case-insensitive in the `UserFilter` rules). */
const SEARCHED: readonly UserTextField[] = ['email', 'firstName', 'lastName', 'login'];

/**
 * `q` as a store filter: the user's e-mail, first name, last name or login contains the text, in any
 * case. The stores answer `co` in their own query with the text literal (`%`, `_` and `\` match
 * themselves), so no LIKE pattern is built here. `undefined` (no search) for an absent or empty `q`.
 */
export function userSearchFilter(q: string | undefined): UserFilter | undefined {
  if (q === undefined || q === '') return undefined;
  return { or: SEARCHED.map((text) => ({ text, op: 'co', value: q })) };
}

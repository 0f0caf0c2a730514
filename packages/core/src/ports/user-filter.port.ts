import type { UserStatus } from '../domain';

/**
 * The text columns a `UserFilter` compares. `email` and `login` are compared by their lower-cased
 * keys and `firstName`, `lastName`, `jobTitle` (the `job_title` profile field) lower-cased too
 * (case-insensitive, as RFC 7643 `caseExact: false`); `publicId` and `scimExternalId` exactly.
 */
export type UserTextField = 'email' | 'login' | 'firstName' | 'lastName' | 'jobTitle' | 'publicId' | 'scimExternalId';

/**
 * The date columns a `UserFilter` compares (to the millisecond). `lastLoginAt` is null until the
 * user signs in: such a user matches no comparison on it (as a text field without a value).
 */
export type UserDateField = 'createdAt' | 'updatedAt' | 'lastLoginAt';

/**
 * One comparison. `eq` equal; `co` contains, `sw` starts with, `ew` ends with (the value is
 * literal text: `%`, `_` and `\` match themselves); `gt ge lt le` ordered comparison (text by
 * code point, after lower-casing where the field is case-insensitive); `pr` present (not null,
 * not empty). A user without a value matches no comparison but `pr`'s negation.
 */
export type UserCompareOp = 'eq' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';

export type UserFilterLeaf =
  | { readonly text: UserTextField; readonly op: UserCompareOp; readonly value: string }
  | { readonly text: UserTextField; readonly op: 'pr' }
  | { readonly date: UserDateField; readonly op: 'eq' | 'gt' | 'ge' | 'lt' | 'le'; readonly value: Date }
  | { readonly statuses: readonly UserStatus[] }
  /** The user's role is one of these (an empty list matches none). */
  | { readonly roles: readonly string[] }
  /**
   * The `User.profile` value of this field equals `value`, case-insensitively (as unique profile
   * values are compared). The name is a field of the tenant's schema, checked by the caller; the
   * SQL stores pass it as a parameter, never in the statement's text.
   */
  | { readonly profileField: string; readonly value: string };

/**
 * A list filter as a small tree (the SCIM dialect's `filter`): `and` (every one; empty: all),
 * `or` (any; empty: none), `not`, and leaves. Answered by the store in its own query (SQL in the
 * MikroORM store), never by loading the tenant's users.
 */
export type UserFilter =
  { readonly and: readonly UserFilter[] } | { readonly or: readonly UserFilter[] } | { readonly not: UserFilter } | UserFilterLeaf;

/** The columns a list can be sorted by (text ones compared as `UserFilter` compares them). */
export type UserSortField = 'email' | 'login' | 'firstName' | 'lastName' | 'createdAt' | 'updatedAt' | 'lastLoginAt';

/**
 * A list order other than createdAt: by the field (text lower-cased, by code point), users
 * without a value last when ascending and first when descending (RFC 7644 §3.4.2.3), ties by id
 * ascending, so pages are stable. With `offset` paging, or a keyset walk after a `UserSortPosition`
 * (`UserListQuery.afterSorted`); `after` walks by createdAt only.
 */
export interface UserSort {
  readonly field: UserSortField;
  readonly descending?: boolean;
}

/**
 * Where a keyset walk in a `UserSort` order stands: the last user's value of the sort field as
 * stored (text as given, not lower-cased; `null` when it has none) and its id. The next page holds
 * the users that come after that (value, id) in the order, so inserts made meanwhile never shift it.
 */
export interface UserSortPosition {
  /** The last user's value of the sort field (`null`: it has none). */
  readonly key: string | Date | null;
  /** The last user's id (the tie-break). */
  readonly id: number;
}

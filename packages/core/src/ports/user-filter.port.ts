import type { UserStatus } from '../domain';

/**
 * The text columns a `UserFilter` compares. `email` and `login` are compared by their lower-cased
 * keys and `firstName`, `lastName`, `jobTitle` (the `job_title` profile field) lower-cased too
 * (case-insensitive, as RFC 7643 `caseExact: false`); `publicId` and `scimExternalId` exactly.
 */
export type UserTextField = 'email' | 'login' | 'firstName' | 'lastName' | 'jobTitle' | 'publicId' | 'scimExternalId';

/** The date columns a `UserFilter` compares (to the millisecond). */
export type UserDateField = 'createdAt' | 'updatedAt';

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
  | { readonly statuses: readonly UserStatus[] };

/**
 * A list filter as a small tree (the SCIM dialect's `filter`): `and` (every one; empty: all),
 * `or` (any; empty: none), `not`, and leaves. Answered by the store in its own query (SQL in the
 * MikroORM store), never by loading the tenant's users.
 */
export type UserFilter =
  { readonly and: readonly UserFilter[] } | { readonly or: readonly UserFilter[] } | { readonly not: UserFilter } | UserFilterLeaf;

import type { User, UserStatus } from '../domain';
import type { UserFilter, UserSort, UserSortPosition } from './user-filter.port';

export interface UserListQuery {
  readonly tenantId: string;
  readonly status?: UserStatus;
  readonly role?: string;
  /** Only users whose organization is one of these (scope, or an ispring filter). */
  readonly organizationIds?: readonly number[];
  /** Only members of this group. */
  readonly groupId?: number;
  /** Only users matching at least one of these (an empty list matches none). */
  readonly anyOf?: readonly UserMatch[];
  /** Only users the filter tree holds for (with `anyOf`: both). */
  readonly filter?: UserFilter;
  /** Another order than createdAt then id; ignored when `after` is given. */
  readonly sort?: UserSort;
  /** With `sort` (and without `after`): only users after this position in that order; the offset is ignored. */
  readonly afterSorted?: UserSortPosition;
  /** `false`: no count is run and the page has no `total` (absent: counted). */
  readonly countTotal?: boolean;
  /** Ignored (taken as 0) when `after` is given. */
  readonly offset: number;
  readonly limit: number;
  /** Keyset position, exclusive: only users listed after this one (createdAt, then id). */
  readonly after?: UserListPosition;
}

/**
 * One conjunction of a list filter (the SCIM dialect's `filter`): every field given must match.
 * `email` is normalised by the caller and `login` compared case-insensitively, as the lookups do;
 * `scimExternalId` exactly; `statuses`: the user's status is one of them.
 */
export interface UserMatch {
  readonly email?: string;
  readonly login?: string;
  readonly scimExternalId?: string;
  readonly statuses?: readonly UserStatus[];
}

/** Where a keyset walk stands: the createdAt and id of the last user seen. */
export interface UserListPosition {
  readonly createdAt: Date;
  readonly id: number;
}

export interface UserPage {
  readonly items: readonly User[];
  /** Number of users matching the filters, all pages together; absent when the query said `countTotal: false`. */
  readonly total?: number;
  /** Whether more matching users follow the last item of this page. */
  readonly hasMore: boolean;
}

/**
 * Users of all tenants. Every lookup is scoped by tenant; misses return `null`.
 * Uniqueness of (tenant, e-mail) and (tenant, login), case-insensitive, is the store's job:
 * a violation throws `RosterError('EMAIL_TAKEN' | 'LOGIN_TAKEN')` (e-mail is checked first). So is the
 * uniqueness of the values of the tenant's unique custom profile fields (`Tenant.profileFields`,
 * per tenant and field, case-insensitive; the store reads the tenant's schema): a violation throws
 * `profileValueTaken(field, value)` (PROFILE_VALUE_TAKEN).
 * Lists are ordered by `createdAt` ascending, then `id`.
 *
 * `UserPage.total` is exact, and must not cost a count of the tenant's users when only tenant,
 * `role` and `status` filter the list: the store keeps the number of users per (tenant, role,
 * status), moved in the same transaction as every insert, delete and change of role or status
 * (a rolled-back write moves nothing), and sums the matching cells. A list also filtered by
 * `organizationIds`, `groupId`, `anyOf` or `filter` counts its matches. That count is the users stored, not the
 * tenant's seat counter (`TenantStore.countUsers`).
 *
 * A group's members are its version's: `insert`, `update` and `delete` move the version of every
 * group of the tenant the user joins or leaves on by one (`membershipChanges`), in the same
 * transaction, and set its `updatedAt` to the user's `updatedAt` (on `delete`: `at`); a group the
 * user stays in keeps its version and its `updatedAt`.
 */
export interface UserStore {
  insert(user: User): Promise<void>;
  /**
   * Inserts users of one tenant together (a bulk import's batch), with the same uniqueness as
   * `insert`, among themselves too: a violation throws the same codes (for one of the users, not
   * said which) and inserts none of them. Meant to cost a fixed number of statements, not one per user.
   */
  insertMany(users: readonly User[]): Promise<void>;
  findById(tenantId: string, id: number): Promise<User | null>;
  findByPublicId(tenantId: string, publicId: string): Promise<User | null>;
  /** `email` is already normalised. */
  findByEmail(tenantId: string, email: string): Promise<User | null>;
  /** Case-insensitive. */
  findByLogin(tenantId: string, login: string): Promise<User | null>;
  list(query: UserListQuery): Promise<UserPage>;
  /**
   * Replaces the stored user whose version is `expectedVersion` with `user` (whose version is
   * `expectedVersion + 1`). A missing user or another version throws `VERSION_CONFLICT`.
   */
  update(user: User, expectedVersion: number): Promise<void>;
  /**
   * Returns false when there was no such user. With `expectedVersion`, deletes only the user at that
   * version, in the same statement (a versioned delete): another version throws `VERSION_CONFLICT`.
   * `at`: when, for the groups the user leaves (their `updatedAt`; default: the store's clock).
   */
  delete(tenantId: string, id: number, expectedVersion?: number, at?: Date): Promise<boolean>;
  /** Records a successful sign-in without touching `version` or `updatedAt`. */
  touchLastLogin(tenantId: string, id: number, at: Date): Promise<void>;
}

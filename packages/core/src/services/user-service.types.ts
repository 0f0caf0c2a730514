import type { Permission, UserSettings, UserStatus, UserView } from '../domain';
import type { UserFilter, UserListPosition, UserMatch, UserSort, UserSortPosition } from '../ports';

/** How a caller names a user: by integer id, public `usr_` id, or e-mail (normalised by the service). */
export type UserRef = { readonly id: number } | { readonly publicId: string } | { readonly email: string };

/** Fields a caller may set. Absent fields keep their defaults (create) or values (update). */
export interface UserFields {
  readonly email?: string | null;
  readonly login?: string | null;
  readonly firstName?: string;
  readonly lastName?: string;
  /** Plain text; hashed by the service. */
  readonly password?: string;
  readonly role?: string;
  /** Explicit permissions; on update, replaces the whole set. */
  readonly permissions?: readonly Permission[];
  readonly status?: UserStatus;
  readonly organizationId?: number;
  /** Replaces the memberships; groups that cannot take the user are reported, not fatal. */
  readonly groupIds?: readonly number[];
  readonly externalId?: number | null;
  /** The identity provider's id (SCIM `externalId`); null clears it. */
  readonly scimExternalId?: string | null;
  readonly source?: string;
  readonly phoneNumber?: string | null;
  readonly liveScanner?: boolean;
  readonly subscribedToUpdates?: boolean;
  /** Missing keys take their defaults (theme `system`, notifications `true`). */
  readonly settings?: Partial<UserSettings>;
  readonly backendAccess?: boolean;
  /**
   * Profile values by field name of the tenant's schema (`job_title`, `phone`, `city`, `state`,
   * `country_id`, `birthdate`, custom fields); `phone` is the `phoneNumber` column. An empty
   * value or null clears the field; absent fields keep their values.
   */
  readonly profile?: Readonly<Record<string, string | null>>;
}

export interface CreateUserInput extends UserFields {
  /**
   * Create without password: the user has none (no hash is stored; password sign-in fails as
   * for an unknown user) until one is set. This length, once that of a generated password that
   * nobody was ever told, is still validated (8 to 256) and otherwise unused.
   * Defaults: role the tenant's lowest, status `active`, organization the actor's (the root for
   * tenant-wide actors), permissions the tenant's defaults plus `permissions`, source `api`.
   */
  readonly generatedPasswordLength?: number;
  /**
   * For dialects without a login field: in a tenant that identifies users by login, the e-mail
   * (as sent) is the login when no login is given; in any other tenant it changes nothing.
   */
  readonly loginFromEmail?: boolean;
  /** Send the new user a login e-mail through the Mailer (after the commit). */
  readonly loginEmail?: { readonly invitationMessage?: string } | false;
}

export interface UpdateUserInput extends UserFields {}

export interface UpdateUserOptions {
  /** objective: users with backend access cannot be modified (USER_PROTECTED). */
  readonly refuseBackendAccess?: boolean;
  /** admin `If-Match`: PRECONDITION_FAILED unless the stored user has this version. */
  readonly expectedVersion?: number;
}

export interface DeleteUserOptions {
  /** admin `If-Match`: PRECONDITION_FAILED unless the stored user has this version. */
  readonly expectedVersion?: number;
}

export interface UserWriteResult {
  readonly user: UserView;
  /** Requested groups that do not exist in the tenant or lie outside the actor's scope. */
  readonly exceededGroupIds: readonly number[];
}

export interface ListUsersInput {
  readonly status?: UserStatus;
  readonly role?: string;
  readonly organizationId?: number;
  /** With `organizationId`: its descendants' users too (the subtree, within the actor's scope). */
  readonly organizationSubtree?: boolean;
  readonly groupId?: number;
  /** Only users matching at least one of these (an empty list: none); see `UserMatch`. */
  readonly anyOf?: readonly UserMatch[];
  /** Only users the filter tree holds for; see `UserFilter`. */
  readonly filter?: UserFilter;
  /** Another order than createdAt; see `UserSort` (not with `after`). */
  readonly sort?: UserSort;
  /** 1-based; ignored when `after` or `offset` is given. */
  readonly page: number;
  /** 0-based position of the first item (SCIM `startIndex - 1`); replaces `page` when given. */
  readonly offset?: number;
  readonly limit: number;
  /** Keyset position (exclusive): the page starts after this user instead of at `page`. */
  readonly after?: UserListPosition;
  /** With `sort` (not with `after`): the page starts after this position in that order. */
  readonly afterSorted?: UserSortPosition;
}

/** `listPage`'s input: `countTotal` says whether the matches are counted (a COUNT the caller asks for). */
export interface ListUserPageInput extends Omit<ListUsersInput, 'page' | 'offset'> {
  /** Whether the matches are counted (`total`); false: no count is run. */
  readonly countTotal: boolean;
}

/** A page of users without page numbers: `total` only when `countTotal` was asked; `more`: whether users follow. */
export interface UserPageResult {
  readonly items: readonly UserView[];
  /** The number of all matches, when `countTotal` asked for it. */
  readonly total?: number;
  /** Whether more matching users follow the last item. */
  readonly more: boolean;
}

export interface UserListResult {
  readonly items: readonly UserView[];
  readonly total: number;
  readonly page: number;
  readonly limit: number;
  /** ceil(total / limit); 0 when there are none. */
  readonly pages: number;
  /** The position of the last item when more users follow it, else `null`: the next `after`. */
  readonly next: UserListPosition | null;
}

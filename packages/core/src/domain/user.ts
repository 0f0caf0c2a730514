import type { Permission } from './permission';

export type UserStatus = 'active' | 'inactive' | 'pending';
export const USER_STATUSES: readonly UserStatus[] = ['active', 'inactive', 'pending'];

export type Theme = 'light' | 'dark' | 'system';
export interface UserSettings {
  readonly theme: Theme;
  readonly notifications: boolean;
}
export const DEFAULT_USER_SETTINGS: UserSettings = { theme: 'system', notifications: true };

/** A user as stored. Never leaves the core: services return `UserView` (no hash). */
export interface User {
  readonly tenantId: string;
  /** Positive integer, unique in its tenant (ispring `userId`, objective `user_id`). */
  readonly id: number;
  /** Random public id, `usr_…` (rest-v1). */
  readonly publicId: string;
  /** Trimmed and lower-cased; null only in tenants that identify users by login. */
  readonly email: string | null;
  readonly login: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly passwordHash: string | null;
  readonly role: string;
  /** Permissions granted explicitly, on top of the role's. */
  readonly permissions: readonly Permission[];
  readonly status: UserStatus;
  readonly organizationId: number;
  readonly groupIds: readonly number[];
  readonly externalId: number | null;
  /**
   * The identity provider's id of the user (SCIM `externalId`, a string); absent when there is
   * none (the stores leave the key out rather than hold null).
   * Not unique: the provider owns it.
   */
  readonly scimExternalId?: string | null;
  readonly source: string;
  readonly phoneNumber: string | null;
  readonly liveScanner: boolean;
  readonly subscribedToUpdates: boolean;
  readonly settings: UserSettings;
  /** Staff flag: such users cannot be modified through the objective dialect. */
  readonly backendAccess: boolean;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly lastLoginAt: Date | null;
  /** Optimistic concurrency: incremented by every update. */
  readonly version: number;
  /**
   * Profile values without a column of their own (job_title, city, state, country_id, birthdate
   * and the tenant's custom fields), by field name; a field without a value is absent.
   */
  readonly profile: Readonly<Record<string, string>>;
}

/** What services hand out: a user without its password hash. */
export type UserView = Omit<User, 'passwordHash'> & { readonly name: string };

/** `first_name + " " + last_name`, trimmed (docs/dialects/common.md). */
export function displayName(user: Pick<User, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`.trim();
}

/** Splits `name` at the first space: first name before it, last name (maybe empty) after. */
export function splitName(name: string): { firstName: string; lastName: string } {
  const trimmed = name.trim();
  const space = trimmed.indexOf(' ');
  if (space < 0) return { firstName: trimmed, lastName: '' };
  return { firstName: trimmed.slice(0, space), lastName: trimmed.slice(space + 1).trim() };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toUserView(user: User): UserView {
  const { passwordHash: _hash, ...rest } = user;
  return { ...rest, name: displayName(user) };
}

import type { UserView } from '@roster/core';

/**
 * A user as `roster user export` writes it (one NDJSON line) and `roster user import` reads it:
 * no password hash, ever (UserView has none). The ids and dates are informative on import.
 */
export interface UserRecord {
  readonly id: number;
  readonly publicId: string;
  readonly email: string | null;
  readonly login: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: string;
  readonly permissions: readonly string[];
  readonly status: string;
  readonly organizationId: number;
  readonly groupIds: readonly number[];
  readonly externalId: number | null;
  readonly source: string;
  readonly phoneNumber: string | null;
  readonly liveScanner: boolean;
  readonly subscribedToUpdates: boolean;
  readonly settings: { readonly theme: string; readonly notifications: boolean };
  readonly backendAccess: boolean;
  readonly profile: Readonly<Record<string, string>>;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastLoginAt: string | null;
}

export function userRecord(user: UserView): UserRecord {
  return {
    id: user.id,
    publicId: user.publicId,
    email: user.email,
    login: user.login,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    permissions: user.permissions,
    status: user.status,
    organizationId: user.organizationId,
    groupIds: user.groupIds,
    externalId: user.externalId,
    source: user.source,
    phoneNumber: user.phoneNumber,
    liveScanner: user.liveScanner,
    subscribedToUpdates: user.subscribedToUpdates,
    settings: { theme: user.settings.theme, notifications: user.settings.notifications },
    backendAccess: user.backendAccess,
    profile: user.profile,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  };
}

/** The CSV columns, in order; lists are space-separated, `profile` is a JSON object, empty cells are null. */
export const CSV_COLUMNS = [
  'id',
  'publicId',
  'email',
  'login',
  'firstName',
  'lastName',
  'role',
  'permissions',
  'status',
  'organizationId',
  'groupIds',
  'externalId',
  'source',
  'phoneNumber',
  'liveScanner',
  'subscribedToUpdates',
  'theme',
  'notifications',
  'backendAccess',
  'profile',
  'createdAt',
  'updatedAt',
  'lastLoginAt',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** One CSV row's cells, by column. */
export function csvCells(record: UserRecord): Record<CsvColumn, string> {
  const text = (value: string | number | boolean | null) => (value === null ? '' : String(value));
  return {
    id: text(record.id),
    publicId: record.publicId,
    email: text(record.email),
    login: text(record.login),
    firstName: record.firstName,
    lastName: record.lastName,
    role: record.role,
    permissions: record.permissions.join(' '),
    status: record.status,
    organizationId: text(record.organizationId),
    groupIds: record.groupIds.join(' '),
    externalId: text(record.externalId),
    source: record.source,
    phoneNumber: text(record.phoneNumber),
    liveScanner: text(record.liveScanner),
    subscribedToUpdates: text(record.subscribedToUpdates),
    theme: record.settings.theme,
    notifications: text(record.settings.notifications),
    backendAccess: text(record.backendAccess),
    profile: Object.keys(record.profile).length === 0 ? '' : JSON.stringify(record.profile),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    lastLoginAt: text(record.lastLoginAt),
  };
}

import type { Permission, Theme, User, UserStatus } from '@roster/core';
import type { UserRow } from '../entities';

/** The lookup key of an e-mail or a login: uniqueness and lookups are case-insensitive. */
export function lookupKey(value: string): string {
  return value.toLowerCase();
}

/** Group ids as stored: each once, ascending. */
export function normalizeGroupIds(groupIds: readonly number[]): number[] {
  return [...new Set(groupIds)].sort((a, b) => a - b);
}

export function toUserRow(user: User): UserRow {
  return {
    tenantId: user.tenantId,
    id: user.id,
    publicId: user.publicId,
    email: user.email,
    emailKey: user.email === null ? null : lookupKey(user.email),
    login: user.login,
    loginKey: user.login === null ? null : lookupKey(user.login),
    firstName: user.firstName,
    lastName: user.lastName,
    passwordHash: user.passwordHash,
    role: user.role,
    permissions: [...user.permissions],
    status: user.status,
    organizationId: user.organizationId,
    externalId: user.externalId,
    scimExternalId: user.scimExternalId ?? null,
    source: user.source,
    phoneNumber: user.phoneNumber,
    liveScanner: user.liveScanner,
    subscribedToUpdates: user.subscribedToUpdates,
    settings: { theme: user.settings.theme, notifications: user.settings.notifications },
    groupIds: normalizeGroupIds(user.groupIds),
    backendAccess: user.backendAccess,
    createdAt: new Date(user.createdAt.getTime()),
    updatedAt: new Date(user.updatedAt.getTime()),
    lastLoginAt: user.lastLoginAt === null ? null : new Date(user.lastLoginAt.getTime()),
    version: user.version,
    profile: { ...user.profile },
  };
}

export function toUser(row: UserRow): User {
  return {
    tenantId: row.tenantId,
    id: row.id,
    publicId: row.publicId,
    email: row.email,
    login: row.login,
    firstName: row.firstName,
    lastName: row.lastName,
    passwordHash: row.passwordHash,
    role: row.role,
    permissions: [...row.permissions] as Permission[],
    status: row.status as UserStatus,
    organizationId: row.organizationId,
    groupIds: [...row.groupIds],
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- SQLite and MariaDB answer booleans as 0/1 and big integers as strings, whatever the row type says
    externalId: row.externalId === null ? null : Number(row.externalId),
    // Absent when there is none, as the core writes it.
    ...(row.scimExternalId === null ? {} : { scimExternalId: row.scimExternalId }),
    source: row.source,
    phoneNumber: row.phoneNumber,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- SQLite and MariaDB answer booleans as 0/1 and big integers as strings, whatever the row type says
    liveScanner: Boolean(row.liveScanner),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- SQLite and MariaDB answer booleans as 0/1 and big integers as strings, whatever the row type says
    subscribedToUpdates: Boolean(row.subscribedToUpdates),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- SQLite and MariaDB answer booleans as 0/1 and big integers as strings, whatever the row type says
    settings: { theme: row.settings.theme as Theme, notifications: Boolean(row.settings.notifications) },
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-conversion -- SQLite and MariaDB answer booleans as 0/1 and big integers as strings, whatever the row type says
    backendAccess: Boolean(row.backendAccess),
    createdAt: new Date(row.createdAt.getTime()),
    updatedAt: new Date(row.updatedAt.getTime()),
    lastLoginAt: row.lastLoginAt === null ? null : new Date(row.lastLoginAt.getTime()),
    version: row.version,
    profile: profileOf(row.profile),
  };
}

/** The stored profile: a JSON object of strings (some drivers hand JSON columns over as text). */
function profileOf(value: unknown): Record<string, string> {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const profile: Record<string, string> = {};
  for (const [name, text] of Object.entries(parsed)) if (typeof text === 'string') profile[name] = text;
  return profile;
}

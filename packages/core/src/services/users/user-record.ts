import { DEFAULT_USER_SETTINGS, normalizeEmail, type Permission, type Tenant, type User } from '../../domain';
import type { CreateUserInput, UpdateUserInput } from '../user-service.types';
import { appliedProfile, type ProfileChanges } from './profile-input';

/** What the create service decided before the record is built. */
export interface NewUserDecisions {
  readonly tenant: Tenant;
  readonly id: number;
  readonly publicId: string;
  readonly role: string;
  readonly organizationId: number;
  readonly groupIds: readonly number[];
  /** Null: no password (a create without one). */
  readonly passwordHash: string | null;
  readonly now: Date;
  readonly profile: ProfileChanges;
}

export function normalizedEmail(email: string | null | undefined): string | null {
  return email === undefined || email === null ? null : normalizeEmail(email);
}

export function normalizedLogin(login: string | null | undefined): string | null {
  return login === undefined || login === null ? null : login.trim();
}

function unique(permissions: readonly Permission[]): readonly Permission[] {
  return [...new Set(permissions)];
}

export function newUserRecord(input: CreateUserInput, decided: NewUserDecisions): User {
  return {
    tenantId: decided.tenant.id,
    id: decided.id,
    publicId: decided.publicId,
    email: normalizedEmail(input.email),
    login: normalizedLogin(input.login),
    firstName: input.firstName?.trim() ?? '',
    lastName: input.lastName?.trim() ?? '',
    passwordHash: decided.passwordHash,
    role: decided.role,
    permissions: unique([...decided.tenant.defaultPermissions, ...(input.permissions ?? [])]),
    status: input.status ?? 'active',
    organizationId: decided.organizationId,
    groupIds: decided.groupIds,
    externalId: input.externalId ?? null,
    ...(input.scimExternalId === undefined || input.scimExternalId === null ? {} : { scimExternalId: input.scimExternalId }),
    source: input.source ?? 'api',
    phoneNumber: decided.profile.phoneNumber !== undefined ? decided.profile.phoneNumber : (input.phoneNumber ?? null),
    liveScanner: input.liveScanner ?? false,
    subscribedToUpdates: input.subscribedToUpdates ?? true,
    settings: { ...DEFAULT_USER_SETTINGS, ...input.settings },
    backendAccess: input.backendAccess ?? false,
    createdAt: decided.now,
    updatedAt: decided.now,
    lastLoginAt: null,
    version: 1,
    profile: appliedProfile({}, decided.profile.profile),
  };
}

/** The user with the fields sent applied, a new version and `updatedAt`. */
export function updatedUserRecord(
  user: User,
  input: UpdateUserInput,
  changes: {
    readonly groupIds?: readonly number[];
    readonly passwordHash?: string;
    readonly now: Date;
    readonly profile?: ProfileChanges;
  },
): User {
  const pick = <K extends keyof UpdateUserInput & keyof User>(key: K): User[K] =>
    (input[key] === undefined ? user[key] : input[key]) as User[K];
  const { scimExternalId: held, ...rest } = user;
  const scimExternalId = input.scimExternalId === undefined ? held : input.scimExternalId;
  return {
    ...rest,
    ...(scimExternalId === undefined || scimExternalId === null ? {} : { scimExternalId }),
    email: input.email === undefined ? user.email : normalizedEmail(input.email),
    login: input.login === undefined ? user.login : normalizedLogin(input.login),
    firstName: input.firstName === undefined ? user.firstName : input.firstName.trim(),
    lastName: input.lastName === undefined ? user.lastName : input.lastName.trim(),
    passwordHash: changes.passwordHash ?? user.passwordHash,
    role: pick('role'),
    permissions: input.permissions === undefined ? user.permissions : unique(input.permissions),
    status: pick('status'),
    organizationId: pick('organizationId'),
    groupIds: changes.groupIds ?? user.groupIds,
    externalId: pick('externalId'),
    source: pick('source'),
    phoneNumber: changes.profile?.phoneNumber !== undefined ? changes.profile.phoneNumber : pick('phoneNumber'),
    liveScanner: pick('liveScanner'),
    subscribedToUpdates: pick('subscribedToUpdates'),
    settings: input.settings === undefined ? user.settings : { ...DEFAULT_USER_SETTINGS, ...input.settings },
    backendAccess: pick('backendAccess'),
    updatedAt: changes.now,
    version: user.version + 1,
    profile: changes.profile === undefined ? user.profile : appliedProfile(user.profile, changes.profile.profile),
  };
}

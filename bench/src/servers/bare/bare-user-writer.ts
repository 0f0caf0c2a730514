import { randomBytes } from 'node:crypto';
import { DEFAULT_USER_SETTINGS, RosterError, type Tenant, type User } from '@roster/core';
import type { BareContext } from './bare-context';

export interface NewBareUser {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly role: string;
  readonly status: User['status'];
  readonly password?: string;
  readonly source?: string;
}

/**
 * Inserts a user as a hand-written route would: hash the password (a random one when none is
 * given, as Roster does), then take a seat and an id and insert, in one transaction. E-mail
 * uniqueness is left to the store's unique index (EMAIL_TAKEN), not checked beforehand.
 */
export async function insertUser(context: BareContext, tenant: Tenant, input: NewBareUser): Promise<User | 'taken'> {
  const passwordHash = await context.hasher.hash(input.password ?? randomBytes(12).toString('base64url'));
  const now = new Date();
  try {
    return await context.stores.unitOfWork.run(async (tx) => {
      const id = await tx.tenants.allocateUser(tenant.id, tenant.seatLimit);
      if (id === null) throw new RosterError('SEAT_LIMIT_REACHED', 'no seat left');
      const user: User = {
        tenantId: tenant.id,
        id,
        publicId: `usr_${randomBytes(12).toString('base64url').slice(0, 16)}`,
        email: input.email.trim().toLowerCase(),
        login: null,
        firstName: input.firstName,
        lastName: input.lastName,
        passwordHash,
        role: input.role,
        permissions: tenant.defaultPermissions,
        status: input.status,
        organizationId: tenant.rootOrganizationId,
        groupIds: [],
        externalId: null,
        source: input.source ?? 'api',
        phoneNumber: null,
        liveScanner: false,
        subscribedToUpdates: true,
        settings: DEFAULT_USER_SETTINGS,
        backendAccess: false,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
        version: 1,
        profile: {},
      };
      await tx.users.insert(user);
      return user;
    });
  } catch (error) {
    if (RosterError.is(error, 'EMAIL_TAKEN')) return 'taken';
    throw error;
  }
}

import { DEFAULT_USER_SETTINGS, type RosterStores, type Tenant, type User } from '@roster/core';
import { seedCreatedAt, seedEmail, seedPublicId, seedRole, seedStatus } from './seed-user.model';

/** A hash no password matches: seeded users never sign in. */
const NO_PASSWORD = 'seeded$no-password';

/**
 * Seeds `count` users through the stores' own ports (a seat and an id, then the insert, in one
 * unit of work each): for the memory store, where no SQL seeder applies.
 */
export async function seedThroughStores(stores: RosterStores, tenant: Tenant, count: number): Promise<void> {
  for (let n = 1; n <= count; n += 1) {
    await stores.unitOfWork.run(async (tx) => {
      const id = await tx.tenants.allocateUser(tenant.id, tenant.seatLimit);
      if (id === null) throw new Error('seat limit reached while seeding');
      await tx.users.insert(seedUser(tenant, n, id));
    });
  }
}

export function seedUser(tenant: Tenant, n: number, id: number): User {
  const createdAt = seedCreatedAt(n);
  return {
    tenantId: tenant.id,
    id,
    publicId: seedPublicId(n),
    email: seedEmail(n),
    login: null,
    firstName: 'Seed',
    lastName: `User ${n}`,
    passwordHash: NO_PASSWORD,
    role: seedRole(n),
    permissions: tenant.defaultPermissions,
    status: seedStatus(n),
    organizationId: tenant.rootOrganizationId,
    groupIds: [],
    externalId: null,
    source: 'seed',
    phoneNumber: null,
    liveScanner: false,
    subscribedToUpdates: true,
    settings: DEFAULT_USER_SETTINGS,
    backendAccess: false,
    createdAt,
    updatedAt: createdAt,
    lastLoginAt: null,
    version: 1,
    profile: {},
  };
}

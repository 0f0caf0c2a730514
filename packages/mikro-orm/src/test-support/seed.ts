import type { MikroORM } from '@mikro-orm/core';
import type { RosterStores } from '@roster/core';
import { makeGroup, makeOrganization, makeTenant } from '@roster/testing';
import { RosterMigrationSchema, rosterEntities } from '../entities';

/** The tenant `makeUser()` puts users in. */
export const TENANT_A = 'tenant-a';

/** Empties every Roster table except the migrations record. */
export async function emptyTables(orm: MikroORM): Promise<void> {
  const connection = orm.em.getConnection();
  for (const schema of rosterEntities.filter((entity) => entity.meta.className !== RosterMigrationSchema.meta.className)) {
    await connection.execute(`delete from ${schema.meta.tableName}`, [], 'run');
  }
}

/** Tenant A with organization 1 and groups 1 and 2. */
export async function seedTenantA(stores: RosterStores, seatLimit: number | null = null): Promise<void> {
  await stores.tenants.saveTenant(makeTenant({ id: TENANT_A, name: 'a.example', accountUrl: null, seatLimit }));
  await stores.tenants.saveOrganization(makeOrganization({ tenantId: TENANT_A, id: 1 }));
  await stores.tenants.saveGroup(makeGroup({ tenantId: TENANT_A, id: 1 }));
  await stores.tenants.saveGroup(makeGroup({ tenantId: TENANT_A, id: 2 }));
}

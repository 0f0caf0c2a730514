import type { RosterStores } from '@roster/core';
import { makeGroup, makeOrganization, makeTenant } from '../fixtures';

export const TENANT_A = 'tenant-a';
export const TENANT_B = 'tenant-b';

/**
 * Saves tenants A and B, each with organizations 1 (root), 2 (under 1) and 3 (under 2) and
 * groups 1 and 2, so stores with foreign keys accept users referring to them.
 */
export async function seedTenants(stores: RosterStores, seatLimit: number | null = null): Promise<void> {
  for (const tenantId of [TENANT_A, TENANT_B]) {
    await stores.tenants.saveTenant(makeTenant({ id: tenantId, name: `${tenantId}.example`, accountUrl: null, seatLimit }));
    await stores.tenants.saveOrganization(makeOrganization({ tenantId, id: 1 }));
    await stores.tenants.saveOrganization(makeOrganization({ tenantId, id: 2, parentId: 1 }));
    await stores.tenants.saveOrganization(makeOrganization({ tenantId, id: 3, parentId: 2 }));
    await stores.tenants.saveGroup(makeGroup({ tenantId, id: 1, organizationId: 1 }));
    await stores.tenants.saveGroup(makeGroup({ tenantId, id: 2, organizationId: 2 }));
  }
}

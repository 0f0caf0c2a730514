import {
  RosterApiKeySchema,
  RosterGroupSchema,
  RosterOrganizationSchema,
  RosterTenantCounterSchema,
  RosterTenantHostSchema,
  RosterTenantSchema,
  RosterUserGroupSchema,
  RosterUserSchema,
  RosterUserUniqueValueSchema,
} from '../entities';
import type { RosterEntityManager } from './store-context';

/**
 * Deletes a tenant's rows, children first, inside the caller's transaction; true when the tenant
 * row existed. Users are deleted too (the service only deletes an empty tenant, but a row left
 * behind would hold the tenant id).
 */
export async function removeTenant(em: RosterEntityManager, tenantId: string): Promise<boolean> {
  await em.nativeDelete(RosterUserGroupSchema, { tenantId });
  await em.nativeDelete(RosterUserUniqueValueSchema, { tenantId });
  await em.nativeDelete(RosterUserSchema, { tenantId });
  await em.nativeDelete(RosterApiKeySchema, { tenantId });
  await em.nativeDelete(RosterGroupSchema, { tenantId });
  await em.nativeDelete(RosterOrganizationSchema, { tenantId });
  await em.nativeDelete(RosterTenantHostSchema, { tenantId });
  await em.nativeDelete(RosterTenantCounterSchema, { tenantId });
  return (await em.nativeDelete(RosterTenantSchema, { id: tenantId })) > 0;
}

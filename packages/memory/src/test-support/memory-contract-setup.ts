import type { RawReader, StoreContractSetup } from '@roster/testing/store-contract';
import { MemoryState } from '../memory-state';
import { buildMemoryStores } from '../memory-stores';

/** Reads the memory store's maps directly, bypassing its store methods. */
function rawReaderOf(state: MemoryState): RawReader {
  return {
    user: async (tenantId, id) => {
      const user = state.users.get(tenantId)?.byId.get(id);
      if (!user) return null;
      const { publicId, email, login, firstName, version, lastLoginAt, profile } = user;
      return { id, publicId, email, login, firstName, version, lastLoginAt, profile };
    },
    userCount: async (tenantId) => state.users.get(tenantId)?.byId.size ?? 0,
    userCountWhere: async (tenantId, { role, status }) =>
      [...(state.users.get(tenantId)?.byId.values() ?? [])].filter(
        (user) => (role === undefined || user.role === role) && (status === undefined || user.status === status),
      ).length,
    seatCount: async (tenantId) => state.counters.get(tenantId)?.seats ?? 0,
    tenant: async (id) => {
      const tenant = state.tenants.get(id);
      return tenant ? { id, name: tenant.name, profileFieldNames: tenant.profileFields.map((f) => f.name) } : null;
    },
    organization: async (tenantId, id) => {
      const organization = state.organizations.get(tenantId)?.get(id);
      return organization ? { id, name: organization.name } : null;
    },
    group: async (tenantId, id) => {
      const group = state.groups.get(tenantId)?.get(id);
      return group ? { id, name: group.name } : null;
    },
    apiKey: async (id) => {
      const key = state.apiKeys.get(id);
      return key ? { id, name: key.name, secretHash: key.secretHash, lastUsedAt: key.lastUsedAt, expiresAt: key.expiresAt } : null;
    },
    // The host index, not the tenant record: what findTenantByHost reads.
    tenantHosts: async (tenantId) =>
      [...state.tenantIdsByHost]
        .filter(([, owner]) => owner === tenantId)
        .map(([host]) => host)
        .sort(),
    auditEvents: async (tenantId) =>
      [...state.auditEvents.values()]
        .filter((event) => event.tenantId === tenantId)
        .map(({ id, type }) => ({ id, type }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

/** Empty memory stores per test, for the store contract under Jest and Vitest alike. */
export const memoryContractSetup: StoreContractSetup = async () => {
  const state = new MemoryState();
  return { stores: buildMemoryStores(state), raw: rawReaderOf(state), teardown: async () => undefined };
};

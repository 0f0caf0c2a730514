import type { User, UserListQuery } from '@roster/core';
import { fixtureDate, makeUser } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/**
 * Tenant A's users, in the order they are inserted (not the list order). Sorted by createdAt
 * then id they are 1, 2, 3, 4, 5, 6: users 3 and 4 share a createdAt, so the id decides.
 */
function people(): User[] {
  return [
    makeUser({ id: 5, createdAt: fixtureDate(50), status: 'inactive', role: 'publisher', organizationId: 2 }),
    makeUser({ id: 2, createdAt: fixtureDate(20), status: 'active', role: 'publisher', organizationId: 1, groupIds: [1] }),
    makeUser({ id: 4, createdAt: fixtureDate(30), status: 'active', role: 'user', organizationId: 3, groupIds: [1, 2] }),
    makeUser({ id: 6, createdAt: fixtureDate(60), status: 'pending', role: 'user', organizationId: 3 }),
    makeUser({ id: 3, createdAt: fixtureDate(30), status: 'inactive', role: 'user', organizationId: 2, groupIds: [2] }),
    makeUser({ id: 1, createdAt: fixtureDate(10), status: 'active', role: 'administrator', organizationId: 1 }),
  ];
}

/** UserStore.list: tenant scoping, each filter, order, pagination and total. */
export function describeUserList(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  describe('UserStore.list', () => {
    const ids = async (query: Partial<UserListQuery>): Promise<{ ids: number[]; total: number | undefined }> => {
      const page = await fixture().stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 100, ...query });
      return { ids: page.items.map((user) => user.id), total: page.total };
    };

    let inserted: User[] = [];

    beforeEach(async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      inserted = people();
      for (const user of inserted) await stores.users.insert(user);
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 1, createdAt: fixtureDate(0) }));
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 2, createdAt: fixtureDate(5), organizationId: 2 }));
    });

    it("lists the tenant's users only, ordered by createdAt then id, as stored", async () => {
      expect(await ids({})).toEqual({ ids: [1, 2, 3, 4, 5, 6], total: 6 });
      const page = await fixture().stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 100 });
      expect(page.items).toEqual([...inserted].sort((a, b) => a.id - b.id));
    });

    it('filters by status', async () => {
      expect(await ids({ status: 'active' })).toEqual({ ids: [1, 2, 4], total: 3 });
      expect(await ids({ status: 'inactive' })).toEqual({ ids: [3, 5], total: 2 });
      expect(await ids({ status: 'pending' })).toEqual({ ids: [6], total: 1 });
    });

    it('filters by role', async () => {
      expect(await ids({ role: 'user' })).toEqual({ ids: [3, 4, 6], total: 3 });
      expect(await ids({ role: 'owner' })).toEqual({ ids: [], total: 0 });
    });

    it('filters by a set of organizations (an empty set matches nobody)', async () => {
      expect(await ids({ organizationIds: [2, 3] })).toEqual({ ids: [3, 4, 5, 6], total: 4 });
      expect(await ids({ organizationIds: [1] })).toEqual({ ids: [1, 2], total: 2 });
      expect(await ids({ organizationIds: [] })).toEqual({ ids: [], total: 0 });
    });

    it('filters by group membership', async () => {
      expect(await ids({ groupId: 1 })).toEqual({ ids: [2, 4], total: 2 });
      expect(await ids({ groupId: 2 })).toEqual({ ids: [3, 4], total: 2 });
    });

    it('combines filters', async () => {
      expect(await ids({ status: 'active', role: 'user', organizationIds: [3], groupId: 2 })).toEqual({ ids: [4], total: 1 });
      expect(await ids({ status: 'inactive', organizationIds: [2] })).toEqual({ ids: [3, 5], total: 2 });
    });

    it('pages with offset and limit, counting the total over all pages', async () => {
      expect(await ids({ offset: 0, limit: 2 })).toEqual({ ids: [1, 2], total: 6 });
      expect(await ids({ offset: 2, limit: 2 })).toEqual({ ids: [3, 4], total: 6 });
      expect(await ids({ offset: 4, limit: 10 })).toEqual({ ids: [5, 6], total: 6 });
      expect(await ids({ offset: 6, limit: 10 })).toEqual({ ids: [], total: 6 });
      expect(await ids({ status: 'active', offset: 1, limit: 1 })).toEqual({ ids: [2], total: 3 });
    });

    it('answers an empty page for a tenant without users', async () => {
      const page = await fixture().stores.users.list({ tenantId: 'tenant-none', offset: 0, limit: 10 });
      expect(page).toEqual({ items: [], total: 0, hasMore: false });
    });

    it('anyOf (the SCIM filter): any of the conjunctions; e-mail, login (any case), scimExternalId and statuses; counted', async () => {
      const { stores } = fixture();
      await stores.users.insert(
        makeUser({ id: 7, createdAt: fixtureDate(70), login: 'Grace.H', scimExternalId: 'idp-7', status: 'inactive' }),
      );
      await stores.users.insert(makeUser({ tenantId: TENANT_B, id: 3, createdAt: fixtureDate(70), scimExternalId: 'idp-7' }));
      expect(await ids({ anyOf: [{ email: 'user2@example.com' }] })).toEqual({ ids: [2], total: 1 });
      expect(await ids({ anyOf: [{ login: 'grace.h' }] })).toEqual({ ids: [7], total: 1 });
      expect(await ids({ anyOf: [{ scimExternalId: 'idp-7' }] })).toEqual({ ids: [7], total: 1 });
      expect(await ids({ anyOf: [{ scimExternalId: 'IDP-7' }] })).toEqual({ ids: [], total: 0 });
      expect(await ids({ anyOf: [{ scimExternalId: 'idp-7', statuses: ['active', 'pending'] }] })).toEqual({ ids: [], total: 0 });
      expect(await ids({ anyOf: [{ statuses: ['inactive'] }, { email: 'user1@example.com' }] })).toEqual({ ids: [1, 3, 5, 7], total: 4 });
      expect(await ids({ anyOf: [{ statuses: ['inactive'] }], offset: 1, limit: 1 })).toEqual({ ids: [5], total: 3 });
      expect(await ids({ anyOf: [] })).toEqual({ ids: [], total: 0 });
      expect((await stores.users.findById(TENANT_A, 7))?.scimExternalId).toBe('idp-7');
    });

    it('keeps its own copies of listed users', async () => {
      const { stores } = fixture();
      const first = (await stores.users.list({ tenantId: TENANT_A, offset: 0, limit: 1 })).items[0];
      (first?.groupIds as number[] | undefined)?.push(99);
      expect((await stores.users.findById(TENANT_A, 1))?.groupIds).toEqual([]);
    });
  });
}

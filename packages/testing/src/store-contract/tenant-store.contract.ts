import type { Organization } from '@roster/core';
import { makeGroup, makeOrganization, makeTenant } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

const byId = <T extends { readonly id: string | number }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** TenantStore: tenants, organizations, groups, and the seat counter. */
export function describeTenantStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { describe, expect, it } = runner;
  const { expectRosterError, mutable } = contractAssertions(expect);
  describe('TenantStore', () => {
    it('saves a tenant that every lookup finds, and persists it', async () => {
      const { stores, raw } = fixture();
      const tenant = makeTenant({ id: 't1', name: 'acme.example', accountUrl: 'https://acme.example.com', seatLimit: 5 });
      await stores.tenants.saveTenant(tenant);

      expect(await stores.tenants.findTenantById('t1')).toEqual(tenant);
      expect(await stores.tenants.findTenantByName('acme.example')).toEqual(tenant);
      expect(await stores.tenants.findTenantByAccountUrl('https://acme.example.com')).toEqual(tenant);
      expect(await raw.tenant('t1')).toMatchObject({ id: 't1', name: 'acme.example' });
    });

    it('keeps requireIfMatch when set, and drops it when cleared', async () => {
      const { stores } = fixture();
      const tenant = makeTenant({ id: 't1', name: 'strict.example', requireIfMatch: true });
      await stores.tenants.saveTenant(tenant);
      expect(await stores.tenants.findTenantById('t1')).toEqual(tenant);
      const { requireIfMatch: _dropped, ...relaxed } = tenant;
      await stores.tenants.saveTenant(relaxed);
      expect(await stores.tenants.findTenantById('t1')).toEqual(relaxed);
    });

    it('keeps the audit retention when set, and drops it when cleared', async () => {
      const { stores } = fixture();
      const tenant = makeTenant({ id: 't1', name: 'kept.example', auditRetentionDays: 365, deletedUserRetentionDays: 7 });
      await stores.tenants.saveTenant(tenant);
      expect(await stores.tenants.findTenantById('t1')).toEqual(tenant);
      const { auditRetentionDays: _dropped, ...forever } = tenant;
      await stores.tenants.saveTenant(forever);
      expect(await stores.tenants.findTenantById('t1')).toEqual(forever);
    });

    it('returns null on tenant misses', async () => {
      const { stores } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme.example' }));
      expect(await stores.tenants.findTenantById('t2')).toBeNull();
      expect(await stores.tenants.findTenantByName('other.example')).toBeNull();
      expect(await stores.tenants.findTenantByAccountUrl('https://nowhere.example.com')).toBeNull();
    });

    it('replaces a tenant by id, freeing its old name', async () => {
      const { stores, raw } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'old.example' }));
      const renamed = makeTenant({ id: 't1', name: 'new.example', seatLimit: 3 });
      await stores.tenants.saveTenant(renamed);

      expect(await stores.tenants.findTenantById('t1')).toEqual(renamed);
      expect(await stores.tenants.findTenantByName('old.example')).toBeNull();
      expect(await raw.tenant('t1')).toMatchObject({ name: 'new.example' });
      expect(await stores.tenants.listTenants()).toHaveLength(1);
    });

    it('rejects a name used by another tenant with STORE_INTEGRITY', async () => {
      const { stores, raw } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme.example' }));

      await expectRosterError(stores.tenants.saveTenant(makeTenant({ id: 't2', name: 'acme.example' })), 'STORE_INTEGRITY');
      expect(await raw.tenant('t2')).toBeNull();
    });

    it('lists every tenant', async () => {
      const { stores } = fixture();
      const tenants = [makeTenant({ id: 't2' }), makeTenant({ id: 't1' }), makeTenant({ id: 't3' })];
      for (const tenant of tenants) await stores.tenants.saveTenant(tenant);
      expect([...(await stores.tenants.listTenants())].sort(byId)).toEqual([...tenants].sort(byId));
    });

    it('keeps its own copies of tenants', async () => {
      const { stores } = fixture();
      const tenant = makeTenant({ id: 't1', defaultPermissions: ['course:enroll'] });
      await stores.tenants.saveTenant(tenant);
      const found = mutable(await stores.tenants.findTenantById('t1'));
      found.name = 'changed';
      (found.defaultPermissions as string[]).push('user:read');
      expect(await stores.tenants.findTenantById('t1')).toEqual(tenant);
    });

    it('saves, replaces, finds and lists organizations per tenant', async () => {
      const { stores, raw } = fixture();
      await seedTenants(stores);
      const renamed: Organization = makeOrganization({ tenantId: TENANT_A, id: 2, name: 'Renamed', parentId: 1 });
      await stores.tenants.saveOrganization(renamed);

      expect(await stores.tenants.findOrganization(TENANT_A, 2)).toEqual(renamed);
      expect(await stores.tenants.findOrganization(TENANT_B, 2)).toEqual(makeOrganization({ tenantId: TENANT_B, id: 2, parentId: 1 }));
      expect(await stores.tenants.findOrganization(TENANT_A, 99)).toBeNull();
      expect(await stores.tenants.findOrganization('tenant-none', 1)).toBeNull();
      expect(await raw.organization(TENANT_A, 2)).toMatchObject({ id: 2, name: 'Renamed' });
      const listed = [...(await stores.tenants.listOrganizations(TENANT_A))].sort(byId);
      expect(listed.map((o) => o.id)).toEqual([1, 2, 3]);
      expect(listed[1]).toEqual(renamed);
      expect(await stores.tenants.listOrganizations('tenant-none')).toEqual([]);
    });

    it('saves, replaces, finds and lists groups per tenant', async () => {
      const { stores, raw } = fixture();
      await seedTenants(stores);
      const renamed = makeGroup({ tenantId: TENANT_A, id: 1, name: 'Renamed', organizationId: 2 });
      await stores.tenants.saveGroup(renamed);

      expect(await stores.tenants.findGroup(TENANT_A, 1)).toEqual(renamed);
      expect(await stores.tenants.findGroup(TENANT_B, 1)).toEqual(makeGroup({ tenantId: TENANT_B, id: 1 }));
      expect(await stores.tenants.findGroup(TENANT_A, 99)).toBeNull();
      expect(await raw.group(TENANT_A, 1)).toMatchObject({ id: 1, name: 'Renamed' });
      const listed = [...(await stores.tenants.listGroups(TENANT_A))].sort(byId);
      expect(listed.map((g) => g.id)).toEqual([1, 2]);
      expect(listed[0]).toEqual(renamed);
      expect(await stores.tenants.listGroups('tenant-none')).toEqual([]);
    });

    it('finds groups by their exact name, per tenant, by id (SCIM displayName eq)', async () => {
      const { stores } = fixture();
      await seedTenants(stores);
      const first = makeGroup({ tenantId: TENANT_A, id: 7, name: 'Sales team', organizationId: 1 });
      const second = makeGroup({ tenantId: TENANT_A, id: 5, name: 'Sales team', organizationId: 2 });
      await stores.tenants.saveGroup(first);
      await stores.tenants.saveGroup(second);
      await stores.tenants.saveGroup(makeGroup({ tenantId: TENANT_B, id: 9, name: 'Sales team' }));
      expect(await stores.tenants.findGroupsByName(TENANT_A, 'Sales team')).toEqual([second, first]);
      expect(await stores.tenants.findGroupsByName(TENANT_A, 'sales team')).toEqual([]);
      expect(await stores.tenants.findGroupsByName(TENANT_A, 'Sales')).toEqual([]);
      expect(await stores.tenants.findGroupsByName('tenant-none', 'Sales team')).toEqual([]);
    });

    describe('seat counter', () => {
      it('hands out increasing positive ids and counts the seats', async () => {
        const { stores, raw } = fixture();
        await seedTenants(stores);
        expect(await stores.tenants.countUsers(TENANT_A)).toBe(0);

        const first = await stores.tenants.allocateUser(TENANT_A, null);
        const second = await stores.tenants.allocateUser(TENANT_A, null);
        expect(Number.isInteger(first) && (first ?? 0) > 0).toBe(true);
        expect(second).toBeGreaterThan(first ?? Infinity);
        expect(await stores.tenants.countUsers(TENANT_A)).toBe(2);
        expect(await raw.seatCount(TENANT_A)).toBe(2);
        expect(await raw.seatCount(TENANT_B)).toBe(0);
      });

      it('returns null at the seat limit, changing nothing', async () => {
        const { stores, raw } = fixture();
        await seedTenants(stores);
        expect(await stores.tenants.allocateUser(TENANT_A, 2)).not.toBeNull();
        expect(await stores.tenants.allocateUser(TENANT_A, 2)).not.toBeNull();

        expect(await stores.tenants.allocateUser(TENANT_A, 2)).toBeNull();
        expect(await raw.seatCount(TENANT_A)).toBe(2);
        expect(await stores.tenants.allocateUser(TENANT_A, 0)).toBeNull();
        expect(await stores.tenants.allocateUser(TENANT_A, 3)).not.toBeNull();
        expect(await raw.seatCount(TENANT_A)).toBe(3);
      });

      it('gives a seat back on release, but never reuses an id', async () => {
        const { stores, raw } = fixture();
        await seedTenants(stores);
        const first = await stores.tenants.allocateUser(TENANT_A, 2);
        const second = await stores.tenants.allocateUser(TENANT_A, 2);
        await stores.tenants.releaseSeat(TENANT_A);
        expect(await raw.seatCount(TENANT_A)).toBe(1);
        expect(await stores.tenants.countUsers(TENANT_A)).toBe(1);

        const third = await stores.tenants.allocateUser(TENANT_A, 2);
        expect(third).not.toBeNull();
        expect(third).toBeGreaterThan(second ?? Infinity);
        expect([first, second]).not.toContain(third);
        expect(await raw.seatCount(TENANT_A)).toBe(2);
      });

      it('keeps one counter per tenant', async () => {
        const { stores, raw } = fixture();
        await seedTenants(stores);
        await stores.tenants.allocateUser(TENANT_A, null);
        await stores.tenants.allocateUser(TENANT_A, null);
        await stores.tenants.allocateUser(TENANT_B, 1);

        expect(await stores.tenants.allocateUser(TENANT_B, 1)).toBeNull();
        expect(await raw.seatCount(TENANT_A)).toBe(2);
        expect(await raw.seatCount(TENANT_B)).toBe(1);
      });
    });
  });
}

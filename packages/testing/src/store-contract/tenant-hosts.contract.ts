import { makeTenant } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/** TenantStore: the host names of tenants (`hosts`, `findTenantByHost`), read back raw. */
export function describeTenantHosts(fixture: FixtureAccess, runner: ContractRunner): void {
  const { describe, expect, it } = runner;
  const { expectRosterError } = contractAssertions(expect);
  describe('TenantStore host names', () => {
    it('saves a tenant with hosts that findTenantByHost finds, each host persisted, sorted on the way out', async () => {
      const { stores, raw } = fixture();
      const tenant = makeTenant({ id: 't1', name: 'acme', hosts: ['school.acme.test', '[::1]', 'localhost'] });
      await stores.tenants.saveTenant(tenant);

      const sorted = { ...tenant, hosts: ['[::1]', 'localhost', 'school.acme.test'] };
      for (const host of tenant.hosts) expect(await stores.tenants.findTenantByHost(host)).toEqual(sorted);
      expect(await stores.tenants.findTenantById('t1')).toEqual(sorted);
      expect(await stores.tenants.findTenantByName('acme')).toEqual(sorted);
      expect(await stores.tenants.listTenants()).toEqual([sorted]);
      expect(await raw.tenantHosts('t1')).toEqual(['[::1]', 'localhost', 'school.acme.test']);
      // Exact match on the stored (normalised) form: normalising is the caller's job.
      expect(await stores.tenants.findTenantByHost('nowhere.test')).toBeNull();
      expect(await stores.tenants.findTenantByHost('School.acme.test')).toBeNull();
      expect(await stores.tenants.findTenantByHost('')).toBeNull();
    });

    it('replaces the hosts of a tenant saved again, freeing the ones it dropped', async () => {
      const { stores, raw } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme', hosts: ['a.test', 'b.test'] }));
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme', hosts: ['b.test', 'c.test'] }));
      expect(await stores.tenants.findTenantByHost('a.test')).toBeNull();
      expect((await stores.tenants.findTenantByHost('c.test'))?.id).toBe('t1');
      expect(await raw.tenantHosts('t1')).toEqual(['b.test', 'c.test']);

      await stores.tenants.saveTenant(makeTenant({ id: 't2', name: 'globex', hosts: ['a.test'] }));
      expect((await stores.tenants.findTenantByHost('a.test'))?.id).toBe('t2');
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme', hosts: [] }));
      expect(await raw.tenantHosts('t1')).toEqual([]);
      expect((await stores.tenants.findTenantById('t1'))?.hosts).toEqual([]);
    });

    it('rejects a host another tenant holds with STORE_INTEGRITY, changing nothing', async () => {
      const { stores, raw } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme', hosts: ['shared.test'] }));
      const before = makeTenant({ id: 't2', name: 'globex', seatLimit: 3, hosts: ['globex.test'] });
      await stores.tenants.saveTenant(before);

      await expectRosterError(
        stores.tenants.saveTenant({ ...before, seatLimit: 9, hosts: ['globex.test', 'shared.test'] }),
        'STORE_INTEGRITY',
      );
      await expectRosterError(stores.tenants.saveTenant(makeTenant({ id: 't3', name: 'new', hosts: ['shared.test'] })), 'STORE_INTEGRITY');
      expect(await stores.tenants.findTenantById('t2')).toEqual(before);
      expect(await raw.tenant('t3')).toBeNull();
      expect(await raw.tenantHosts('t1')).toEqual(['shared.test']);
      expect(await raw.tenantHosts('t2')).toEqual(['globex.test']);
      expect(await raw.tenantHosts('t3')).toEqual([]);
    });

    it('undoes hosts with the unit of work that saved them', async () => {
      const { stores, raw } = fixture();
      await stores.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme', hosts: ['old.test'] }));
      const failure = new Error('after the write');
      await expect(
        stores.unitOfWork.run(async (tx) => {
          await tx.tenants.saveTenant(makeTenant({ id: 't1', name: 'acme', hosts: ['new.test'] }));
          await tx.tenants.saveTenant(makeTenant({ id: 't9', name: 'other', hosts: ['other.test'] }));
          expect((await tx.tenants.findTenantByHost('new.test'))?.id).toBe('t1');
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect((await stores.tenants.findTenantByHost('old.test'))?.id).toBe('t1');
      expect(await stores.tenants.findTenantByHost('new.test')).toBeNull();
      expect(await stores.tenants.findTenantByHost('other.test')).toBeNull();
      expect(await raw.tenantHosts('t1')).toEqual(['old.test']);
      expect(await raw.tenantHosts('t9')).toEqual([]);
    });
  });
}

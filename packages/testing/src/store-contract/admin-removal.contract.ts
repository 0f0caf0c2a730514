import { makeApiKey } from '../fixtures';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/**
 * What the admin API removes: an API key by (tenant, id) (revocation), and a whole tenant with
 * its host names, organizations, groups, keys and counter. Checked by raw read-back.
 */
export function describeAdminRemoval(fixture: FixtureAccess, runner: ContractRunner): void {
  const { expect } = runner;
  runner.describe('admin removal', () => {
    runner.beforeEach(async () => seedTenants(fixture().stores));

    runner.it('finds a key by tenant and id, never across tenants', async () => {
      const { stores } = fixture();
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A });
      await stores.apiKeys.save(key);
      expect(await stores.apiKeys.findById(TENANT_A, 'k1')).toEqual(key);
      expect(await stores.apiKeys.findById(TENANT_B, 'k1')).toBeNull();
      expect(await stores.apiKeys.findById(TENANT_A, 'missing')).toBeNull();
    });

    runner.it('deletes a key by tenant and id, freeing its secret hash, and only in its tenant', async () => {
      const { stores, raw } = fixture();
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A });
      const other = makeApiKey({ id: 'k2', tenantId: TENANT_A });
      await stores.apiKeys.save(key);
      await stores.apiKeys.save(other);

      expect(await stores.apiKeys.deleteById(TENANT_B, 'k1')).toBe(false);
      expect(await raw.apiKey('k1')).not.toBeNull();
      expect(await stores.apiKeys.deleteById(TENANT_A, 'k1')).toBe(true);
      expect(await raw.apiKey('k1')).toBeNull();
      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toBeNull();
      expect(await stores.apiKeys.deleteById(TENANT_A, 'k1')).toBe(false);
      expect((await stores.apiKeys.listByTenant(TENANT_A)).map((k) => k.id)).toEqual(['k2']);
      // The hash is free again: a new key may hold it.
      await stores.apiKeys.save({ ...key, id: 'k3' });
      expect((await stores.apiKeys.findBySecretHash(key.secretHash))?.id).toBe('k3');
    });

    runner.it('rolls a key deletion back with its unit of work', async () => {
      const { stores, raw } = fixture();
      await stores.apiKeys.save(makeApiKey({ id: 'k1', tenantId: TENANT_A }));
      const failure = new Error('roll back');
      await expect(
        stores.unitOfWork.run(async (tx) => {
          expect(await tx.apiKeys.deleteById(TENANT_A, 'k1')).toBe(true);
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await raw.apiKey('k1')).not.toBeNull();
    });

    runner.it('deletes a tenant with its hosts, organizations, groups and keys, leaving the others', async () => {
      const { stores, raw } = fixture();
      const tenant = await stores.tenants.findTenantById(TENANT_A);
      if (tenant === null) throw new Error('the seed saved no tenant A');
      await stores.tenants.saveTenant({ ...tenant, hosts: ['a.example.com'] });
      await stores.apiKeys.save(makeApiKey({ id: 'ka', tenantId: TENANT_A }));
      await stores.apiKeys.save(makeApiKey({ id: 'kb', tenantId: TENANT_B }));

      expect(await stores.unitOfWork.run((tx) => tx.tenants.deleteTenant(TENANT_A))).toBe(true);
      expect(await raw.tenant(TENANT_A)).toBeNull();
      expect(await raw.tenantHosts(TENANT_A)).toEqual([]);
      expect(await raw.organization(TENANT_A, 1)).toBeNull();
      expect(await raw.group(TENANT_A, 1)).toBeNull();
      expect(await raw.apiKey('ka')).toBeNull();
      expect(await stores.tenants.findTenantByHost('a.example.com')).toBeNull();
      expect(await stores.tenants.deleteTenant(TENANT_A)).toBe(false);

      expect(await raw.tenant(TENANT_B)).not.toBeNull();
      expect(await raw.organization(TENANT_B, 1)).not.toBeNull();
      expect(await raw.apiKey('kb')).not.toBeNull();
      // The name and the host are free for a new tenant.
      await stores.tenants.saveTenant({ ...tenant, id: 'tenant-c', hosts: ['a.example.com'] });
      expect((await stores.tenants.findTenantByHost('a.example.com'))?.id).toBe('tenant-c');
    });
  });
}

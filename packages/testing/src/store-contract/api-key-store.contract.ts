import { hashSecret, makeApiKey, makeTenant } from '../fixtures';
import { contractAssertions } from './contract-helpers';
import { seedTenants, TENANT_A, TENANT_B } from './contract-seed';
import type { ContractRunner } from './contract-runner';
import type { FixtureAccess } from './store-contract.types';

/** ApiKeyStore: save/replace, lookup by secret hash (unique across tenants), listing, last use. */
export function describeApiKeyStore(fixture: FixtureAccess, runner: ContractRunner): void {
  const { beforeEach, describe, expect, it } = runner;
  const { expectRosterError, mutable } = contractAssertions(expect);
  describe('ApiKeyStore', () => {
    beforeEach(async () => seedTenants(fixture().stores));

    it('saves a key found by its secret hash, and persists it', async () => {
      const { stores, raw } = fixture();
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A, permissions: ['user:read'], organizationId: 2 });
      await stores.apiKeys.save(key);

      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toEqual(key);
      expect(await raw.apiKey('k1')).toMatchObject({ id: 'k1', name: key.name, secretHash: key.secretHash, lastUsedAt: null });
    });

    it('stores an expiry to the millisecond, read back by every lookup', async () => {
      const { stores, raw } = fixture();
      const expiresAt = new Date(Date.UTC(2031, 0, 2, 3, 4, 5, 678));
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A, expiresAt });
      await stores.apiKeys.save(key);

      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toEqual(key);
      expect(await stores.apiKeys.findById(TENANT_A, 'k1')).toEqual(key);
      expect(await stores.apiKeys.listByTenant(TENANT_A)).toEqual([key]);
      const withTenant = stores.apiKeys.findBySecretHashWithTenant?.bind(stores.apiKeys);
      if (withTenant !== undefined) expect((await withTenant(key.secretHash))?.key).toEqual(key);
      expect((await raw.apiKey('k1'))?.expiresAt?.getTime()).toBe(expiresAt.getTime());
    });

    it('sets and clears an expiry by saving the key again (what a rotation with a grace period does)', async () => {
      const { stores, raw } = fixture();
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A });
      await stores.apiKeys.save(key);
      expect((await raw.apiKey('k1'))?.expiresAt).toBeNull();

      const graceEnd = new Date(Date.UTC(2030, 5, 1, 12));
      await stores.apiKeys.save({ ...key, expiresAt: graceEnd });
      const successor = makeApiKey({ id: 'k2', tenantId: TENANT_A, secretHash: hashSecret('successor') });
      await stores.apiKeys.save(successor);
      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toEqual({ ...key, expiresAt: graceEnd });
      expect(await stores.apiKeys.findBySecretHash(successor.secretHash)).toEqual(successor);

      await stores.apiKeys.save({ ...key, expiresAt: null });
      expect((await stores.apiKeys.findById(TENANT_A, 'k1'))?.expiresAt).toBeNull();
      expect((await raw.apiKey('k1'))?.expiresAt).toBeNull();
    });

    it('returns null for an unknown secret hash', async () => {
      const { stores } = fixture();
      await stores.apiKeys.save(makeApiKey());
      expect(await stores.apiKeys.findBySecretHash(hashSecret('unknown'))).toBeNull();
    });

    it('replaces a key by id, freeing its old hash', async () => {
      const { stores, raw } = fixture();
      const key = makeApiKey({ id: 'k1' });
      await stores.apiKeys.save(key);
      const rotated = { ...key, name: 'Rotated', secretHash: hashSecret('rotated') };
      await stores.apiKeys.save(rotated);

      expect(await stores.apiKeys.findBySecretHash(rotated.secretHash)).toEqual(rotated);
      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toBeNull();
      expect(await raw.apiKey('k1')).toMatchObject({ name: 'Rotated', secretHash: rotated.secretHash });
      expect(await stores.apiKeys.listByTenant(TENANT_A)).toHaveLength(1);
    });

    it('rejects a secret hash held by another key, in any tenant, with STORE_INTEGRITY', async () => {
      const { stores, raw } = fixture();
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A });
      await stores.apiKeys.save(key);

      await expectRosterError(
        stores.apiKeys.save(makeApiKey({ id: 'k2', tenantId: TENANT_A, secretHash: key.secretHash })),
        'STORE_INTEGRITY',
      );
      await expectRosterError(
        stores.apiKeys.save(makeApiKey({ id: 'k3', tenantId: TENANT_B, secretHash: key.secretHash })),
        'STORE_INTEGRITY',
      );
      expect(await raw.apiKey('k2')).toBeNull();
      expect(await raw.apiKey('k3')).toBeNull();
      expect((await stores.apiKeys.findBySecretHash(key.secretHash))?.id).toBe('k1');
    });

    it("lists a tenant's keys only", async () => {
      const { stores } = fixture();
      const a1 = makeApiKey({ id: 'a1', tenantId: TENANT_A });
      const a2 = makeApiKey({ id: 'a2', tenantId: TENANT_A });
      await stores.apiKeys.save(a2);
      await stores.apiKeys.save(makeApiKey({ id: 'b1', tenantId: TENANT_B }));
      await stores.apiKeys.save(a1);

      const listed = [...(await stores.apiKeys.listByTenant(TENANT_A))].sort((x, y) => x.id.localeCompare(y.id));
      expect(listed).toEqual([a1, a2]);
      expect(await stores.apiKeys.listByTenant('tenant-none')).toEqual([]);
    });

    it('records the last use', async () => {
      const { stores, raw } = fixture();
      const key = makeApiKey({ id: 'k1' });
      await stores.apiKeys.save(key);
      const at = new Date(Date.UTC(2024, 6, 1, 8, 0, 0));

      await stores.apiKeys.touchLastUsed('k1', at);
      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toEqual({ ...key, lastUsedAt: at });
      expect((await raw.apiKey('k1'))?.lastUsedAt?.getTime()).toBe(at.getTime());
    });

    // Optional in the port: a store without it is not asked (Roster then reads the tenant apart).
    it('reads a key with its tenant, when the store offers it, as findBySecretHash and findTenantById do', async () => {
      const { stores } = fixture();
      const withTenant = stores.apiKeys.findBySecretHashWithTenant?.bind(stores.apiKeys);
      if (withTenant === undefined) return;
      const tenant = makeTenant({ id: TENANT_A, name: `${TENANT_A}.example`, accountUrl: null, hosts: ['b.a.test', 'a.a.test'] });
      await stores.tenants.saveTenant(tenant);
      const key = makeApiKey({ id: 'k1', tenantId: TENANT_A, permissions: ['user:read'], lastUsedAt: new Date(Date.UTC(2024, 6, 1)) });
      const bare = makeApiKey({ id: 'k2', tenantId: TENANT_B });
      await stores.apiKeys.save(key);
      await stores.apiKeys.save(bare);

      expect(await withTenant(key.secretHash)).toEqual({ key, tenant: { ...tenant, hosts: ['a.a.test', 'b.a.test'] } });
      expect(await withTenant(bare.secretHash)).toEqual({ key: bare, tenant: await stores.tenants.findTenantById(TENANT_B) });
      expect(await withTenant(hashSecret('unknown'))).toBeNull();
      const inWork = await stores.unitOfWork.run(async (tx) => {
        const renamed = { ...tenant, name: 'renamed.example', hosts: ['c.a.test'] };
        await tx.tenants.saveTenant(renamed);
        return { read: await tx.apiKeys.findBySecretHashWithTenant?.(key.secretHash), renamed };
      });
      expect(inWork.read).toEqual({ key, tenant: inWork.renamed });
    });

    it('keeps its own copies of keys', async () => {
      const { stores } = fixture();
      const key = makeApiKey({ id: 'k1', permissions: ['user:read'] });
      await stores.apiKeys.save(key);
      const found = mutable(await stores.apiKeys.findBySecretHash(key.secretHash));
      found.role = 'owner';
      (found.permissions as string[]).push('user:manage');
      expect(await stores.apiKeys.findBySecretHash(key.secretHash)).toEqual(key);
    });
  });
}

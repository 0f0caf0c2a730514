import { hashSecret, makeApiKey } from '../fixtures';
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

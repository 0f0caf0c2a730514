import { hashApiKeySecret } from '../../defaults/api-key-secret';
import type { ApiKeyStore, TenantStore } from '../../ports';
import type { BootstrapPlan } from './bootstrap-file.types';
import { invalid } from './bootstrap-reader';

/**
 * What only the stores can tell: an account URL, a host name or an API key secret that already belongs to
 * another tenant (tenants are matched by name). Throws BOOTSTRAP_INVALID before anything is written.
 */
export async function checkConflicts(
  plan: BootstrapPlan,
  stores: { readonly tenants: TenantStore; readonly apiKeys: ApiKeyStore },
): Promise<void> {
  for (const tenant of plan.tenants) {
    const existing = await stores.tenants.findTenantByName(tenant.name);
    if (tenant.accountUrl !== null) {
      const owner = await stores.tenants.findTenantByAccountUrl(tenant.accountUrl);
      if (owner !== null && owner.name !== tenant.name) {
        throw invalid(`${tenant.path}.accountUrl`, `already the account URL of tenant "${owner.name}"`);
      }
    }
    for (const [index, host] of tenant.hosts.entries()) {
      const owner = await stores.tenants.findTenantByHost(host);
      if (owner !== null && owner.name !== tenant.name) {
        throw invalid(`${tenant.path}.hosts[${index}]`, `already a host name of tenant "${owner.name}"`);
      }
    }
    for (const key of tenant.apiKeys) {
      const found = await stores.apiKeys.findBySecretHash(hashApiKeySecret(key.secret));
      if (found !== null && found.tenantId !== existing?.id) {
        throw invalid(`${key.path}.key`, 'this key is already used by another tenant');
      }
    }
  }
}

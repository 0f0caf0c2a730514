import { inject, injectable } from 'tsyringe';
import type { Tenant } from '../domain';
import { TOKENS, type TenantStore } from '../ports';
import type { TenantServiceApi } from '../roster.types';
import { hostOfHostHeader, normalizeAccountUrl } from '../rules';

/** Finds the tenant a request names, by id, name (courselit `domain`), host (courselit `Host`) or account URL (ispring). */
@injectable()
export class TenantService implements TenantServiceApi {
  constructor(@inject(TOKENS.TenantStore) private readonly tenants: TenantStore) {}

  findById(id: string): Promise<Tenant | null> {
    return this.tenants.findTenantById(id);
  }

  findByName(name: string): Promise<Tenant | null> {
    return this.tenants.findTenantByName(name);
  }

  async findByAccountUrl(accountUrl: string): Promise<Tenant | null> {
    const normalized = normalizeAccountUrl(accountUrl);
    return normalized === null ? null : this.tenants.findTenantByAccountUrl(normalized);
  }

  async findByHost(hostHeader: string): Promise<Tenant | null> {
    const host = hostOfHostHeader(hostHeader);
    return host === null ? null : this.tenants.findTenantByHost(host);
  }
}

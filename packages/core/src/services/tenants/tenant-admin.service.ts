import { inject, injectable } from 'tsyringe';
import type { Tenant } from '../../domain';
import { RosterError, validationError } from '../../errors';
import { TOKENS, type IdGenerator, type TenantStore, type UnitOfWork } from '../../ports';
import type { CreateTenantInput, TenantAdminApi, TenantFields } from './tenant-admin.types';
import { normalizeTenantFields, type NormalizedTenantFields } from './tenant-fields.validator';

/** The id of a new tenant's root organization. */
const ROOT_ORGANIZATION_ID = 1;

/**
 * Creates, lists, changes and deletes tenants for the host's operator. Names and host names are
 * unique across tenants (TENANT_NAME_TAKEN; a taken host is a VALIDATION_FAILED on `hosts`); a
 * new tenant gets a root organization (id 1) named like it.
 */
@injectable()
export class TenantAdminService implements TenantAdminApi {
  constructor(
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
  ) {}

  async create(input: CreateTenantInput): Promise<Tenant> {
    const fields = normalizeTenantFields(input);
    const tenant: Tenant = {
      id: this.ids.id(),
      name: fields.name ?? input.name,
      accountUrl: fields.accountUrl ?? null,
      identifyBy: input.identifyBy ?? 'email',
      seatLimit: fields.seatLimit ?? null,
      defaultPermissions: [],
      rootOrganizationId: ROOT_ORGANIZATION_ID,
      hosts: fields.hosts ?? [],
      profileFields: [],
      ...(fields.requireIfMatch === true ? { requireIfMatch: true } : {}),
      ...(fields.deletedUserRetentionDays === undefined ? {} : { deletedUserRetentionDays: fields.deletedUserRetentionDays }),
      ...(fields.auditRetentionDays === undefined || fields.auditRetentionDays === null
        ? {}
        : { auditRetentionDays: fields.auditRetentionDays }),
    };
    await this.requireFree(tenant.id, fields);
    await this.unitOfWork.run(async (stores) => {
      await stores.tenants.saveTenant(tenant);
      await stores.tenants.saveOrganization({ tenantId: tenant.id, id: ROOT_ORGANIZATION_ID, name: tenant.name, parentId: null });
    });
    return tenant;
  }

  async list(): Promise<readonly Tenant[]> {
    const tenants = await this.tenants.listTenants();
    return [...tenants].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async get(id: string): Promise<Tenant> {
    const tenant = await this.tenants.findTenantById(id);
    if (tenant === null) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
    return tenant;
  }

  async update(id: string, input: TenantFields): Promise<Tenant> {
    const current = await this.get(id);
    const fields = normalizeTenantFields(input);
    await this.requireFree(id, fields);
    const { auditRetentionDays, ...rest } = fields;
    const updated = withAuditRetention({ ...current, ...rest }, auditRetentionDays);
    await this.unitOfWork.run((stores) => stores.tenants.saveTenant(updated));
    return updated;
  }

  async delete(id: string): Promise<void> {
    await this.get(id);
    await this.unitOfWork.run(async (stores) => {
      if ((await stores.tenants.countUsers(id)) > 0) throw new RosterError('TENANT_NOT_EMPTY', 'the tenant still holds users');
      if ((await stores.deletedUsers.list({ tenantId: id, limit: 1 })).total > 0) {
        throw new RosterError('TENANT_NOT_EMPTY', 'the tenant still holds soft-deleted users: purge them first');
      }
      if (!(await stores.tenants.deleteTenant(id))) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
    });
  }

  /** TENANT_NAME_TAKEN, or VALIDATION_FAILED on `hosts`, when another tenant holds the name or a host. */
  private async requireFree(id: string, fields: NormalizedTenantFields): Promise<void> {
    if (fields.name !== undefined) {
      const holder = await this.tenants.findTenantByName(fields.name);
      if (holder !== null && holder.id !== id) throw new RosterError('TENANT_NAME_TAKEN', 'another tenant has this name');
    }
    for (const host of fields.hosts ?? []) {
      const holder = await this.tenants.findTenantByHost(host);
      if (holder !== null && holder.id !== id) throw validationError([{ field: 'hosts', message: `"${host}" is used by another tenant` }]);
    }
  }
}

/** The tenant with its audit retention set (a number), cleared (null: for ever) or kept (undefined). */
function withAuditRetention(tenant: Tenant, days: number | null | undefined): Tenant {
  if (days === undefined) return tenant;
  const { auditRetentionDays: _replaced, ...others } = tenant;
  return days === null ? others : { ...others, auditRetentionDays: days };
}

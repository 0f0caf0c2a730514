import { inject, injectable } from 'tsyringe';
import type { Group, Tenant, User } from '../../domain';
import { apiKeyPrefix, hashApiKeySecret } from '../../defaults/api-key-secret';
import { TOKENS, type Clock, type IdGenerator, type TransactionalStores } from '../../ports';
import type { BootstrapReport } from '../../roster.types';
import { newUserRecord } from '../users/user-record';
import type { ApiKeyPlan, GroupPlan, TenantPlan, UserPlan } from './bootstrap-file.types';
import { invalid } from './bootstrap-reader';

export interface BootstrapOutcome {
  readonly report: BootstrapReport;
  readonly createdUsers: readonly User[];
}

type Counts = { -readonly [K in keyof BootstrapReport]: BootstrapReport[K] };

/**
 * Writes a validated plan inside one unit of work, idempotently: tenants matched by name,
 * organizations and groups upserted by id, API keys matched by secret hash, users matched by
 * e-mail or login and left as they are when they exist.
 */
@injectable()
export class BootstrapWriter {
  constructor(
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Clock) private readonly clock: Clock,
  ) {}

  async write(
    tenants: readonly TenantPlan[],
    stores: TransactionalStores,
    passwordHash: (user: UserPlan) => Promise<string>,
  ): Promise<BootstrapOutcome> {
    const counts: Counts = {
      tenantsCreated: 0,
      tenantsUpdated: 0,
      organizations: 0,
      groups: 0,
      apiKeysCreated: 0,
      usersCreated: 0,
      usersExisting: 0,
    };
    const createdUsers: User[] = [];
    for (const plan of tenants) {
      const existing = await stores.tenants.findTenantByName(plan.name);
      counts[existing === null ? 'tenantsCreated' : 'tenantsUpdated'] += 1;
      const tenant = await this.writeTenant(plan, existing, stores);
      for (const organization of plan.organizations) {
        const keep = plan.implicitRoot && (await stores.tenants.findOrganization(tenant.id, organization.id)) !== null;
        if (!keep) await stores.tenants.saveOrganization({ tenantId: tenant.id, ...organization });
        counts.organizations += 1;
      }
      for (const group of plan.groups) await stores.tenants.saveGroup(await this.plannedGroup(tenant.id, group, stores));
      counts.groups += plan.groups.length;
      for (const key of plan.apiKeys) counts.apiKeysCreated += (await this.writeApiKey(tenant, key, stores)) ? 1 : 0;
      for (const user of plan.users) {
        const created = await this.writeUser(tenant, user, stores, passwordHash);
        if (created === null) counts.usersExisting += 1;
        else createdUsers.push(created);
      }
    }
    counts.usersCreated = createdUsers.length;
    return { report: counts, createdUsers };
  }

  /**
   * The group as the plan has it: version 1, no externalId and created now when new; a group
   * already stored keeps its externalId and creation time, and its version and `updatedAt` when
   * unchanged (else one more version, changed now).
   */
  private async plannedGroup(tenantId: string, plan: GroupPlan, stores: TransactionalStores): Promise<Group> {
    const existing = await stores.tenants.findGroup(tenantId, plan.id);
    const planned = { tenantId, ...plan };
    const now = this.clock.now();
    if (existing === null) return { ...planned, version: 1, externalId: null, createdAt: now, updatedAt: now };
    const unchanged = existing.name === plan.name && existing.organizationId === plan.organizationId;
    if (unchanged) return { ...existing, ...planned };
    return { ...existing, ...planned, version: existing.version + 1, updatedAt: now };
  }

  private async writeTenant(plan: TenantPlan, existing: Tenant | null, stores: TransactionalStores): Promise<Tenant> {
    const { name, accountUrl, identifyBy, seatLimit, defaultPermissions, hosts, profileFields } = plan;
    const rootOrganizationId = plan.implicitRoot && existing ? existing.rootOrganizationId : plan.rootOrganizationId;
    const id = existing?.id ?? this.ids.id();
    const tenant: Tenant = {
      id,
      name,
      accountUrl,
      identifyBy,
      seatLimit,
      defaultPermissions,
      rootOrganizationId,
      hosts,
      profileFields,
    };
    await stores.tenants.saveTenant(tenant);
    return tenant;
  }

  /** True when the key is new. A known key keeps its id, dates and prefix, and takes the file's settings. */
  private async writeApiKey(tenant: Tenant, plan: ApiKeyPlan, stores: TransactionalStores): Promise<boolean> {
    const secretHash = hashApiKeySecret(plan.secret);
    const existing = await stores.apiKeys.findBySecretHash(secretHash);
    const { name, role, permissions, organizationId } = plan;
    await stores.apiKeys.save({
      id: existing?.id ?? this.ids.id(),
      tenantId: tenant.id,
      prefix: existing?.prefix ?? apiKeyPrefix(plan.secret),
      secretHash,
      createdAt: existing?.createdAt ?? this.clock.now(),
      lastUsedAt: existing?.lastUsedAt ?? null,
      expiresAt: existing?.expiresAt ?? null,
      name,
      role,
      permissions,
      organizationId,
    });
    return existing === null;
  }

  /** The new user, or null when a user with that e-mail or login exists already. */
  private async writeUser(
    tenant: Tenant,
    plan: UserPlan,
    stores: TransactionalStores,
    passwordHash: (user: UserPlan) => Promise<string>,
  ): Promise<User | null> {
    if ((await findExisting(tenant.id, plan, stores)) !== null) return null;
    const id = await stores.tenants.allocateUser(tenant.id, tenant.seatLimit);
    if (id === null) throw invalid(plan.path, `the seat limit of tenant "${tenant.name}" is reached`);
    const { email, login, firstName, lastName, permissions, status, backendAccess } = plan;
    const input = { email, login, firstName, lastName, permissions, status, backendAccess, source: 'bootstrap' };
    const user = newUserRecord(input, {
      tenant,
      id,
      publicId: this.ids.publicUserId(),
      role: plan.role,
      organizationId: plan.organizationId,
      groupIds: plan.groupIds,
      passwordHash: await passwordHash(plan),
      now: this.clock.now(),
      profile: { profile: {} },
    });
    await stores.users.insert(user);
    return user;
  }
}

export async function findExisting(tenantId: string, plan: UserPlan, stores: Pick<TransactionalStores, 'users'>): Promise<User | null> {
  const byEmail = plan.email === null ? null : await stores.users.findByEmail(tenantId, plan.email);
  return byEmail ?? (plan.login === null ? null : await stores.users.findByLogin(tenantId, plan.login));
}

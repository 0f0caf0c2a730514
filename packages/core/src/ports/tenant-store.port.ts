import type { Group, Organization, Tenant } from '../domain';

/**
 * A group before the store gives it its id (and its first version, 1, with `updatedAt` =
 * `createdAt`); no `externalId`: none (null).
 */
export type NewGroup = Omit<Group, 'id' | 'version' | 'externalId' | 'updatedAt'> & { readonly externalId?: string | null };

/** What a group write changes: the fields sent (none: only the version moves on) and when (`updatedAt`, always written). */
export interface GroupChanges {
  readonly name?: string;
  readonly externalId?: string | null;
  readonly updatedAt: Date;
}

/**
 * Tenants with their organizations and groups, and each tenant's user counter: the seat count
 * and the next integer user id, changed atomically (a locked row, not a count then an insert).
 */
export interface TenantStore {
  /** Inserts or replaces by `id`; `name` and each of `hosts` are unique (a clash throws STORE_INTEGRITY). */
  saveTenant(tenant: Tenant): Promise<void>;
  findTenantById(id: string): Promise<Tenant | null>;
  findTenantByName(name: string): Promise<Tenant | null>;
  /** `accountUrl` is already normalised. */
  findTenantByAccountUrl(accountUrl: string): Promise<Tenant | null>;
  listTenants(): Promise<readonly Tenant[]>;
  /**
   * Removes a tenant with its host names, organizations, groups, API keys and user counter;
   * false when there was none. The caller checks it holds no users first (TENANT_NOT_EMPTY).
   */
  deleteTenant(id: string): Promise<boolean>;
  /**
   * The tenant listing `host` among its `hosts` (already normalised). `saveTenant` replaces a
   * tenant's hosts; a host listed by another tenant throws VALIDATION_FAILED. Every tenant a
   * store returns lists its hosts in ascending (code unit) order.
   */
  findTenantByHost(host: string): Promise<Tenant | null>;

  /** Inserts or replaces by (tenantId, id). */
  saveOrganization(organization: Organization): Promise<void>;
  findOrganization(tenantId: string, id: number): Promise<Organization | null>;
  listOrganizations(tenantId: string): Promise<readonly Organization[]>;

  /** Inserts or replaces by (tenantId, id); the tenant's group counter moves past `id`. */
  saveGroup(group: Group): Promise<void>;
  findGroup(tenantId: string, id: number): Promise<Group | null>;
  listGroups(tenantId: string): Promise<readonly Group[]>;
  /** The tenant's groups named exactly `name` (as stored, case-sensitive), by id: a query, not a scan of listGroups. */
  findGroupsByName(tenantId: string, name: string): Promise<readonly Group[]>;
  /** The tenant's groups whose `externalId` is exactly `externalId`, by id: a query (an index), not a scan. */
  findGroupsByExternalId(tenantId: string, externalId: string): Promise<readonly Group[]>;
  /**
   * Creates a group with the tenant's next group id (`nextGroupId`: from a per-tenant counter that
   * `createGroup` and `saveGroup` move past every id they write, so the id of a deleted group,
   * the newest too, is never given again), its name unique
   * in the tenant by `groupNameKey` (case-insensitive): GROUP_NAME_TAKEN otherwise. Group writes of
   * one tenant are serialised (under concurrent creates of one name exactly one succeeds);
   * TENANT_NOT_FOUND for a tenant never saved. Joins the unit of work it runs in.
   */
  createGroup(group: NewGroup): Promise<Group>;
  /**
   * Writes the changes of a group and moves its version on by one: null when the tenant has none
   * of that id; GROUP_NAME_TAKEN when another group has the name in any case. With
   * `expectedVersion`, only the group still at that version (one versioned statement), else
   * VERSION_CONFLICT.
   */
  updateGroup(tenantId: string, id: number, changes: GroupChanges, expectedVersion?: number): Promise<Group | null>;
  /**
   * Removes a group and its memberships; false when there was none. The users stay, each member
   * one version on with `updatedAt` = `at` (its `groupIds` changed). With `expectedVersion`, only
   * the group still at that version, else VERSION_CONFLICT.
   */
  deleteGroup(tenantId: string, id: number, at: Date, expectedVersion?: number): Promise<boolean>;

  /**
   * Takes one seat and the next user id, atomically. Returns null, changing nothing, when the
   * tenant's seat limit (`seatLimit`) is reached. Must hold under concurrent calls, and be undone
   * with the unit of work it runs in.
   */
  allocateUser(tenantId: string, seatLimit: number | null): Promise<number | null>;
  /**
   * Takes up to `count` seats and as many next user ids at once, as `count` calls of `allocateUser`
   * would in one step (a bulk import's batch): the ids, ascending, fewer than `count` (possibly none)
   * when the seat limit leaves fewer seats. Must hold under concurrent calls, and be undone with the
   * unit of work it runs in; TENANT_NOT_FOUND for a tenant never saved; `count` 0 takes nothing.
   */
  allocateUsers(tenantId: string, seatLimit: number | null, count: number): Promise<readonly number[]>;
  /** Gives one seat back (a user was deleted). Ids are never reused. */
  releaseSeat(tenantId: string): Promise<void>;
  /** The number of seats taken. */
  countUsers(tenantId: string): Promise<number>;
}

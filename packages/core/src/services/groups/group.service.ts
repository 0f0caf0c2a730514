import { inject, injectable } from 'tsyringe';
import { AuditRecorder } from '../../audit/audit-recorder';
import type { Actor, Group, User } from '../../domain';
import { RosterError } from '../../errors';
import {
  TOKENS,
  type Clock,
  type GroupChanges,
  type TenantStore,
  type TransactionalStores,
  type UnitOfWork,
  type UserListPosition,
} from '../../ports';
import type { CreateGroupInput, GroupListQuery, GroupServiceApi, GroupWriteOptions, UpdateGroupInput } from '../../roster.types';
import { inScope, normalizeGroupExternalId, normalizeGroupName, requireGroupWriter, requireVersion } from '../../rules';
import { UserNotifier } from '../users/user-notifier';
import { requirePermission } from '../users/user-policy';

const notFound = (): RosterError => new RosterError('GROUP_NOT_FOUND', 'no such group');
const target = (group: Pick<Group, 'id'>) => ({ kind: 'group' as const, id: String(group.id) });
const MEMBER_PAGE = 500;

/**
 * A tenant's groups. Reads as an actor may see them: `user:read`, and (for an organization-bound
 * actor) only the groups of organizations in its subtree, the scope `assignGroups` applies to
 * memberships. Writes (create, rename, delete) by a tenant-wide actor holding `user:manage` or
 * `scim:provision` (`requireGroupWriter`), each with its audit event in the same unit of work. A
 * delete also records, for each member whose membership it removes, the `user.updated` event a
 * user write changing its `groupIds` records (audit event and webhook, then the event sink).
 */
@injectable()
export class GroupService implements GroupServiceApi {
  constructor(
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
    @inject(UserNotifier) private readonly notifier: UserNotifier,
  ) {}

  async list(actor: Actor, query: GroupListQuery = {}): Promise<readonly Group[]> {
    requirePermission(actor, 'user:read');
    const { tenantId } = actor;
    const found =
      query.name !== undefined
        ? this.tenants.findGroupsByName(tenantId, query.name)
        : query.externalId !== undefined
          ? this.tenants.findGroupsByExternalId(tenantId, query.externalId)
          : this.tenants.listGroups(tenantId);
    const [groups, organizations] = await Promise.all([found, this.organizationsOf(actor)]);
    return groups.filter((group) => inScope(actor, group.organizationId, organizations));
  }

  async find(actor: Actor, id: number): Promise<Group | null> {
    requirePermission(actor, 'user:read');
    if (!Number.isSafeInteger(id)) return null;
    const group = await this.tenants.findGroup(actor.tenantId, id);
    if (group === null) return null;
    return inScope(actor, group.organizationId, await this.organizationsOf(actor)) ? group : null;
  }

  async create(actor: Actor, input: CreateGroupInput): Promise<Group> {
    requireGroupWriter(actor);
    const name = normalizeGroupName(input.name);
    const externalId = normalizeGroupExternalId(input.externalId ?? null);
    const { tenantId } = actor;
    return this.unitOfWork.run(async (stores) => {
      const tenant = await stores.tenants.findTenantById(tenantId);
      if (tenant === null) throw new RosterError('TENANT_NOT_FOUND', 'no such tenant');
      const organizationId = input.organizationId ?? tenant.rootOrganizationId;
      const organization = Number.isSafeInteger(organizationId) ? await stores.tenants.findOrganization(tenantId, organizationId) : null;
      if (organization === null) throw new RosterError('ORGANIZATION_NOT_FOUND', 'no such organization in this tenant');
      const group = await stores.tenants.createGroup({ tenantId, name, organizationId, externalId, createdAt: this.clock.now() });
      const changes = [
        { field: 'name', before: null, after: group.name },
        { field: 'organizationId', before: null, after: group.organizationId },
        ...(externalId === null ? [] : [{ field: 'externalId', before: null, after: externalId }]),
      ];
      await this.audit.append(stores, { type: 'group.created', tenantId, actor, target: target(group), changes });
      return group;
    });
  }

  rename(actor: Actor, id: number, name: string, options: GroupWriteOptions = {}): Promise<Group> {
    return this.update(actor, id, { name }, options);
  }

  async update(actor: Actor, id: number, input: UpdateGroupInput, options: GroupWriteOptions = {}): Promise<Group> {
    requireGroupWriter(actor);
    const name = input.name === undefined ? undefined : normalizeGroupName(input.name);
    const externalId = input.externalId === undefined ? undefined : normalizeGroupExternalId(input.externalId);
    if (!Number.isSafeInteger(id)) throw notFound();
    const { tenantId } = actor;
    const { expectedVersion } = options;
    return this.unitOfWork.run(async (stores) => {
      const before = await stores.tenants.findGroup(tenantId, id);
      if (before === null) throw notFound();
      requireVersion(before, expectedVersion, 'group');
      const written: GroupChanges = {
        updatedAt: this.clock.now(),
        ...(name === undefined || name === before.name ? {} : { name }),
        ...(externalId === undefined || externalId === before.externalId ? {} : { externalId }),
      };
      const changes = [
        ...(written.name === undefined ? [] : [{ field: 'name', before: before.name, after: written.name }]),
        ...(written.externalId === undefined ? [] : [{ field: 'externalId', before: before.externalId, after: written.externalId }]),
      ];
      // Nothing to change and no version named: the group as it is (a version named is written, so that it is held).
      if (changes.length === 0 && expectedVersion === undefined) return before;
      const after = await stores.tenants.updateGroup(tenantId, id, written, expectedVersion);
      if (after === null) throw notFound();
      if (changes.length > 0) await this.audit.append(stores, { type: 'group.updated', tenantId, actor, target: target(after), changes });
      return after;
    });
  }

  async delete(actor: Actor, id: number, options: GroupWriteOptions = {}): Promise<void> {
    requireGroupWriter(actor);
    if (!Number.isSafeInteger(id)) throw notFound();
    const { tenantId } = actor;
    const members = await this.unitOfWork.run(async (stores) => {
      const before = await stores.tenants.findGroup(tenantId, id);
      if (before === null) throw notFound();
      requireVersion(before, options.expectedVersion, 'group');
      const members = await membersOf(stores, tenantId, id);
      if (!(await stores.tenants.deleteGroup(tenantId, id, this.clock.now(), options.expectedVersion))) throw notFound();
      const changes = [
        { field: 'name', before: before.name, after: null },
        { field: 'organizationId', before: before.organizationId, after: null },
      ];
      await this.audit.append(stores, { type: 'group.deleted', tenantId, actor, target: target(before), changes });
      await this.audit.appendMany(
        stores,
        members.map((member) => ({
          type: 'user.updated' as const,
          tenantId,
          actor,
          target: { kind: 'user' as const, id: String(member.id) },
          changes: [{ field: 'groupIds', before: [...member.groupIds], after: member.groupIds.filter((groupId) => groupId !== id) }],
        })),
      );
      return members;
    });
    for (const member of members) this.notifier.emit('user.updated', member);
  }

  private async organizationsOf(actor: Actor) {
    return actor.scopeOrganizationId === null ? [] : this.tenants.listOrganizations(actor.tenantId);
  }
}

/** Every member of a group, in keyset pages of the user store, read in the unit of work that removes them. */
async function membersOf(stores: TransactionalStores, tenantId: string, groupId: number): Promise<User[]> {
  const members: User[] = [];
  let after: UserListPosition | undefined;
  for (;;) {
    const page = await stores.users.list({ tenantId, groupId, offset: 0, limit: MEMBER_PAGE, ...(after ? { after } : {}) });
    members.push(...page.items);
    const last = page.items.at(-1);
    if (!page.hasMore || last === undefined) return members;
    after = { createdAt: last.createdAt, id: last.id };
  }
}

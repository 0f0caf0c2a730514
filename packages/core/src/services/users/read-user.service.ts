import { inject, injectable } from 'tsyringe';
import { normalizeEmail, profileSchemaOf, toUserView, type Actor, type SchemaField, type UserView } from '../../domain';
import { validationError, type FieldIssue } from '../../errors';
import { TOKENS, type UserListQuery, type UserStore } from '../../ports';
import { inScope, subtreeOf } from '../../rules';
import type { ListUserPageInput, ListUsersInput, UserListResult, UserPageResult, UserRef } from '../user-service.types';
import { requirePermission } from './user-policy';
import { UserScope, type TenantScope } from './user-scope';

/** Reads users: one by reference, or a page of them, within the actor's scope (`user:read`). */
@injectable()
export class ReadUserService {
  constructor(
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(UserScope) private readonly scope: UserScope,
  ) {}

  async get(actor: Actor, ref: UserRef): Promise<UserView> {
    requirePermission(actor, 'user:read');
    const scope = await this.scope.load(actor);
    return toUserView(await this.scope.findVisible(actor, scope, ref));
  }

  /**
   * Whether a user the actor can see, other than `exceptUserId`, has the e-mail: a validator's
   * question, answered without loading the scope unless an owner is found for a bound actor.
   */
  async isEmailTaken(actor: Actor, email: string, exceptUserId: number | null = null): Promise<boolean> {
    requirePermission(actor, 'user:read');
    const owner = await this.users.findByEmail(actor.tenantId, normalizeEmail(email));
    if (owner === null || owner.id === exceptUserId) return false;
    const scope = await this.scope.load(actor);
    return inScope(actor, owner.organizationId, scope.organizations);
  }

  /** The tenant's profile-field schema: the standard fields, then its custom ones. */
  async profileSchema(actor: Actor): Promise<readonly SchemaField[]> {
    requirePermission(actor, 'user:read');
    return profileSchemaOf(await this.scope.tenant(actor));
  }

  async list(actor: Actor, input: ListUsersInput): Promise<UserListResult> {
    requirePermission(actor, 'user:read');
    validatePaging(input);
    const { page, limit } = input;
    const query = await this.storeQuery(actor, input, input.after !== undefined ? 0 : (input.offset ?? (page - 1) * limit));
    if (query === null) return { items: [], total: 0, page, limit, pages: 0, next: null };
    const result = await this.users.list(query);
    const total = result.total ?? 0;
    const last = result.items.at(-1);
    const next = result.hasMore && last !== undefined ? { createdAt: last.createdAt, id: last.id } : null;
    return { items: result.items.map(toUserView), total, page, limit, pages: Math.ceil(total / limit), next };
  }

  /** A page from the start or after a keyset position (by createdAt or in `sort`), counted only when asked. */
  async listPage(actor: Actor, input: ListUserPageInput): Promise<UserPageResult> {
    requirePermission(actor, 'user:read');
    validatePaging({ ...input, page: 1 });
    const query = await this.storeQuery(actor, { ...input, page: 1 }, 0);
    if (query === null) return input.countTotal ? { items: [], total: 0, more: false } : { items: [], more: false };
    const result = await this.users.list({ ...query, countTotal: input.countTotal });
    const items = result.items.map(toUserView);
    return result.total === undefined ? { items, more: result.hasMore } : { items, total: result.total, more: result.hasMore };
  }

  /** The store query of a list within the actor's scope, or null when the scope leaves no organization. */
  private async storeQuery(actor: Actor, input: ListUsersInput, offset: number): Promise<UserListQuery | null> {
    const scope = await this.scope.load(actor);
    const organizationIds = await this.organizationFilter(actor, scope, input.organizationId, input.organizationSubtree === true);
    if (organizationIds?.length === 0) return null;
    return {
      tenantId: scope.tenantId,
      offset,
      limit: input.limit,
      ...(input.after === undefined ? {} : { after: input.after }),
      ...(input.afterSorted === undefined ? {} : { afterSorted: input.afterSorted }),
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(input.role === undefined ? {} : { role: input.role }),
      ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
      ...(input.anyOf === undefined ? {} : { anyOf: input.anyOf }),
      ...(input.filter === undefined ? {} : { filter: input.filter }),
      ...(input.sort === undefined ? {} : { sort: input.sort }),
      ...(organizationIds === undefined ? {} : { organizationIds }),
    };
  }

  /**
   * The actor's scope, narrowed to one organization when asked, or to its subtree (outside the
   * scope: nothing). A tenant-wide actor's scope holds no tree: it is read for a subtree.
   */
  private async organizationFilter(
    actor: Actor,
    scope: TenantScope,
    wanted: number | undefined,
    subtree: boolean,
  ): Promise<readonly number[] | undefined> {
    const visible = this.scope.visibleOrganizationIds(actor, scope);
    if (wanted === undefined) return visible;
    if (visible !== undefined && !visible.includes(wanted)) return [];
    if (!subtree) return [wanted];
    const tree = scope.organizations.length > 0 ? scope.organizations : await this.scope.organizations(actor);
    const below = subtreeOf(tree, wanted);
    return tree.some((organization) => organization.id === wanted) ? [...below] : [];
  }
}

function validatePaging(input: ListUsersInput): void {
  const issues: FieldIssue[] = [];
  for (const field of ['page', 'limit'] as const) {
    const value = input[field];
    if (!Number.isSafeInteger(value) || value < 1) issues.push({ field, message: 'must be a positive integer' });
  }
  if (issues.length > 0) throw validationError(issues);
}

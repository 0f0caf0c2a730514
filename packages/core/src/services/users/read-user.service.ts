import { inject, injectable } from 'tsyringe';
import { normalizeEmail, profileSchemaOf, toUserView, type Actor, type SchemaField, type UserView } from '../../domain';
import { validationError, type FieldIssue } from '../../errors';
import { TOKENS, type UserStore } from '../../ports';
import { inScope } from '../../rules';
import type { ListUsersInput, UserListResult, UserRef } from '../user-service.types';
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
    const scope = await this.scope.load(actor);
    const organizationIds = this.organizationFilter(actor, scope, input.organizationId);
    const { page, limit } = input;
    if (organizationIds?.length === 0) return { items: [], total: 0, page, limit, pages: 0, next: null };
    const result = await this.users.list({
      tenantId: scope.tenantId,
      offset: input.after !== undefined ? 0 : (input.offset ?? (page - 1) * limit),
      limit,
      ...(input.after === undefined ? {} : { after: input.after }),
      ...(input.status === undefined ? {} : { status: input.status }),
      ...(input.role === undefined ? {} : { role: input.role }),
      ...(input.groupId === undefined ? {} : { groupId: input.groupId }),
      ...(input.anyOf === undefined ? {} : { anyOf: input.anyOf }),
      ...(input.filter === undefined ? {} : { filter: input.filter }),
      ...(organizationIds === undefined ? {} : { organizationIds }),
    });
    const { total } = result;
    const last = result.items.at(-1);
    const next = result.hasMore && last !== undefined ? { createdAt: last.createdAt, id: last.id } : null;
    return { items: result.items.map(toUserView), total, page, limit, pages: Math.ceil(total / limit), next };
  }

  /** The actor's scope, narrowed to one organization when asked (outside the scope: nothing). */
  private organizationFilter(actor: Actor, scope: TenantScope, wanted: number | undefined): readonly number[] | undefined {
    const visible = this.scope.visibleOrganizationIds(actor, scope);
    if (wanted === undefined) return visible;
    return visible === undefined || visible.includes(wanted) ? [wanted] : [];
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

import type { Actor, RoleCatalog, Tenant } from '../../domain';
import { lowestRole } from '../../rules';
import type { CreateUserInput } from '../user-service.types';
import { checkProfileInput, type ProfileChanges } from './profile-input';
import { requireAssignableRole, requireGrantable, requireWithinReach } from './user-policy';
import { normalizedEmail, normalizedLogin } from './user-record';
import { validateUserFields } from './user-fields.validator';

/** What the create rules decided about one new user, before uniqueness, seats and groups. */
export interface NewUserPlan {
  /** The input as created (the login taken from the e-mail when the tenant says so). */
  readonly input: CreateUserInput;
  readonly role: string;
  readonly organizationId: number;
  readonly profile: ProfileChanges;
  /** The normalised e-mail and login, as uniqueness compares them. */
  readonly identity: { readonly email: string | null; readonly login: string | null };
}

export interface NewUserRules {
  readonly catalog: RoleCatalog;
  readonly actor: Actor;
  readonly tenant: Tenant;
  /** ORGANIZATION_NOT_FOUND / OUT_OF_SCOPE for an organization the user may not be put in. */
  requireOrganization(organizationId: number): Promise<void>;
}

/**
 * The create rules every new user passes, one at a time and in this order (the first failure
 * throws): input, role assignable, permissions grantable and within the actor's reach,
 * organization exists and is in scope. Shared by `users.create` and the bulk import.
 */
export async function planNewUser(rules: NewUserRules, given: CreateUserInput): Promise<NewUserPlan> {
  const { actor, catalog, tenant } = rules;
  const input = withLoginFromEmail(given, tenant);
  validateUserFields(input, tenant, 'create');
  const profile = checkProfileInput(input.profile, tenant);
  const role = input.role ?? lowestRole(catalog).name;
  requireAssignableRole(catalog, actor, role);
  requireGrantable(actor, input.permissions ?? []);
  requireWithinReach(catalog, actor, { role, permissions: input.permissions ?? [] });
  const organizationId = input.organizationId ?? actor.scopeOrganizationId ?? tenant.rootOrganizationId;
  // A tenant-wide actor's default, the tenant's root, needs no check.
  if (organizationId !== tenant.rootOrganizationId || actor.scopeOrganizationId !== null) {
    await rules.requireOrganization(organizationId);
  }
  const identity = { email: normalizedEmail(input.email), login: normalizedLogin(input.login) };
  return { input, role, organizationId, profile, identity };
}

/** `loginFromEmail`: in a tenant that identifies users by login, the e-mail is the login. */
function withLoginFromEmail(input: CreateUserInput, tenant: Tenant): CreateUserInput {
  const { loginFromEmail, ...rest } = input;
  if (!loginFromEmail || tenant.identifyBy !== 'login' || typeof input.email !== 'string' || input.login !== undefined) return rest;
  return { ...rest, login: input.email };
}

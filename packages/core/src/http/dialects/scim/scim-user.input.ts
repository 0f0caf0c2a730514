import type { Tenant, UserStatus } from '../../../domain';
import type { CreateUserInput, UpdateUserInput } from '../../../services';
import { TITLE_FIELD } from './scim-user.view';
import type { ScimUserState } from './scim-user.state';

/**
 * The identity of a state: in a tenant that identifies users by e-mail, `userName` is the e-mail
 * (and `emails` only repeats it); else `userName` is the login and `emails` the e-mail (README.md).
 */
function identity(state: ScimUserState, tenant: Tenant): { email: string | null; login?: string | null } {
  return tenant.identifyBy === 'email' ? { email: state.userName } : { email: state.email, login: state.userName };
}

/** A new user from a POST's state; status `active`, or `inactive` for `active: false`. */
export function createInput(state: ScimUserState, tenant: Tenant): CreateUserInput {
  return {
    ...identity(state, tenant),
    firstName: state.givenName,
    lastName: state.familyName,
    status: state.active ? 'active' : 'inactive',
    scimExternalId: state.externalId,
    phoneNumber: state.phone,
    source: 'scim',
    ...(state.title === null ? {} : { profile: { [TITLE_FIELD]: state.title } }),
    ...(state.password === undefined ? {} : { password: state.password }),
  };
}

/**
 * The changes from `before` to `after` (PUT or PATCH): only what differs is sent, so a PATCH of
 * `active` touches nothing else. Reactivation gives back `active` (a pending user stays pending).
 */
export function updateInput(before: ScimUserState, after: ScimUserState, tenant: Tenant, status: UserStatus): UpdateUserInput {
  const was = identity(before, tenant);
  const now = identity(after, tenant);
  const nextStatus: UserStatus = after.active ? (status === 'inactive' ? 'active' : status) : 'inactive';
  return {
    ...(now.email === was.email ? {} : { email: now.email }),
    ...(now.login === was.login || now.login === undefined ? {} : { login: now.login }),
    ...(after.givenName === before.givenName ? {} : { firstName: after.givenName }),
    ...(after.familyName === before.familyName ? {} : { lastName: after.familyName }),
    ...(nextStatus === status ? {} : { status: nextStatus }),
    ...(after.externalId === before.externalId ? {} : { scimExternalId: after.externalId }),
    ...(after.phone === before.phone ? {} : { phoneNumber: after.phone }),
    ...(after.title === before.title ? {} : { profile: { [TITLE_FIELD]: after.title } }),
    ...(after.password === undefined ? {} : { password: after.password }),
  };
}

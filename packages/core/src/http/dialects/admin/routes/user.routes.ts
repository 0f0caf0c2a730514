import type { Actor, UserView } from '../../../../domain';
import type { CreateUserInput, UpdateUserInput } from '../../../../services';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RosterRequest, RosterResponse } from '../../../http.types';
import { emptyResponse, jsonResponse } from '../../../responses';
import { validateAdminBody, validateAdminQuery } from '../admin-body';
import { type AdminContext, idParam, tenantKey } from '../admin.context';
import { idempotent } from '../idempotency';
import { ADMIN_BASE } from '../admin.routes';
import { adminUserView } from '../admin.views';
import { CreateUserDto, UpdateUserDto } from '../dto/user.dto';
import { DeleteUserQuery } from '../dto/list-users.query';
import { ADMIN_OWN_PROBLEMS } from '../admin.errors';
import { etagOf, expectedVersion, ifMatchVersions } from '../etag';
import { own } from '../own-header';
import { problemResponse } from '../problem.response';
import { listUsersRoute } from './user-list.route';

function userAnswer(status: number, user: UserView, headers: Readonly<Record<string, string>> = {}): RosterResponse {
  return jsonResponse(status, adminUserView(user), { ETag: etagOf(user.version), ...headers });
}

/** The fields both writes share, from the wire's snake_case. */
function fieldsOf(body: CreateUserDto | UpdateUserDto): UpdateUserInput {
  return {
    ...(body.email === undefined ? {} : { email: body.email }),
    ...(body.login === undefined ? {} : { login: body.login }),
    ...(body.first_name === undefined ? {} : { firstName: body.first_name }),
    ...(body.last_name === undefined ? {} : { lastName: body.last_name }),
    ...(body.password === undefined ? {} : { password: body.password }),
    ...(body.role === undefined ? {} : { role: body.role }),
    ...(body.status === undefined ? {} : { status: body.status }),
    ...(body.organization_id === undefined ? {} : { organizationId: body.organization_id }),
    ...(body.permissions === undefined ? {} : { permissions: body.permissions }),
  };
}

/** 428 when the actor's tenant requires If-Match on writes and the request sends none (`*` counts as one). */
async function requireIfMatch(context: AdminContext, actor: Actor, request: RosterRequest): Promise<RosterResponse | null> {
  if (own(request.headers, 'if-match') !== undefined) return null;
  const tenant = await context.roster.tenants.findById(actor.tenantId);
  if (tenant?.requireIfMatch !== true) return null;
  return problemResponse(ADMIN_OWN_PROBLEMS.PRECONDITION_REQUIRED, 'This tenant requires If-Match on writes: send the ETag you read.');
}

/** The users routes (tenant API key; `user:read` to read, `user:manage` to write, as everywhere). */
export function userRoutes(
  context: AdminContext,
): Readonly<Record<'listUsers' | 'createUser' | 'getUser' | 'updateUser' | 'deleteUser' | 'restoreUser', RouteHandler>> {
  const { roster } = context;
  return {
    createUser: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const { request } = route;
        const body = validateAdminBody(request, CreateUserDto, roster.roleCatalog);
        const input: CreateUserInput = { ...fieldsOf(body), email: body.email, loginFromEmail: true };
        const { user } = await roster.users.create(actor, input);
        return userAnswer(201, user, { Location: `${ADMIN_BASE}/users/${user.publicId}` });
      }),
    ),
    getUser: tenantKey(context, async (actor, { params }) => userAnswer(200, await roster.users.get(actor, { publicId: idParam(params) }))),
    updateUser: tenantKey(context, async (actor, { request, params }) => {
      const required = await requireIfMatch(context, actor, request);
      if (required !== null) return required;
      const versions = ifMatchVersions(request);
      const body = validateAdminBody(request, UpdateUserDto, roster.roleCatalog);
      const ref = { publicId: idParam(params) };
      const expected = versions === undefined ? undefined : expectedVersion(versions, (await roster.users.get(actor, ref)).version);
      const { user } = await roster.users.update(actor, ref, fieldsOf(body), expected === undefined ? {} : { expectedVersion: expected });
      return userAnswer(200, user);
    }),
    // The admin API soft-deletes (restorable within the tenant's retention); `purge=true` removes for good.
    deleteUser: tenantKey(context, async (actor, { request, params }) => {
      const query = validateAdminQuery(request, DeleteUserQuery);
      const publicId = idParam(params);
      if (query.purge === 'true') {
        await roster.userLifecycle.purge(actor, publicId);
        return emptyResponse(204);
      }
      const required = await requireIfMatch(context, actor, request);
      if (required !== null) return required;
      const versions = ifMatchVersions(request);
      const expected =
        versions === undefined ? undefined : expectedVersion(versions, (await roster.users.get(actor, { publicId })).version);
      await roster.userLifecycle.softDelete(actor, publicId, expected === undefined ? {} : { expectedVersion: expected });
      return emptyResponse(204);
    }),
    restoreUser: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => userAnswer(200, await roster.userLifecycle.restore(actor, idParam(route.params)))),
    ),
    listUsers: listUsersRoute(context),
  };
}

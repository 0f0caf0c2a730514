import type { Tenant, UserView } from '../../../../domain';
import type { ListUsersInput } from '../../../../services';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RosterRequest, RosterResponse } from '../../../http.types';
import { emptyResponse } from '../../../responses';
import { provisioning, type ScimContext } from '../scim.context';
import { bodyOf, positiveInteger, queryText } from '../scim-query';
import { ifMatchVersion, scimVersion } from '../scim-etag';
import { userFilterOf } from '../scim-filter';
import { appliedPatch } from '../scim-patch';
import { createInput, updateInput } from '../scim-user.input';
import { EMPTY_STATE, stateFromResource, stateOf } from '../scim-user.state';
import { projected, scimUserView } from '../scim-user.view';
import { LIST_SCHEMA, scimError, scimResponse } from '../scim.responses';

/** One user resource, projected as `attributes`/`excludedAttributes` ask, with its ETag. */
function userAnswer(status: number, user: UserView, tenant: Tenant, context: ScimContext, request: RosterRequest): RosterResponse {
  const resource = projected(
    scimUserView(user, tenant, context.base),
    queryText(request, 'attributes'),
    queryText(request, 'excludedAttributes'),
  );
  const headers: Record<string, string> = { ETag: scimVersion(user.version) };
  if (status === 201) headers['Location'] = `${context.base}/Users/${user.publicId}`;
  return scimResponse(status, resource, headers);
}

/** The /Users routes: the core user services do every check (permissions, hierarchy, scope, seats, uniqueness). */
export function userRoutes(context: ScimContext) {
  const { roster } = context;
  const users = roster.users;

  const listUsers = provisioning(context, async (actor, tenant, { request }) => {
    const filter = queryText(request, 'filter');
    const tree = filter === undefined || filter.trim() === '' ? undefined : userFilterOf(filter, tenant.identifyBy);
    const startIndex = positiveInteger(request, 'startIndex', 1, 1);
    const count = Math.min(positiveInteger(request, 'count', context.maxResults, 0), context.maxResults);
    const input: ListUsersInput = {
      page: 1,
      limit: Math.max(count, 1),
      offset: startIndex - 1,
      ...(tree === undefined ? {} : { filter: tree }),
    };
    const result = await users.list(actor, input);
    const items = count === 0 ? [] : result.items;
    const attributes = queryText(request, 'attributes');
    const excluded = queryText(request, 'excludedAttributes');
    return scimResponse(200, {
      schemas: [LIST_SCHEMA],
      totalResults: result.total,
      startIndex,
      itemsPerPage: items.length,
      Resources: items.map((user) => projected(scimUserView(user, tenant, context.base), attributes, excluded)),
    });
  });

  const createUser = provisioning(context, async (actor, tenant, { request }) => {
    const state = stateFromResource(bodyOf(request), EMPTY_STATE);
    const { user } = await users.create(actor, createInput(state, tenant));
    return userAnswer(201, user, tenant, context, request);
  });

  const getUser = provisioning(context, async (actor, tenant, { request, params }) => {
    const user = await users.get(actor, { publicId: params['id'] ?? '' });
    return userAnswer(200, user, tenant, context, request);
  });

  /** PUT and PATCH: the new state from the old one, then one update held to the version read (If-Match → 412). */
  const write = (next: (before: ReturnType<typeof stateOf>, body: Record<string, unknown>) => ReturnType<typeof stateOf>): RouteHandler =>
    provisioning(context, async (actor, tenant, { request, params }) => {
      const ref = { publicId: params['id'] ?? '' };
      const current = await users.get(actor, ref);
      const expected = ifMatchVersion(request, current.version);
      const before = stateOf(current, tenant);
      const after = next(before, bodyOf(request));
      const input = updateInput(before, after, tenant, current.status);
      if (Object.keys(input).length === 0 && expected === undefined) return userAnswer(200, current, tenant, context, request);
      const { user } = await users.update(actor, ref, input, expected === undefined ? {} : { expectedVersion: expected });
      return userAnswer(200, user, tenant, context, request);
    });

  const deleteUser = provisioning(context, async (actor, _tenant, { request, params }) => {
    const ref = { publicId: params['id'] ?? '' };
    const expected = request.headers['if-match'] === undefined ? undefined : ifMatchVersion(request, (await users.get(actor, ref)).version);
    await users.delete(actor, ref, expected === undefined ? {} : { expectedVersion: expected });
    return emptyResponse(204);
  });

  return {
    listUsers,
    createUser,
    getUser,
    replaceUser: write((before, body) => stateFromResource(body, before)),
    patchUser: write((before, body) => appliedPatch(before, body)),
    deleteUser,
  };
}

/** Any other method on a known path: 405 with `Allow`, before authentication. */
export function methodNotAllowed(allowed: readonly string[]): RouteHandler {
  const response = scimError(405, 'Method not allowed', undefined, { Allow: allowed.join(', ') });
  return () => Promise.resolve(response);
}

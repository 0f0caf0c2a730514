import type { Actor, Group, UserView } from '../../../../domain';
import { RosterError } from '../../../../errors';
import type { UserListPosition } from '../../../../ports';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RouteParams } from '../../../http.types';
import { emptyResponse, jsonResponse } from '../../../responses';
import { validateAdminBody } from '../admin-body';
import { type AdminContext, idParam, tenantKey } from '../admin.context';
import { ADMIN_BASE } from '../admin.routes';
import { adminUserView } from '../admin.views';
import { CreateGroupDto, UpdateGroupDto } from '../dto/group.dto';
import { idempotent } from '../idempotency';

const MEMBER_PAGE = 500;
type GroupRouteName =
  'listGroups' | 'createGroup' | 'getGroup' | 'updateGroup' | 'deleteGroup' | 'listGroupMembers' | 'addGroupMember' | 'removeGroupMember';

/** A group on the wire. */
export function adminGroupView(group: Group) {
  return { id: group.id, name: group.name, organization_id: group.organizationId };
}

/** The group id of the path: a positive integer, else GROUP_NOT_FOUND (as for an id the tenant has not). */
function groupId(params: RouteParams): number {
  const text = idParam(params);
  if (!/^[1-9][0-9]{0,14}$/.test(text)) throw new RosterError('GROUP_NOT_FOUND', 'no such group');
  return Number(text);
}

/**
 * The groups routes (tenant API key): reads with `user:read` (an organization-bound key sees the
 * groups of its subtree); create, rename and delete with `user:manage` and a tenant-wide key;
 * memberships as user updates (`user:manage`, the hierarchy and the scope, as everywhere).
 */
export function groupRoutes(context: AdminContext): Readonly<Record<GroupRouteName, RouteHandler>> {
  const { roster } = context;

  async function visible(actor: Actor, params: RouteParams): Promise<Group> {
    const group = await roster.groups.find(actor, groupId(params));
    if (group === null) throw new RosterError('GROUP_NOT_FOUND', 'no such group');
    return group;
  }

  async function members(actor: Actor, group: Group): Promise<UserView[]> {
    const found: UserView[] = [];
    let after: UserListPosition | undefined;
    for (;;) {
      const page = await roster.users.list(actor, { groupId: group.id, page: 1, limit: MEMBER_PAGE, ...(after ? { after } : {}) });
      found.push(...page.items);
      if (page.next === null) return found;
      after = page.next;
    }
  }

  async function setMembership(actor: Actor, params: RouteParams, member: boolean) {
    const group = await visible(actor, params);
    const publicId = params['userId'] ?? '';
    const user = await roster.users.get(actor, { publicId });
    const others = user.groupIds.filter((id) => id !== group.id);
    if (member !== user.groupIds.includes(group.id)) {
      await roster.users.update(actor, { publicId }, { groupIds: member ? [...others, group.id] : others });
    }
    return emptyResponse(204);
  }

  return {
    listGroups: tenantKey(context, async (actor) => jsonResponse(200, { data: (await roster.groups.list(actor)).map(adminGroupView) })),
    createGroup: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const body = validateAdminBody(route.request, CreateGroupDto, roster.roleCatalog);
        const group = await roster.groups.create(actor, {
          name: body.name,
          ...(typeof body.organization_id === 'number' ? { organizationId: body.organization_id } : {}),
        });
        return jsonResponse(201, adminGroupView(group), { Location: `${ADMIN_BASE}/groups/${group.id}` });
      }),
    ),
    getGroup: tenantKey(context, async (actor, { params }) => jsonResponse(200, adminGroupView(await visible(actor, params)))),
    updateGroup: tenantKey(context, async (actor, { request, params }) => {
      const body = validateAdminBody(request, UpdateGroupDto, roster.roleCatalog);
      return jsonResponse(200, adminGroupView(await roster.groups.rename(actor, groupId(params), body.name)));
    }),
    deleteGroup: tenantKey(context, async (actor, { params }) => {
      await roster.groups.delete(actor, groupId(params));
      return emptyResponse(204);
    }),
    listGroupMembers: tenantKey(context, async (actor, { params }) =>
      jsonResponse(200, { data: (await members(actor, await visible(actor, params))).map(adminUserView) }),
    ),
    addGroupMember: tenantKey(context, async (actor, { params }) => setMembership(actor, params, true)),
    removeGroupMember: tenantKey(context, async (actor, { params }) => setMembership(actor, params, false)),
  };
}

import type { Actor, Group, UserView } from '../../../../domain';
import { RosterError, validationError } from '../../../../errors';
import type { UserListPosition } from '../../../../ports';
import { emptyResponse } from '../../../responses';
import type { RosterRequest, RosterResponse } from '../../../http.types';
import { provisioning, type ScimContext } from '../scim.context';
import { groupFilterQuery } from '../scim-group-filter';
import { appliedGroupPatch, groupResource, type ScimGroupState } from '../scim-group-patch';
import { groupIdOf, scimGroupView } from '../scim-group.view';
import { bodyOf, positiveInteger, queryText } from '../scim-query';
import { ifMatchVersion, scimVersion } from '../scim-etag';
import { projected } from '../scim-user.view';
import { LIST_SCHEMA, scimError, scimResponse } from '../scim.responses';

const MEMBER_PAGE = 500;
const notFound = () => scimError(404, 'Resource not found');

/** Whether `attributes`/`excludedAttributes` leave `members` in the answer (else they are not loaded). */
function wantsMembers(request: RosterRequest): boolean {
  const names = (text: string | undefined) => (text ?? '').split(',').map((name) => name.trim().toLowerCase());
  const attributes = queryText(request, 'attributes');
  if (attributes !== undefined && attributes.trim() !== '' && !names(attributes).includes('members')) return false;
  return !names(queryText(request, 'excludedAttributes')).includes('members');
}

/** The /Groups routes, over the core's groups (`roster.groups`: reads, create, rename, delete) and user writes (memberships). */
export function groupRoutes(context: ScimContext) {
  const { roster, base } = context;

  /** The group's members the actor can see, all of them, in keyset pages of the user store. */
  async function membersOf(actor: Actor, group: Group): Promise<UserView[]> {
    const members: UserView[] = [];
    let after: UserListPosition | undefined;
    for (;;) {
      const page = await roster.users.list(actor, { groupId: group.id, page: 1, limit: MEMBER_PAGE, ...(after ? { after } : {}) });
      members.push(...page.items);
      if (page.next === null) return members;
      after = page.next;
    }
  }

  async function resource(actor: Actor, group: Group, request: RosterRequest): Promise<Record<string, unknown>> {
    const members = wantsMembers(request) ? await membersOf(actor, group) : undefined;
    return projected(scimGroupView(group, base, members), queryText(request, 'attributes'), queryText(request, 'excludedAttributes'));
  }

  async function visibleGroup(actor: Actor, id: string | undefined): Promise<Group | null> {
    const groupId = groupIdOf(id);
    return groupId === null ? null : roster.groups.find(actor, groupId);
  }

  const listGroups = provisioning(context, async (actor, _tenant, { request }) => {
    const filter = queryText(request, 'filter');
    const query = filter === undefined || filter.trim() === '' ? {} : groupFilterQuery(filter);
    const startIndex = positiveInteger(request, 'startIndex', 1, 1);
    const count = Math.min(positiveInteger(request, 'count', context.maxResults, 0), context.maxResults);
    const groups = await roster.groups.list(actor, query);
    const page = groups.slice(startIndex - 1, startIndex - 1 + count);
    const resources: Record<string, unknown>[] = [];
    for (const group of page) resources.push(await resource(actor, group, request));
    return scimResponse(200, {
      schemas: [LIST_SCHEMA],
      totalResults: groups.length,
      startIndex,
      itemsPerPage: resources.length,
      Resources: resources,
    });
  });

  const getGroup = provisioning(context, async (actor, _tenant, { request, params }) => {
    const group = await visibleGroup(actor, params['id']);
    return group === null ? notFound() : scimResponse(200, await resource(actor, group, request), { ETag: scimVersion(group.version) });
  });

  /** Memberships are the users': each member added or removed is one core user update (scope and hierarchy apply). */
  async function setMembership(actor: Actor, group: Group, publicId: string, member: boolean): Promise<void> {
    let user: UserView;
    try {
      user = await roster.users.get(actor, { publicId });
    } catch (error) {
      if (error instanceof RosterError && error.code === 'USER_NOT_FOUND') {
        throw validationError([{ field: 'members', message: `no user ${publicId}` }]);
      }
      throw error;
    }
    const others = user.groupIds.filter((id) => id !== group.id);
    await roster.users.update(actor, { publicId }, { groupIds: member ? [...others, group.id] : others });
  }

  /** Makes the group's members exactly `wanted` (user public ids): one user update per member added or removed. */
  async function setMembers(actor: Actor, group: Group, before: readonly string[], wanted: readonly string[]): Promise<void> {
    for (const id of wanted.filter((id) => !before.includes(id))) await setMembership(actor, group, id, true);
    for (const id of before.filter((id) => !wanted.includes(id))) await setMembership(actor, group, id, false);
  }

  /**
   * The group written when `displayName` or `externalId` differs (GROUP_NAME_TAKEN is 409
   * uniqueness), held to the version `If-Match` named (VERSION_CONFLICT, 409, when a write came in
   * between). Neither differs: the group as read, unwritten (its members are the users' writes).
   */
  async function written(actor: Actor, group: Group, sent: Omit<ScimGroupState, 'members'>, expectedVersion: number | undefined) {
    if (sent.displayName === group.name && sent.externalId === group.externalId) return group;
    const input = { name: sent.displayName, externalId: sent.externalId };
    return roster.groups.update(actor, group.id, input, expectedVersion === undefined ? {} : { expectedVersion });
  }

  /** The group as it is after the writes (their membership changes moved its version on), with its ETag. */
  async function answer(status: number, actor: Actor, written: Group, request: RosterRequest): Promise<RosterResponse> {
    const group = await roster.groups.find(actor, written.id);
    if (group === null) return notFound();
    const headers: Record<string, string> = { ETag: scimVersion(group.version) };
    if (status === 201) headers['Location'] = `${base}/Groups/${group.id}`;
    return scimResponse(status, await resource(actor, group, request), headers);
  }

  /** POST /Groups: the group in the tenant's root organization, then its members (Entra ID sends them here). */
  const createGroup = provisioning(context, async (actor, _tenant, { request }) => {
    const sent = groupResource(bodyOf(request));
    const group = await roster.groups.create(actor, { name: sent.displayName, externalId: sent.externalId });
    await setMembers(actor, group, [], sent.members ?? []);
    return answer(201, actor, group, request);
  });

  /** PUT /Groups/{id}: displayName, externalId and the members as sent (externalId or members not sent: none). */
  const replaceGroup = provisioning(context, async (actor, _tenant, { request, params }) => {
    const found = await visibleGroup(actor, params['id']);
    if (found === null) return notFound();
    const expected = ifMatchVersion(request, found.version);
    const sent = groupResource(bodyOf(request));
    const group = await written(actor, found, sent, expected);
    await setMembers(
      actor,
      group,
      (await membersOf(actor, group)).map((user) => user.publicId),
      sent.members ?? [],
    );
    return answer(200, actor, group, request);
  });

  const patchGroup = provisioning(context, async (actor, _tenant, { request, params }): Promise<RosterResponse> => {
    const found = await visibleGroup(actor, params['id']);
    if (found === null) return notFound();
    const expected = ifMatchVersion(request, found.version);
    const body = bodyOf(request);
    const before = (await membersOf(actor, found)).map((user) => user.publicId);
    const after = appliedGroupPatch({ displayName: found.name, externalId: found.externalId, members: before }, body);
    const group = await written(actor, found, after, expected);
    await setMembers(actor, group, before, after.members);
    return answer(200, actor, group, request);
  });

  /** DELETE /Groups/{id}: the group and its memberships; the users stay. Held to the version `If-Match` names. */
  const deleteGroup = provisioning(context, async (actor, _tenant, { request, params }) => {
    const group = await visibleGroup(actor, params['id']);
    if (group === null) return notFound();
    const expected = ifMatchVersion(request, group.version);
    await roster.groups.delete(actor, group.id, expected === undefined ? {} : { expectedVersion: expected });
    return emptyResponse(204);
  });

  return { listGroups, getGroup, createGroup, replaceGroup, patchGroup, deleteGroup };
}

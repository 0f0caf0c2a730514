import type { Group, UserView } from '../../../domain';
import { scimVersion } from './scim-etag';
import { GROUP_SCHEMA } from './scim.responses';

/** A member as SCIM answers it: the user's public id, its name, and where the user resource is. */
export function scimMember(user: UserView, base: string) {
  return { value: user.publicId, display: user.name, $ref: `${base}/Users/${user.publicId}` };
}

/**
 * A Roster group as a SCIM Group (RFC 7643 §4.2): `id` is the group's integer id as a string,
 * `displayName` its name, `externalId` when it has one, `meta.version` its version as a weak tag
 * (the group's `ETag`), `meta.created` and `meta.lastModified` its stored times (the latter moves
 * with the version). `members` is left out when `undefined` (`excludedAttributes=members`).
 */
export function scimGroupView(group: Group, base: string, members?: readonly UserView[]): Record<string, unknown> {
  return {
    schemas: [GROUP_SCHEMA],
    id: String(group.id),
    displayName: group.name,
    ...(group.externalId === null ? {} : { externalId: group.externalId }),
    ...(members === undefined ? {} : { members: members.map((user) => scimMember(user, base)) }),
    meta: {
      resourceType: 'Group',
      created: group.createdAt.toISOString(),
      lastModified: group.updatedAt.toISOString(),
      location: `${base}/Groups/${group.id}`,
      version: scimVersion(group.version),
    },
  };
}

/** The group id of a `{id}` path segment: a positive integer in decimal, else null (404). */
export function groupIdOf(text: string | undefined): number | null {
  return text !== undefined && /^[1-9][0-9]{0,14}$/.test(text) ? Number(text) : null;
}

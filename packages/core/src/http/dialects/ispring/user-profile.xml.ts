import { XMLBuilder } from 'fast-xml-parser';
import type { UserView } from '../../../domain';
import { escapeXmlText } from './xml-text';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Compact output (no indentation): the declaration, a line feed, then the root element on one
 * line. The builder lays out the elements; element text goes through `escapeXmlText` (the
 * builder's own entity replacement is off because it would turn `&#13;` into `&amp;#13;`).
 */
const builder = new XMLBuilder({
  format: false,
  processEntities: false,
  suppressEmptyNode: false,
  tagValueProcessor: (_name, value) => escapeXmlText(String(value)),
});

/** `status`: 1 for active users, 3 for inactive or pending ones. */
export function ispringStatus(user: Pick<UserView, 'status'>): 1 | 3 {
  return user.status === 'active' ? 1 : 3;
}

function userProfile(user: UserView): Record<string, unknown> {
  return {
    userId: user.id,
    status: ispringStatus(user),
    role: user.role,
    organizationId: user.organizationId,
    groups: user.groupIds.length === 0 ? '' : { id: [...user.groupIds] },
    fields: {
      login: user.login ?? '',
      first_name: user.firstName,
      last_name: user.lastName,
      email: user.email ?? '',
    },
  };
}

function document(root: Record<string, unknown>): string {
  return `${XML_DECLARATION}\n${builder.build(root) as string}`;
}

/** `GET /user/{id}`: the `<userProfile>` element as the root. */
export function userProfileDocument(user: UserView): string {
  return document({ userProfile: userProfile(user) });
}

/** `GET /user`: `<users>` of `<userProfile>`. */
export function usersDocument(users: readonly UserView[]): string {
  return document({ users: users.length === 0 ? '' : { userProfile: users.map(userProfile) } });
}

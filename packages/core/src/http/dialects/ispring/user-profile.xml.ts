import { XMLBuilder } from 'fast-xml-parser';
import { profileValuesOf, type SchemaField, type UserView } from '../../../domain';
import { escapeXmlText } from './xml-text';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * Compact output (no indentation): the declaration, a line feed, then the root element on one
 * line. The builder lays out the elements; element text goes through `escapeXmlText` (the
 * builder's own entity replacement is off because it would turn `&#13;` into `&amp;#13;`).
 */
// eslint-disable-next-line @typescript-eslint/no-deprecated -- still in fast-xml-parser 5; moving to fast-xml-builder is its own change
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

/** `<fields>`: every field of the schema that has a value, in schema order. */
function fieldsOf(user: UserView, schema: readonly SchemaField[]): Record<string, string> | '' {
  const values = profileValuesOf(user, schema);
  return values.length === 0 ? '' : Object.fromEntries(values.map(([field, value]) => [field.name, value]));
}

function userProfile(user: UserView, schema: readonly SchemaField[]): Record<string, unknown> {
  return {
    userId: user.id,
    status: ispringStatus(user),
    role: user.role,
    organizationId: user.organizationId,
    groups: user.groupIds.length === 0 ? '' : { id: [...user.groupIds] },
    fields: fieldsOf(user, schema),
  };
}

function document(root: Record<string, unknown>): string {
  return `${XML_DECLARATION}\n${builder.build(root)}`;
}

/** `GET /user/{id}`: the `<userProfile>` element as the root. */
export function userProfileDocument(user: UserView, schema: readonly SchemaField[]): string {
  return document({ userProfile: userProfile(user, schema) });
}

/** `GET /user`: `<users>` of `<userProfile>`. */
export function usersDocument(users: readonly UserView[], schema: readonly SchemaField[]): string {
  const profiles = users.map((user) => userProfile(user, schema));
  return document({ users: users.length === 0 ? '' : { userProfile: profiles } });
}

function fieldInfo(field: SchemaField, index: number): Record<string, unknown> {
  return {
    userFieldInfoId: index + 1,
    name: field.name,
    label: field.label,
    type: field.standard ? field.name : field.type,
    isUnique: field.unique,
    isVisible: true,
    isRequired: field.required,
    orderPriority: index,
    ...(field.type === 'list' && !field.standard ? { values: { field: field.values.map((value) => ({ name: value, value })) } } : {}),
  };
}

/** `GET /user/profile/fields`: `<userProfileFields>` of `<userFieldInfo>`, in schema order. */
export function profileFieldsDocument(schema: readonly SchemaField[]): string {
  return document({ userProfileFields: { userFieldInfo: schema.map(fieldInfo) } });
}

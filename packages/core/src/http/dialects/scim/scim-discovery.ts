import type { ScimBulkLimits } from './scim.context';
import { GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA } from './scim.responses';

const SP_CONFIG_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig';
const RESOURCE_TYPE_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';
const SCHEMA_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/** RFC 7643 §5, true to what is built: PATCH, bulk (with its limits), filter (the full grammar on the stored attributes), sort, ETags; no password change. */
export function serviceProviderConfig(base: string, maxResults: number, bulk: ScimBulkLimits) {
  return {
    schemas: [SP_CONFIG_SCHEMA],
    documentationUri: 'https://datatracker.ietf.org/doc/html/rfc7644',
    patch: { supported: true },
    bulk: { supported: true, maxOperations: bulk.maxOperations, maxPayloadSize: bulk.maxPayloadSize },
    filter: { supported: true, maxResults },
    changePassword: { supported: false },
    sort: { supported: true },
    etag: { supported: true },
    authenticationSchemes: [
      {
        type: 'oauthbearertoken',
        name: 'Bearer API key',
        description: 'A tenant API key with scim:provision or user:manage, as `Authorization: Bearer <key>`',
        primary: true,
      },
    ],
    meta: { resourceType: 'ServiceProviderConfig', location: `${base}/ServiceProviderConfig` },
  };
}

export function userResourceType(base: string) {
  return {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: 'User',
    name: 'User',
    endpoint: '/Users',
    description: 'User Account',
    schema: USER_SCHEMA,
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/User` },
  };
}

/** The Group resource type: create, read, replace, PATCH, delete (README.md), with ETags from the group's version. */
export function groupResourceType(base: string) {
  return {
    schemas: [RESOURCE_TYPE_SCHEMA],
    id: 'Group',
    name: 'Group',
    endpoint: '/Groups',
    description: 'Group (create, read, replace, PATCH of displayName and members, delete; ETags)',
    schema: GROUP_SCHEMA,
    meta: { resourceType: 'ResourceType', location: `${base}/ResourceTypes/Group` },
  };
}

export const listOf = (resources: readonly unknown[]) => ({
  schemas: [LIST_SCHEMA],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

interface AttributeOptions {
  readonly type?: string;
  readonly multiValued?: boolean;
  readonly required?: boolean;
  readonly mutability?: string;
  readonly returned?: string;
  readonly uniqueness?: string;
  readonly caseExact?: boolean;
  readonly subAttributes?: readonly unknown[];
  readonly canonicalValues?: readonly string[];
}

function attr(name: string, description: string, options: AttributeOptions = {}) {
  return {
    name,
    type: options.type ?? 'string',
    multiValued: options.multiValued ?? false,
    description,
    required: options.required ?? false,
    caseExact: options.caseExact ?? false,
    mutability: options.mutability ?? 'readWrite',
    returned: options.returned ?? 'default',
    uniqueness: options.uniqueness ?? 'none',
    ...(options.canonicalValues === undefined ? {} : { canonicalValues: options.canonicalValues }),
    ...(options.subAttributes === undefined ? {} : { subAttributes: options.subAttributes }),
  };
}

const multiValue = (name: string) => [
  attr('value', `The ${name} value.`),
  attr('type', 'Only "work" is stored.', { canonicalValues: ['work'] }),
  attr('primary', 'The work value is the primary one.', { type: 'boolean' }),
];

/** The core User schema as far as this dialect stores it (RFC 7643 §4.1, §7). */
export function userSchema(base: string) {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: USER_SCHEMA,
    name: 'User',
    description: 'User Account (the attributes Roster stores)',
    attributes: [
      attr('userName', 'The login; the e-mail in tenants that identify users by e-mail.', { required: true, uniqueness: 'server' }),
      attr('externalId', "The identity provider's id.", { caseExact: true }),
      attr('name', "The user's name.", {
        type: 'complex',
        subAttributes: [
          attr('formatted', 'givenName and familyName.', { mutability: 'readOnly' }),
          attr('givenName', 'First name.'),
          attr('familyName', 'Last name.'),
        ],
      }),
      attr('displayName', 'givenName and familyName (derived, not stored).', { mutability: 'readOnly' }),
      attr('title', "The user's job title."),
      attr('active', 'false: deactivated (listed and readable, cannot sign in).', { type: 'boolean' }),
      attr('password', 'Set only; never returned.', { mutability: 'writeOnly', returned: 'never' }),
      attr('emails', 'The one work e-mail.', {
        type: 'complex',
        multiValued: true,
        uniqueness: 'server',
        subAttributes: multiValue('e-mail'),
      }),
      attr('phoneNumbers', 'The one work phone number.', { type: 'complex', multiValued: true, subAttributes: multiValue('phone number') }),
    ],
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${USER_SCHEMA}` },
  };
}

/** The core Group schema as far as this dialect serves it (RFC 7643 §4.2, §8.7.1). */
export function groupSchema(base: string) {
  return {
    schemas: [SCHEMA_SCHEMA],
    id: GROUP_SCHEMA,
    name: 'Group',
    description: 'Group (a Roster group)',
    attributes: [
      attr('displayName', "The group's name, unique in the tenant in any case (filters match it exactly).", {
        required: true,
        caseExact: true,
        uniqueness: 'server',
      }),
      attr('externalId', "The identity provider's id (not unique; filters match it exactly).", { caseExact: true }),
      attr('members', 'The users in the group.', {
        type: 'complex',
        multiValued: true,
        subAttributes: [
          attr('value', 'The user id.', { mutability: 'immutable', caseExact: true }),
          attr('$ref', 'The user resource.', { type: 'reference', mutability: 'immutable' }),
          attr('display', "The user's name.", { mutability: 'readOnly' }),
        ],
      }),
    ],
    meta: { resourceType: 'Schema', location: `${base}/Schemas/${GROUP_SCHEMA}` },
  };
}

/** Schemas served; the enterprise extension is not implemented (README.md). */
export const SCHEMA_IDS = [USER_SCHEMA, GROUP_SCHEMA] as const;

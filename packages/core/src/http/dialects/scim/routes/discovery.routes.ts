import type { RouteHandler } from '../../../dialect-plugin';
import type { ScimContext } from '../scim.context';
import { groupResourceType, groupSchema, listOf, serviceProviderConfig, userResourceType, userSchema } from '../scim-discovery';
import { GROUP_SCHEMA, USER_SCHEMA, scimError, scimResponse } from '../scim.responses';

const answer = (value: unknown): RouteHandler => {
  const response = scimResponse(200, value);
  return () => Promise.resolve(response);
};

const notFound = scimError(404, 'Resource not found');

/** The discovery routes (RFC 7644 §4): static documents, served without a key (they hold nothing of a tenant). */
export function discoveryRoutes(context: ScimContext) {
  const types: Record<string, unknown> = { User: userResourceType(context.base), Group: groupResourceType(context.base) };
  const schemas: Record<string, unknown> = { [USER_SCHEMA]: userSchema(context.base), [GROUP_SCHEMA]: groupSchema(context.base) };
  const found = (documents: Record<string, unknown>, key: string | undefined) =>
    key !== undefined && Object.hasOwn(documents, key) ? scimResponse(200, documents[key]) : notFound;
  return {
    serviceProviderConfig: answer(serviceProviderConfig(context.base, context.maxResults, context.bulk)),
    resourceTypes: answer(listOf(Object.values(types))),
    resourceType: (({ params }) => Promise.resolve(found(types, params['name']))) as RouteHandler,
    schemas: answer(listOf(Object.values(schemas))),
    schema: (({ params }) => Promise.resolve(found(schemas, params['urn']))) as RouteHandler,
  };
}

import type { RouteHandler } from '../../../dialect-plugin';
import type { ScimContext } from '../scim.context';
import { listOf, serviceProviderConfig, userResourceType, userSchema } from '../scim-discovery';
import { scimError, scimResponse } from '../scim.responses';

const answer = (value: unknown): RouteHandler => {
  const response = scimResponse(200, value);
  return () => Promise.resolve(response);
};

const notFound = scimError(404, 'Resource not found');

/** The discovery routes (RFC 7644 §4): static documents, served without a key (they hold nothing of a tenant). */
export function discoveryRoutes(context: ScimContext) {
  const user = userResourceType(context.base);
  const schema = userSchema(context.base);
  return {
    serviceProviderConfig: answer(serviceProviderConfig(context.base, context.maxResults)),
    resourceTypes: answer(listOf([user])),
    resourceType: (({ params }) => Promise.resolve(params['name'] === 'User' ? scimResponse(200, user) : notFound)) as RouteHandler,
    schemas: answer(listOf([schema])),
    schema: (({ params }) => Promise.resolve(params['urn'] === schema.id ? scimResponse(200, schema) : notFound)) as RouteHandler,
  };
}

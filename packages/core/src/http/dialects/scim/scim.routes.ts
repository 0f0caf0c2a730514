import type { RouteDescriptor } from '../../dialect-plugin';

/** The dialect's static route table, below its prefix (default `/scim/v2`); handlers are bound in index.ts. */
export const SCIM_ROUTES = [
  { method: 'GET', path: '/ServiceProviderConfig', name: 'serviceProviderConfig' },
  { method: 'GET', path: '/ResourceTypes', name: 'resourceTypes' },
  { method: 'GET', path: '/ResourceTypes/:name', name: 'resourceType' },
  { method: 'GET', path: '/Schemas', name: 'schemas' },
  { method: 'GET', path: '/Schemas/:urn', name: 'schema' },
  { method: 'GET', path: '/Users', name: 'listUsers' },
  { method: 'POST', path: '/Users', name: 'createUser' },
  { method: '*', path: '/Users', name: 'usersMethodNotAllowed' },
  { method: 'GET', path: '/Users/:id', name: 'getUser' },
  { method: 'PUT', path: '/Users/:id', name: 'replaceUser' },
  { method: 'PATCH', path: '/Users/:id', name: 'patchUser' },
  { method: 'DELETE', path: '/Users/:id', name: 'deleteUser' },
  { method: '*', path: '/Users/:id', name: 'userMethodNotAllowed' },
  { method: 'GET', path: '/Groups', name: 'listGroups' },
  { method: 'POST', path: '/Groups', name: 'createGroup' },
  { method: '*', path: '/Groups', name: 'groupsMethodNotAllowed' },
  { method: 'GET', path: '/Groups/:id', name: 'getGroup' },
  { method: 'PUT', path: '/Groups/:id', name: 'replaceGroup' },
  { method: 'PATCH', path: '/Groups/:id', name: 'patchGroup' },
  { method: 'DELETE', path: '/Groups/:id', name: 'deleteGroup' },
  { method: '*', path: '/Groups/:id', name: 'groupMethodNotAllowed' },
  { method: 'POST', path: '/Bulk', name: 'bulk' },
  { method: '*', path: '/Bulk', name: 'bulkMethodNotAllowed' },
] as const satisfies readonly RouteDescriptor[];

import type { RouteDescriptor } from '../../dialect-plugin';

const USERS = '/api/users';
const USER = '/api/users/:user_id';

/**
 * The dialect's static route table (docs/dialects/objective.md, "Routes"); handlers are bound in
 * index.ts. HEAD is answered like GET (as Laravel does); the disabled routes and any other
 * method answer Laravel's "route could not be found" 404.
 */
export const OBJECTIVE_ROUTES = [
  { method: 'POST', path: USERS, name: 'createUser' },
  { method: 'GET', path: USERS, name: 'listUsersDisabled' },
  { method: '*', path: USERS, name: 'usersRouteNotFound' },
  { method: 'GET', path: USER, name: 'getUser' },
  { method: 'HEAD', path: USER, name: 'headUser' },
  { method: 'PUT', path: USER, name: 'updateUser' },
  { method: 'DELETE', path: USER, name: 'deleteUserDisabled' },
  { method: '*', path: USER, name: 'userRouteNotFound' },
] as const satisfies readonly RouteDescriptor[];

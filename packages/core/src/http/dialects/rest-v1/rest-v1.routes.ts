import type { RouteDescriptor } from '../../dialect-plugin';

const USERS = '/api/v1/users';
const USER = '/api/v1/users/:user_id';

/** The dialect's static route table (docs/dialects/rest-v1.md, "Routes"); handlers are bound in index.ts. */
export const REST_V1_ROUTES = [
  { method: 'GET', path: USERS, name: 'listUsers' },
  { method: 'POST', path: USERS, name: 'createUser' },
  { method: '*', path: USERS, name: 'usersMethodNotAllowed' },
  { method: 'GET', path: USER, name: 'getUser' },
  { method: 'PUT', path: USER, name: 'updateUser' },
  { method: 'DELETE', path: USER, name: 'deleteUser' },
  { method: '*', path: USER, name: 'userMethodNotAllowed' },
] as const satisfies readonly RouteDescriptor[];

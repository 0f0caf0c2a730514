import type { RouteDescriptor } from '../../dialect-plugin';

/** The ispring dialect's routes (static: adapters may declare controllers from it). */
export const ISPRING_ROUTES = [
  { method: 'POST', path: '/user', name: 'createUser' },
  { method: 'GET', path: '/user', name: 'listUsers' },
  { method: '*', path: '/user', name: 'usersMethodNotAllowed' },
  // Before `/user/:id`, so that `profile` is never read as a user id.
  { method: 'GET', path: '/user/profile/fields', name: 'profileFields' },
  { method: '*', path: '/user/profile/fields', name: 'profileFieldsMethodNotAllowed' },
  { method: 'GET', path: '/user/:id', name: 'getUser' },
  { method: 'POST', path: '/user/:id', name: 'updateUser' },
  { method: 'DELETE', path: '/user/:id', name: 'deleteUser' },
  { method: '*', path: '/user/:id', name: 'userMethodNotAllowed' },
] as const satisfies readonly RouteDescriptor[];

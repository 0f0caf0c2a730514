import type { RouteDescriptor } from '../../dialect-plugin';

const USER = '/api/user';

/** The dialect's static route table (docs/dialects/courselit.md, "Routes"); handlers are bound in index.ts. */
export const COURSELIT_ROUTES = [
  { method: 'POST', path: USER, name: 'createUser' },
  { method: 'PATCH', path: USER, name: 'updateUser' },
  { method: '*', path: USER, name: 'userMethodNotAllowed' },
] as const satisfies readonly RouteDescriptor[];

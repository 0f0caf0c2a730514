import { ADMIN_API } from '../dialects/admin/admin.openapi';
import { COURSELIT_API } from '../dialects/courselit/courselit.openapi';
import { ISPRING_API } from '../dialects/ispring/ispring.openapi';
import { OBJECTIVE_API } from '../dialects/objective/objective.openapi';
import { REST_V1_API } from '../dialects/rest-v1/rest-v1.openapi';
import { SCIM_API } from '../dialects/scim/scim.openapi';
import type { DialectApiDescription } from './openapi.types';

const BUILT_IN: Readonly<Record<string, DialectApiDescription>> = {
  admin: ADMIN_API,
  courselit: COURSELIT_API,
  ispring: ISPRING_API,
  objective: OBJECTIVE_API,
  'rest-v1': REST_V1_API,
  scim: SCIM_API,
};

/**
 * The API description of a built-in dialect by name: for adapters given a made Dialect
 * (which carries its routes and prefix, not its descriptions) rather than its plugin.
 */
export function builtInDialectApi(name: string): DialectApiDescription | undefined {
  return Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : undefined;
}

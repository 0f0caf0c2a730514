export { createRosterRouter, type RosterRouter, type RosterRouterOptions } from './create-roster-router';
export type { RouterOpenApi, RouterOpenApiOptions } from './roster-open-api';

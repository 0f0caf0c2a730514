export { createRosterRouter, type RosterRouterOptions } from './create-roster-router';

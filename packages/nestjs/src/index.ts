export { RosterModule } from './roster.module';
export { InjectRoster } from './inject-roster.decorator';
export { ROSTER } from './roster.constants';
export { ROSTER_MODULE_OPTIONS, type RosterModuleAsyncOptions, type RosterModuleForRootOptions } from './roster.module-definition';
export {
  withOptions,
  type DialectMount,
  type RosterModuleExtras,
  type RosterModuleOptions,
  type RosterRouteInfo,
} from './roster-module.options';
export { RosterExceptionFilter } from './roster-exception.filter';
export { RosterRequestFailure } from './roster-request.failure';
export { rosterRoutes, type RosterRoutePath } from './roster-routes';
export { rosterSecuritySchemes } from './swagger-metadata';

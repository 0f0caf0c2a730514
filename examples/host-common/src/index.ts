/**
 * What both example hosts share, so that they read the same environment (PORT,
 * ROSTER_BOOTSTRAP, DATABASE_URL, ROSTER_REST_RATE_LIMIT), the same demo file and the same stores.
 */
export * from './host-config';
export * from './read-bootstrap-file';
export * from './create-stores';
export * from './start-banner';
export * from './start-error';
export * from './database-url';
export * from './close-on-signals';
export { describeLimits, openSharedLimits } from './shared-limits';
export { drainThenClose, type DrainSettings } from './graceful-close';
export { startBackgroundWork, resumedImportsLine, type BackgroundWork } from './background-work';

export { AuditTrailService, type AuditTrailApi, type AuditTrailQuery } from './audit-trail.service';
export { PurgeEventHistoryService, type PurgeEventHistoryOptions, type PurgeEventHistoryResult } from './purge-event-history.service';

export { AuditTrailService, type AuditTrailApi, type AuditTrailQuery } from './audit-trail.service';

export * from './api-key.mapper';
export * from './tenant.mapper';
export * from './user.mapper';
export * from './audit-event.mapper';
export * from './import-job.mapper';
export * from './webhook.mapper';

export * from './api-key.mapper';
export * from './tenant.mapper';
export * from './user.mapper';

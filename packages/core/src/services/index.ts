export * from './user-service.types';
export * from './auth-service.types';

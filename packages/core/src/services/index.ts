export * from './user-service.types';
export * from './auth-service.types';
export { DEFAULT_GENERATED_PASSWORD_LENGTH, DEFAULT_PASSWORD_THROTTLE } from './roster-config';

export { AuthService } from './auth.service';
export { PasswordThrottle } from './password-throttle';
export { actorForApiKey, actorForUser } from './actor-factory';

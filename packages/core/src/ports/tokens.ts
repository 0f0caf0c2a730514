/**
 * Injection tokens of the ports, one per port, named like it. They live in the per-Roster
 * tsyringe child container and never leak into public types.
 */
export const TOKENS = {
  UserStore: Symbol('UserStore'),
  TenantStore: Symbol('TenantStore'),
  ApiKeyStore: Symbol('ApiKeyStore'),
  UnitOfWork: Symbol('UnitOfWork'),
  PasswordHasher: Symbol('PasswordHasher'),
  Mailer: Symbol('Mailer'),
  Clock: Symbol('Clock'),
  IdGenerator: Symbol('IdGenerator'),
  RateLimiterFactory: Symbol('RateLimiterFactory'),
  EventSink: Symbol('EventSink'),
  Logger: Symbol('Logger'),
  RoleCatalog: Symbol('RoleCatalog'),
  RosterConfig: Symbol('RosterConfig'),
} as const;

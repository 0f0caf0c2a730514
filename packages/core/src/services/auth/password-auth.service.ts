import { randomBytes } from 'node:crypto';
import { inject, injectable } from 'tsyringe';
import { normalizeEmail, type Actor, type RoleCatalog, type User } from '../../domain';
import { RosterError } from '../../errors';
import { TOKENS, type Clock, type EventSink, type PasswordHasher, type UserStore } from '../../ports';
import type { PasswordCredentials } from '../auth-service.types';
import { actorForUser } from './actor-factory';
import { PasswordThrottle } from './password-throttle';

/**
 * Signs a user in by e-mail or login and password. The password is verified even when the user
 * is unknown (against a dummy hash), so the answer takes about as long either way.
 */
@injectable()
export class PasswordAuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.UserStore) private readonly users: UserStore,
    @inject(TOKENS.PasswordHasher) private readonly hasher: PasswordHasher,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(TOKENS.EventSink) private readonly events: EventSink,
    @inject(PasswordThrottle) private readonly throttle: PasswordThrottle,
  ) {}

  async authenticate(credentials: PasswordCredentials): Promise<Actor> {
    const identifier = typeof credentials.identifier === 'string' ? credentials.identifier.trim() : '';
    const password = typeof credentials.password === 'string' ? credentials.password : '';
    const subject = { tenantId: credentials.tenantId, identifier, clientAddress: credentials.clientAddress };
    try {
      await this.throttle.check(subject);
    } catch (error) {
      this.events.emit({ type: 'auth.failed', tenantId: credentials.tenantId, reason: 'rate_limited' });
      throw error;
    }
    const user = identifier === '' ? null : await this.find(credentials.tenantId, identifier);
    const verified = await this.hasher.verify(user?.passwordHash ?? (await this.dummy()), password);
    const failure = failureOf(user, verified);
    if (user === null || failure !== null) {
      await this.throttle.recordFailure(subject);
      this.events.emit({ type: 'auth.failed', tenantId: credentials.tenantId, reason: failure ?? 'unknown_user' });
      throw new RosterError('UNAUTHENTICATED', 'invalid credentials');
    }
    await this.throttle.recordSuccess(subject);
    await this.users.touchLastLogin(user.tenantId, user.id, this.clock.now());
    return actorForUser(this.catalog, user);
  }

  /** By e-mail when the identifier looks like one, else (or when no e-mail matches) by login. */
  private async find(tenantId: string, identifier: string): Promise<User | null> {
    const byEmail = identifier.includes('@')
      ? await this.users.findByEmail(tenantId, normalizeEmail(identifier))
      : null;
    return byEmail ?? (await this.users.findByLogin(tenantId, identifier));
  }

  /** A hash of a random password, computed once, to verify against when there is no user. */
  private dummy(): Promise<string> {
    this.dummyHash ??= this.hasher.hash(randomBytes(24).toString('base64')).catch((error: unknown) => {
      this.dummyHash = null;
      throw error;
    });
    return this.dummyHash;
  }
}

/** Why a sign-in fails (for the event sink; the caller only ever sees UNAUTHENTICATED), or null. */
function failureOf(user: User | null, verified: boolean): string | null {
  if (user === null || user.passwordHash === null) return 'unknown_user';
  if (!verified) return 'wrong_password';
  if (user.status !== 'active') return 'inactive_user';
  return null;
}

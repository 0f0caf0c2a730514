import { randomBytes } from 'node:crypto';
import { inject, injectable } from 'tsyringe';
import { normalizeEmail, type Actor, type RoleCatalog, type User } from '../../domain';
import { RosterError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { TOKENS, type Clock, type EventSink, type PasswordHasher, type UserStore } from '../../ports';
import type { PasswordCredentials } from '../auth-service.types';
import { actorForUser } from './actor-factory';
import { PasswordThrottle } from './password-throttle';
import { isUsageStale } from './usage-record';

/**
 * Signs a user in by e-mail or login and password. The password is verified even when the user
 * (or the account) is unknown, against a dummy hash, so the answer takes about as long either way.
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
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async authenticate(credentials: PasswordCredentials): Promise<Actor> {
    const identifier = typeof credentials.identifier === 'string' ? credentials.identifier.trim() : '';
    const password = typeof credentials.password === 'string' ? credentials.password : '';
    const { tenantId } = credentials;
    const subject = { tenantId, identifier, clientAddress: credentials.clientAddress };
    let user: User | null;
    try {
      user = await this.throttle.run(subject, () => this.attempt(tenantId, identifier, password));
    } catch (error) {
      if (RosterError.is(error, 'RATE_LIMITED')) {
        this.events.emit({ type: 'auth.failed', tenantId, reason: 'rate_limited' });
        await this.recordFailure('auth.sign_in_throttled', tenantId, null, 'rate_limited');
      }
      throw error;
    }
    if (user === null) throw new RosterError('UNAUTHENTICATED', 'invalid credentials');
    const now = this.clock.now();
    if (isUsageStale(user.lastLoginAt, now)) await this.users.touchLastLogin(user.tenantId, user.id, now);
    return actorForUser(this.catalog, user);
  }

  /** The user the password signs in, or null (reported to the event sink) when it does not. */
  private async attempt(tenantId: string | null, identifier: string, password: string): Promise<User | null> {
    const user = identifier === '' || tenantId === null ? null : await this.find(tenantId, identifier);
    const verified = await this.hasher.verify(user?.passwordHash ?? (await this.dummy()), password);
    const failure = failureOf(user, verified);
    if (failure === null) return user;
    this.events.emit({ type: 'auth.failed', tenantId, reason: failure });
    await this.recordFailure('auth.sign_in_failed', tenantId, user, failure);
    return null;
  }

  /** The audit event of a refused sign-in, in its tenant (none is known for an account not found). */
  private async recordFailure(
    type: 'auth.sign_in_failed' | 'auth.sign_in_throttled',
    tenantId: string | null,
    user: User | null,
    reason: string,
  ): Promise<void> {
    if (tenantId === null) return;
    const target = user === null ? null : { kind: 'user' as const, id: String(user.id) };
    await this.audit.appendAlone({ type, tenantId, actor: null, target, changes: [{ field: 'reason', before: null, after: reason }] });
  }

  /** By e-mail when the identifier looks like one, else (or when no e-mail matches) by login. */
  private async find(tenantId: string, identifier: string): Promise<User | null> {
    const byEmail = identifier.includes('@') ? await this.users.findByEmail(tenantId, normalizeEmail(identifier)) : null;
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
  if (user?.passwordHash == null) return 'unknown_user';
  if (!verified) return 'wrong_password';
  if (user.status !== 'active') return 'inactive_user';
  return null;
}

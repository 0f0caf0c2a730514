import { timingSafeEqual } from 'node:crypto';
import { inject, injectable } from 'tsyringe';
import type { Actor, RoleCatalog } from '../../domain';
import { hashApiKeySecret } from '../../defaults/api-key-secret';
import { RosterError } from '../../errors';
import { TOKENS, type ApiKeyStore, type Clock, type EventSink, type Logger } from '../../ports';
import type { ApiKeyCredentials } from '../auth-service.types';
import { actorForApiKey } from './actor-factory';
import { isUsageStale } from './usage-record';

/** Resolves an API key secret to the actor it stands for, in its tenant. */
@injectable()
export class ApiKeyAuthService {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.ApiKeyStore) private readonly apiKeys: ApiKeyStore,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(TOKENS.EventSink) private readonly events: EventSink,
    @inject(TOKENS.Logger) private readonly logger: Logger,
  ) {}

  async authenticate(credentials: ApiKeyCredentials): Promise<Actor> {
    const tenantId = credentials.tenantId ?? null;
    if (typeof credentials.secret !== 'string' || credentials.secret === '') throw this.fail(tenantId, 'missing_key');
    const secretHash = hashApiKeySecret(credentials.secret);
    const key = await this.apiKeys.findBySecretHash(secretHash);
    if (key === null || !sameHash(key.secretHash, secretHash)) throw this.fail(tenantId, 'unknown_key');
    if (tenantId !== null && key.tenantId !== tenantId) throw this.fail(tenantId, 'key_of_another_tenant');
    const now = this.clock.now();
    // Checked on every request, after the (possibly cached) read: a cached key expires on time too.
    if (key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime()) throw this.fail(tenantId, 'expired_key');
    const actor = actorForApiKey(this.catalog, key);
    if (actor === null) {
      this.logger.warn('an API key with an organization-scoped role names no organization', { keyId: key.id });
      throw this.fail(key.tenantId, 'key_without_organization');
    }
    try {
      if (isUsageStale(key.lastUsedAt, now)) await this.apiKeys.touchLastUsed(key.id, now);
    } catch (error) {
      this.logger.warn('could not record the use of an API key', { keyId: key.id, error: String(error) });
    }
    return actor;
  }

  private fail(tenantId: string | null, reason: string): RosterError {
    this.events.emit({ type: 'auth.failed', tenantId, reason });
    return new RosterError('UNAUTHENTICATED', 'invalid API key');
  }
}

/** Constant-time comparison of two hex digests. */
function sameHash(stored: string, computed: string): boolean {
  const a = Buffer.from(stored, 'utf8');
  const b = Buffer.from(computed, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

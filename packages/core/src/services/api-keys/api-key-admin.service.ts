import { inject, injectable } from 'tsyringe';
import { apiKeyPrefix, hashApiKeySecret } from '../../defaults/api-key-secret';
import type { Actor, ApiKey, Organization, RoleCatalog } from '../../domain';
import { RosterError, validationError } from '../../errors';
import { AuditRecorder } from '../../audit/audit-recorder';
import { TOKENS, type ApiKeyStore, type Clock, type IdGenerator, type TenantStore, type UnitOfWork } from '../../ports';
import { requireAssignableRole, requireGrantable, requirePermission, requireWithinReach } from '../users/user-policy';
import { UserScope } from '../users/user-scope';
import type {
  ApiKeyServiceApi,
  ApiKeyView,
  CreateApiKeyInput,
  CreatedApiKey,
  RotateApiKeyInput,
  RotatedApiKey,
} from './api-key-admin.types';
import { KEY_MANAGEMENT_PERMISSION, keyVisible, MAX_GRACE_SECONDS, requireCanActOnKey, requireOrganizationForRole } from './api-key-policy';
import { newApiKeySecret } from './api-key-secret.generator';

/** The key without its secret hash. */
function view(key: ApiKey): ApiKeyView {
  const { id, tenantId, name, prefix, role, permissions, organizationId, createdAt, lastUsedAt, expiresAt } = key;
  return { id, tenantId, name, prefix, role, permissions, organizationId, createdAt, lastUsedAt, expiresAt };
}

/**
 * Creates, lists, shows and revokes a tenant's API keys for an actor holding `setting:manage`,
 * with the rules every user write obeys: no role above the actor's, no permission it lacks, and
 * for an organization-bound actor nothing outside its subtree.
 */
@injectable()
export class ApiKeyAdminService implements ApiKeyServiceApi {
  constructor(
    @inject(TOKENS.RoleCatalog) private readonly catalog: RoleCatalog,
    @inject(TOKENS.ApiKeyStore) private readonly apiKeys: ApiKeyStore,
    @inject(TOKENS.TenantStore) private readonly tenants: TenantStore,
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(UserScope) private readonly scope: UserScope,
    @inject(AuditRecorder) private readonly audit: AuditRecorder,
  ) {}

  async create(actor: Actor, input: CreateApiKeyInput): Promise<CreatedApiKey> {
    requirePermission(actor, KEY_MANAGEMENT_PERMISSION);
    const expiresAt = input.expiresAt ?? null;
    const createdAt = this.clock.now();
    if (expiresAt !== null && !(expiresAt.getTime() > createdAt.getTime())) {
      throw validationError([{ field: 'expires_at', message: 'must be in the future' }]);
    }
    const permissions = [...new Set(input.permissions ?? [])];
    requireAssignableRole(this.catalog, actor, input.role);
    requireGrantable(actor, permissions);
    const organizationId = input.organizationId ?? actor.scopeOrganizationId;
    requireOrganizationForRole(this.catalog, input.role, organizationId);
    const scope = await this.scope.load(actor);
    if (organizationId !== null) await this.scope.requireOrganization(actor, scope, organizationId);
    // A tenant-wide key made by an organization-bound actor would reach beyond it.
    else requireWithinReach(this.catalog, actor, { role: input.role, permissions });
    const secret = newApiKeySecret();
    const key: ApiKey = {
      id: this.ids.id(),
      tenantId: actor.tenantId,
      name: input.name,
      prefix: apiKeyPrefix(secret),
      secretHash: hashApiKeySecret(secret),
      role: input.role,
      permissions,
      organizationId,
      createdAt,
      lastUsedAt: null,
      expiresAt,
    };
    const changes = (['name', 'role', 'permissions', 'organizationId', 'expiresAt'] as const).map((field) => ({
      field,
      before: null,
      after: key[field],
    }));
    await this.unitOfWork.run(async (stores) => {
      await stores.apiKeys.save(key);
      const target = { kind: 'apiKey' as const, id: key.id };
      await this.audit.append(stores, { type: 'api_key.created', tenantId: key.tenantId, actor, target, changes });
    });
    return { key: view(key), secret };
  }

  async list(actor: Actor): Promise<readonly ApiKeyView[]> {
    requirePermission(actor, KEY_MANAGEMENT_PERMISSION);
    const organizations = await this.organizations(actor);
    const keys = await this.apiKeys.listByTenant(actor.tenantId);
    return keys.filter((key) => keyVisible(actor, key, organizations)).map(view);
  }

  async get(actor: Actor, id: string): Promise<ApiKeyView> {
    requirePermission(actor, KEY_MANAGEMENT_PERMISSION);
    const key = await this.apiKeys.findById(actor.tenantId, id);
    if (key === null || !keyVisible(actor, key, await this.organizations(actor))) {
      throw new RosterError('API_KEY_NOT_FOUND', 'no such API key');
    }
    return view(key);
  }

  async own(actor: Actor): Promise<ApiKeyView> {
    const key = actor.kind === 'apiKey' ? await this.apiKeys.findById(actor.tenantId, String(actor.id)) : null;
    // Revoked since it authenticated: the credential no longer stands.
    if (key === null) throw new RosterError('UNAUTHENTICATED', 'the API key is gone');
    return view(key);
  }

  async revoke(actor: Actor, id: string): Promise<void> {
    requirePermission(actor, KEY_MANAGEMENT_PERMISSION);
    const key = await this.apiKeys.findById(actor.tenantId, id);
    if (key === null) throw new RosterError('API_KEY_NOT_FOUND', 'no such API key');
    requireCanActOnKey(this.catalog, actor, key, await this.organizations(actor));
    const deleted = await this.unitOfWork.run(async (stores) => {
      const gone = await stores.apiKeys.deleteById(actor.tenantId, id);
      if (gone)
        await this.audit.append(stores, { type: 'api_key.revoked', tenantId: actor.tenantId, actor, target: { kind: 'apiKey', id } });
      return gone;
    });
    if (!deleted) throw new RosterError('API_KEY_NOT_FOUND', 'no such API key');
  }

  async rotate(actor: Actor, id: string, input: RotateApiKeyInput = {}): Promise<RotatedApiKey> {
    requirePermission(actor, KEY_MANAGEMENT_PERMISSION);
    const graceSeconds = input.graceSeconds ?? 0;
    if (!Number.isInteger(graceSeconds) || graceSeconds < 0 || graceSeconds > MAX_GRACE_SECONDS) {
      throw validationError([{ field: 'grace_seconds', message: `must be an integer from 0 to ${MAX_GRACE_SECONDS}` }]);
    }
    const old = await this.apiKeys.findById(actor.tenantId, id);
    if (old === null) throw new RosterError('API_KEY_NOT_FOUND', 'no such API key');
    // Acting on the key is what revoking it needs; the new key grants exactly what the old one did.
    requireCanActOnKey(this.catalog, actor, old, await this.organizations(actor));
    const now = this.clock.now();
    const secret = newApiKeySecret();
    const key: ApiKey = {
      ...old,
      id: this.ids.id(),
      prefix: apiKeyPrefix(secret),
      secretHash: hashApiKeySecret(secret),
      createdAt: now,
      lastUsedAt: null,
    };
    const graceEnd = new Date(now.getTime() + graceSeconds * 1000);
    // The grace period never lengthens the old key's life.
    const oldExpiresAt = graceSeconds === 0 ? null : old.expiresAt !== null && old.expiresAt < graceEnd ? old.expiresAt : graceEnd;
    const replaced = await this.unitOfWork.run(async (stores) => {
      const current = await stores.apiKeys.findById(actor.tenantId, id);
      if (current === null) return false;
      if (oldExpiresAt === null) await stores.apiKeys.deleteById(actor.tenantId, id);
      else await stores.apiKeys.save({ ...current, expiresAt: oldExpiresAt });
      await stores.apiKeys.save(key);
      const changes = [
        { field: 'replacedBy', before: null, after: key.id },
        { field: 'expiresAt', before: old.expiresAt, after: oldExpiresAt ?? now },
      ];
      await this.audit.append(stores, {
        type: 'api_key.rotated',
        tenantId: actor.tenantId,
        actor,
        target: { kind: 'apiKey', id },
        changes,
      });
      return true;
    });
    if (!replaced) throw new RosterError('API_KEY_NOT_FOUND', 'no such API key');
    return { key: view(key), secret, replaced: { id, expiresAt: oldExpiresAt } };
  }

  private async organizations(actor: Actor): Promise<readonly Organization[]> {
    return actor.scopeOrganizationId === null ? [] : this.tenants.listOrganizations(actor.tenantId);
  }
}

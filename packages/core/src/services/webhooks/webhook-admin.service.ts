import type { Actor } from '../../domain';
import { RosterError } from '../../errors';
import type { AuditEventType, Clock, IdGenerator, WebhookDeliveryAttempt, WebhookEndpoint, WebhookEndpointStore } from '../../ports';
import type { WebhookAddressPolicy } from '../../rules/webhook-url.rules';
import { checkWebhookUrl, type WebhookHostResolver } from '../../webhooks/webhook-url-check';
import { generateWebhookSecret } from '../../webhooks/webhook-secret';
import { requirePermission } from '../users/user-policy';

/** Longest grace after a secret rotation during which the old secret still signs: 7 days. */
export const MAX_WEBHOOK_GRACE_SECONDS = 7 * 24 * 60 * 60;

export interface CreateWebhookInput {
  readonly url: string;
  /** Empty or absent: every type. */
  readonly eventTypes?: readonly AuditEventType[];
  readonly description?: string | null;
}

export interface UpdateWebhookInput {
  readonly url?: string;
  readonly eventTypes?: readonly AuditEventType[];
  readonly description?: string | null;
  /** True switches an endpoint back on (whatever disabled it); false switches it off (`admin`). */
  readonly enabled?: boolean;
}

/** An endpoint with its secret: only the create and rotate answers carry one. */
export interface WebhookWithSecret {
  readonly endpoint: WebhookEndpoint;
  readonly secret: string;
}

export interface WebhookDeliveryPage {
  readonly endpointId: string;
  readonly beforeId?: string;
  readonly limit: number;
}

/** What `createRoster({ webhooks })` takes: the server-side request forgery policy of endpoint URLs. */
export interface WebhookOptions {
  /** Accept loopback addresses (127.0.0.0/8, ::1): tests and local development only. */
  readonly allowLoopback?: boolean;
  /** How host names resolve (default: the system resolver, A and AAAA). */
  readonly resolveHost?: WebhookHostResolver;
  /**
   * How long each tenant's enabled endpoints (ids and event types) are cached for writing events
   * (default 5 s; 0: read with every event). Endpoint writes through this Roster (create, change,
   * disable, delete, a 410 disable by its worker) forget them at once; an endpoint written by another
   * process starts (or stops) receiving at the latest this long after.
   */
  readonly subscriberCacheSeconds?: number;
}

export interface WebhookAdminApi {
  create(actor: Actor, input: CreateWebhookInput): Promise<WebhookWithSecret>;
  list(actor: Actor): Promise<readonly WebhookEndpoint[]>;
  get(actor: Actor, id: string): Promise<WebhookEndpoint>;
  update(actor: Actor, id: string, input: UpdateWebhookInput): Promise<WebhookEndpoint>;
  delete(actor: Actor, id: string): Promise<void>;
  /** A new secret; with `graceSeconds` > 0 the old one keeps signing beside it until then. */
  rotateSecret(actor: Actor, id: string, options?: { readonly graceSeconds?: number }): Promise<WebhookWithSecret>;
  deliveries(actor: Actor, page: WebhookDeliveryPage): Promise<readonly WebhookDeliveryAttempt[]>;
  /** Makes the attempted event pending again for the endpoint (delivered anew, in its turn). */
  redeliver(actor: Actor, id: string, deliveryId: string): Promise<WebhookDeliveryAttempt>;
}

/** A tenant's webhook endpoints, for tenant-wide actors holding `setting:manage`. */
export class WebhookAdminService implements WebhookAdminApi {
  constructor(
    private readonly store: WebhookEndpointStore,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly options: WebhookOptions = {},
  ) {}

  async create(actor: Actor, input: CreateWebhookInput): Promise<WebhookWithSecret> {
    allowed(actor);
    const url = await this.checkedUrl(input.url);
    const now = this.clock.now();
    const endpoint: WebhookEndpoint = {
      id: `whep_${this.ids.id()}`,
      tenantId: actor.tenantId,
      url,
      eventTypes: [...(input.eventTypes ?? [])],
      description: input.description ?? null,
      enabled: true,
      disabledReason: null,
      secret: generateWebhookSecret(),
      previousSecret: null,
      previousSecretExpiresAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.store.create(endpoint);
    return { endpoint, secret: endpoint.secret };
  }

  list(actor: Actor): Promise<readonly WebhookEndpoint[]> {
    allowed(actor);
    return this.store.list(actor.tenantId);
  }

  async get(actor: Actor, id: string): Promise<WebhookEndpoint> {
    allowed(actor);
    return found(await this.store.get(actor.tenantId, id));
  }

  async update(actor: Actor, id: string, input: UpdateWebhookInput): Promise<WebhookEndpoint> {
    allowed(actor);
    const url = input.url === undefined ? undefined : await this.checkedUrl(input.url);
    const enabled =
      input.enabled === undefined
        ? {}
        : input.enabled
          ? { enabled: true, disabledReason: null }
          : { enabled: false, disabledReason: 'admin' as const };
    return found(
      await this.store.update(actor.tenantId, id, {
        ...(url === undefined ? {} : { url }),
        ...(input.eventTypes === undefined ? {} : { eventTypes: [...input.eventTypes] }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...enabled,
        updatedAt: this.clock.now(),
      }),
    );
  }

  async delete(actor: Actor, id: string): Promise<void> {
    allowed(actor);
    if (!(await this.store.delete(actor.tenantId, id))) throw notFound();
  }

  async rotateSecret(actor: Actor, id: string, options: { readonly graceSeconds?: number } = {}): Promise<WebhookWithSecret> {
    allowed(actor);
    const old = found(await this.store.get(actor.tenantId, id));
    const grace = options.graceSeconds ?? 0;
    if (!Number.isSafeInteger(grace) || grace < 0 || grace > MAX_WEBHOOK_GRACE_SECONDS) {
      throw new RosterError('VALIDATION_FAILED', 'graceSeconds out of range', {
        issues: [{ field: 'grace_seconds', message: `must be an integer from 0 to ${MAX_WEBHOOK_GRACE_SECONDS}` }],
      });
    }
    const now = this.clock.now();
    const secret = generateWebhookSecret();
    const endpoint = found(
      await this.store.update(actor.tenantId, id, {
        secret,
        previousSecret: grace > 0 ? old.secret : null,
        previousSecretExpiresAt: grace > 0 ? new Date(now.getTime() + grace * 1000) : null,
        updatedAt: now,
      }),
    );
    return { endpoint, secret };
  }

  async deliveries(actor: Actor, page: WebhookDeliveryPage): Promise<readonly WebhookDeliveryAttempt[]> {
    allowed(actor);
    found(await this.store.get(actor.tenantId, page.endpointId));
    return this.store.listDeliveries(page);
  }

  async redeliver(actor: Actor, id: string, deliveryId: string): Promise<WebhookDeliveryAttempt> {
    allowed(actor);
    found(await this.store.get(actor.tenantId, id));
    const attempt = await this.store.getDelivery(id, deliveryId);
    if (attempt === null || !(await this.store.redeliver(id, attempt.eventId))) {
      throw new RosterError('WEBHOOK_DELIVERY_NOT_FOUND', 'no such delivery of this endpoint');
    }
    return attempt;
  }

  private async checkedUrl(text: string): Promise<string> {
    const policy: WebhookAddressPolicy = { allowLoopback: this.options.allowLoopback === true };
    const check = await checkWebhookUrl(text, policy, ...(this.options.resolveHost === undefined ? [] : [this.options.resolveHost]));
    if (!check.ok)
      throw new RosterError('WEBHOOK_URL_REFUSED', `the webhook URL is refused: ${check.problem}`, {
        issues: [{ field: 'url', message: `refused: ${check.problem}` }],
      });
    return check.url;
  }
}

function allowed(actor: Actor): void {
  requirePermission(actor, 'setting:manage');
  if (actor.scopeOrganizationId !== null) throw new RosterError('PERMISSION_DENIED', 'webhooks are for tenant-wide actors');
}

const notFound = (): RosterError => new RosterError('WEBHOOK_ENDPOINT_NOT_FOUND', 'no such webhook endpoint');

function found<T>(value: T | null): T {
  if (value === null) throw notFound();
  return value;
}

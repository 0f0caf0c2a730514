import type { Tenant } from '../../domain';
import { auditEventIdFloor } from '../../audit/audit-event-id';
import type { AuditEventStore, Clock, TenantStore, WebhookEndpointStore } from '../../ports';
import {
  auditRetentionDaysOf,
  checkedDays,
  DEFAULT_PURGE_BATCH_SIZE,
  DEFAULT_WEBHOOK_HISTORY_DAYS,
  purgeCutoff,
} from '../../rules/retention.rules';

/** What `roster.purgeEventHistory()` takes; every field has a default. */
export interface PurgeEventHistoryOptions {
  /** Rows removed per statement (default 500): each batch is a short statement of its own, never one long lock. */
  readonly batchSize?: number;
  /**
   * Only this tenant's audit events (default: every tenant that sets a retention). The webhook history
   * has no tenant of its own to age by, so it is purged across tenants either way.
   */
  readonly tenantId?: string;
  /** Age in days past which delivered outbox entries and delivery-log rows are removed (default 30). */
  readonly webhookHistoryDays?: number;
}

/** How many rows one run of the retention purge removed. */
export interface PurgeEventHistoryResult {
  /** Audit events past their tenant's retention, all tenants together. */
  readonly auditEvents: number;
  /** Delivered webhook outbox entries older than the webhook history age. */
  readonly webhookEntries: number;
  /** Webhook delivery-log rows (attempts) older than it. */
  readonly webhookDeliveries: number;
}

/**
 * The retention purge (`roster.purgeEventHistory()`, `roster audit purge`): a tenant's audit events
 * older than its `auditRetentionDays` (tenants without one keep theirs for ever), delivered webhook
 * outbox entries and delivery-log rows older than `webhookHistoryDays`. Batches of `batchSize`, each
 * a short statement, until a batch comes back short. Safe to run from several processes at once
 * (a row another run removed is simply not counted twice). It is the only removal of audit events.
 */
export class PurgeEventHistoryService {
  constructor(
    private readonly tenants: TenantStore,
    private readonly auditEvents: AuditEventStore,
    private readonly webhooks: WebhookEndpointStore,
    private readonly clock: Clock,
  ) {}

  async run(options: PurgeEventHistoryOptions = {}): Promise<PurgeEventHistoryResult> {
    const batchSize = options.batchSize ?? DEFAULT_PURGE_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
    const webhookDays = checkedDays(options.webhookHistoryDays ?? DEFAULT_WEBHOOK_HISTORY_DAYS, 'webhookHistoryDays');
    const now = this.clock.now();
    const tenants = options.tenantId === undefined ? await this.tenants.listTenants() : await this.oneTenant(options.tenantId);
    let auditEvents = 0;
    for (const tenant of tenants) {
      const days = auditRetentionDaysOf(tenant);
      if (days === null) continue;
      const beforeId = auditEventIdFloor(purgeCutoff(now, days));
      auditEvents += await inBatches(batchSize, (limit) => this.auditEvents.purgeBefore(tenant.id, beforeId, limit));
    }
    const webhookCutoff = purgeCutoff(now, webhookDays);
    const webhookEntries = await inBatches(batchSize, (limit) => this.webhooks.purgeDeliveredEntries(webhookCutoff, limit));
    const webhookDeliveries = await inBatches(batchSize, (limit) => this.webhooks.purgeDeliveries(webhookCutoff, limit));
    return { auditEvents, webhookEntries, webhookDeliveries };
  }

  private async oneTenant(id: string): Promise<readonly Tenant[]> {
    const tenant = await this.tenants.findTenantById(id);
    return tenant === null ? [] : [tenant];
  }
}

/** Runs `batch` until it removes fewer than `size` rows; the total removed. */
async function inBatches(size: number, batch: (limit: number) => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await batch(size);
    total += removed;
    if (removed < size) return total;
  }
}

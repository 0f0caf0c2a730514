import type { Tenant } from '../domain';

/** The longest audit retention a tenant may set (ten years); absent, events are kept for ever. */
export const MAX_AUDIT_RETENTION_DAYS = 3650;
/** How long delivered outbox entries and delivery-log rows are kept when the purge is given no age. */
export const DEFAULT_WEBHOOK_HISTORY_DAYS = 30;
/** Rows removed per statement by the purge job. */
export const DEFAULT_PURGE_BATCH_SIZE = 500;

const DAY_MS = 86_400_000;

/** The tenant's audit retention in days, or null: its events are kept for ever (the default). */
export function auditRetentionDaysOf(tenant: Pick<Tenant, 'auditRetentionDays'>): number | null {
  return tenant.auditRetentionDays ?? null;
}

/** The instant before which rows `days` old at `now` are due for purge (a row at exactly it is kept). */
export function purgeCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** A positive whole number of days, or a RangeError naming `option`. */
export function checkedDays(days: number, option: string): number {
  if (!Number.isSafeInteger(days) || days < 1) throw new RangeError(`${option} must be a positive integer (days)`);
  return days;
}

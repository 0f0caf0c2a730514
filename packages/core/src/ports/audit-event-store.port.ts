export const AUDIT_EVENT_TYPES = [
  'user.created',
  'user.updated',
  'user.role_changed',
  'user.deactivated',
  'user.deleted',
  'user.restored',
  'user.purged',
  'user.password_changed',
  'group.created',
  'group.updated',
  'group.deleted',
  'api_key.created',
  'api_key.revoked',
  'api_key.rotated',
  'auth.sign_in_failed',
  'auth.sign_in_throttled',
  'user.seat_limit_refused',
] as const;

export type AuditEventType = (typeof AUDIT_EVENT_TYPES)[number];

/** Who did it: an API key (its id), a user (its integer id as text), the operator, or nobody (a failed sign-in). */
export interface AuditActor {
  readonly kind: 'apiKey' | 'user' | 'operator' | 'anonymous';
  readonly id: string | null;
  readonly role: string | null;
}

/** What it was done to. */
export interface AuditTarget {
  readonly kind: 'user' | 'apiKey' | 'tenant' | 'group';
  readonly id: string;
}

/** One changed field's value before and after (never a password or a hash: those are named, not shown). */
export interface AuditChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** Where the change came from: the request that caused it, when there was one. */
export interface AuditOrigin {
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly dialect: string | null;
  readonly route: string | null;
}

/** One row of the audit trail (and, later, of the webhook outbox). Append-only. */
export interface AuditEvent extends AuditOrigin {
  /** `evt_` and a suffix that sorts by time: newer events have greater ids. */
  readonly id: string;
  readonly tenantId: string | null;
  readonly type: AuditEventType;
  readonly occurredAt: Date;
  readonly actor: AuditActor;
  readonly target: AuditTarget | null;
  readonly changes: readonly AuditChange[];
}

export interface AuditEventQuery {
  readonly tenantId: string;
  readonly actorId?: string;
  readonly targetId?: string;
  readonly types?: readonly AuditEventType[];
  /** Inclusive. */
  readonly from?: Date;
  /** Exclusive. */
  readonly to?: Date;
  /** Keyset position (exclusive): events older than the one with this id. */
  readonly beforeId?: string;
  readonly limit: number;
}

/**
 * Where the events are kept. `append` joins the caller's unit of work (through the stores that
 * work was given), so an event is kept exactly when its change is. There is no update, and the one
 * removal is the retention purge's (no API route changes or deletes an event).
 */
export interface AuditEventStore {
  append(event: AuditEvent): Promise<void>;
  /** Appends several events at once (a bulk import's batch), in one statement where the store can: all or none. */
  appendMany(events: readonly AuditEvent[]): Promise<void>;
  /** Newest first (by id), at most `limit`. */
  list(query: AuditEventQuery): Promise<readonly AuditEvent[]>;
  /**
   * For the retention purge only: removes at most `limit` of the tenant's events whose id is below
   * `beforeId` (ids start with the time, so these are the events older than a cutoff), oldest first,
   * each call a short statement of its own (never a long lock); resolves with how many it removed.
   */
  purgeBefore(tenantId: string, beforeId: string, limit: number): Promise<number>;
}

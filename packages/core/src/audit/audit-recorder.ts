import { inject, injectable } from 'tsyringe';
import type { Actor } from '../domain';
import { TOKENS, type Clock, type IdGenerator, type Logger, type TransactionalStores, type UnitOfWork } from '../ports';
import type { AuditActor, AuditChange, AuditEvent, AuditEventType, AuditTarget } from '../ports/audit-event-store.port';
import { currentAuditOrigin } from './audit-origin';
import { auditEventId } from './audit-event-id';
import { enqueueWebhookEntries, enqueueWebhookEntriesOf } from '../webhooks/webhook-outbox';

export interface AuditDraft {
  readonly type: AuditEventType;
  readonly tenantId: string;
  readonly actor: Actor | AuditActor | null;
  readonly target: AuditTarget | null;
  readonly changes?: readonly AuditChange[];
}

const ANONYMOUS: AuditActor = { kind: 'anonymous', id: null, role: null };

/**
 * Writes the services' audit events: `append` inside the unit of work of the change (kept exactly
 * when it is), `appendAlone` for what changes nothing (a refused sign-in or seat) in a unit of its own.
 */
@injectable()
export class AuditRecorder {
  constructor(
    @inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork,
    @inject(TOKENS.Clock) private readonly clock: Clock,
    @inject(TOKENS.IdGenerator) private readonly ids: IdGenerator,
    @inject(TOKENS.Logger) private readonly logger: Logger,
  ) {}

  /** Appends the event and, in the same unit of work, its webhook outbox entries. */
  async append(stores: TransactionalStores, draft: AuditDraft): Promise<void> {
    const event = this.event(draft);
    await stores.auditEvents.append(event);
    await enqueueWebhookEntries(stores, event, () => this.ids.id());
  }

  /** Appends several events at once (a bulk import's batch) and their outbox entries, in the unit of work of the change. */
  async appendMany(stores: TransactionalStores, drafts: readonly AuditDraft[]): Promise<void> {
    if (drafts.length === 0) return;
    const events = drafts.map((draft) => this.event(draft));
    await stores.auditEvents.appendMany(events);
    await enqueueWebhookEntriesOf(stores, events, () => this.ids.id());
  }

  /** Never throws: a refusal is answered whether or not its event could be kept (the failure is logged). */
  async appendAlone(draft: AuditDraft): Promise<void> {
    try {
      await this.unitOfWork.run((stores) => this.append(stores, draft));
    } catch (error) {
      this.logger.error('an audit event could not be written', {
        type: draft.type,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private event(draft: AuditDraft): AuditEvent {
    const occurredAt = this.clock.now();
    return {
      id: auditEventId(occurredAt, this.ids.id()),
      tenantId: draft.tenantId,
      type: draft.type,
      occurredAt,
      actor: auditActor(draft.actor),
      target: draft.target,
      changes: draft.changes ?? [],
      ...currentAuditOrigin(),
    };
  }
}

function auditActor(actor: Actor | AuditActor | null): AuditActor {
  if (actor === null) return ANONYMOUS;
  if (actor.kind === 'anonymous' || !('tenantId' in actor)) return actor;
  return { kind: actor.kind, id: String(actor.id), role: actor.role };
}

import { inject, injectable } from 'tsyringe';
import type { Actor } from '../../domain';
import { RosterError } from '../../errors';
import { TOKENS, type AuditEvent, type AuditEventQuery, type UnitOfWork } from '../../ports';
import { requirePermission } from '../users/user-policy';

/** What a caller may filter the trail by; the tenant is always the actor's own. */
export type AuditTrailQuery = Omit<AuditEventQuery, 'tenantId'>;

export interface AuditTrailApi {
  /** The actor's tenant's events, newest first; needs `setting:manage` and a tenant-wide actor. */
  list(actor: Actor, query: AuditTrailQuery): Promise<readonly AuditEvent[]>;
}

/** Reads the audit trail (there is nothing to write: events are appended by the services, with their changes). */
@injectable()
export class AuditTrailService implements AuditTrailApi {
  constructor(@inject(TOKENS.UnitOfWork) private readonly unitOfWork: UnitOfWork) {}

  async list(actor: Actor, query: AuditTrailQuery): Promise<readonly AuditEvent[]> {
    requirePermission(actor, 'setting:manage');
    // An organization-bound actor would see events of users outside its subtree.
    if (actor.scopeOrganizationId !== null) throw new RosterError('PERMISSION_DENIED', 'the audit trail is for tenant-wide actors');
    // Read through a unit of work: the stores' one door to the trail (no token of its own).
    return this.unitOfWork.run((stores) => stores.auditEvents.list({ ...query, tenantId: actor.tenantId }));
  }
}

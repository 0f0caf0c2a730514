import type { Actor, Permission } from '../../domain';
import type { ImportJobActor } from '../../ports';

/** The actor as a job keeps it. */
export function jobActorOf(actor: Actor): ImportJobActor {
  return {
    kind: actor.kind,
    id: String(actor.id),
    role: actor.role,
    permissions: [...actor.permissions],
    scopeOrganizationId: actor.scopeOrganizationId,
    organizationId: actor.organizationId,
  };
}

/** The actor a resumed job runs as again. */
export function actorOfJob(tenantId: string, kept: ImportJobActor): Actor {
  return {
    tenantId,
    kind: kept.kind,
    id: kept.kind === 'user' ? Number(kept.id) : kept.id,
    role: kept.role,
    permissions: new Set(kept.permissions as Permission[]),
    scopeOrganizationId: kept.scopeOrganizationId,
    organizationId: kept.organizationId,
  };
}

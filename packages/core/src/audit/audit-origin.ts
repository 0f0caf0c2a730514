import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditOrigin } from '../ports/audit-event-store.port';

const NO_ORIGIN: AuditOrigin = { requestId: null, clientAddress: null, dialect: null, route: null };
const origins = new AsyncLocalStorage<AuditOrigin>();

/**
 * Runs `work` with the request it serves known to the events it writes (request id, client
 * address, dialect, route). The dialects' one dispatcher calls it, so no route and no service
 * signature carries it; a host calling the services directly may call it too.
 */
export function withAuditOrigin<T>(origin: Partial<AuditOrigin>, work: () => T): T {
  return origins.run({ ...NO_ORIGIN, ...origin }, work);
}

/** The origin of the work running now (all null outside a request). */
export function currentAuditOrigin(): AuditOrigin {
  return origins.getStore() ?? NO_ORIGIN;
}

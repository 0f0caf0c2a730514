import type { AuditEventType } from '../../../../ports';
import { AUDIT_EVENT_TYPES } from '../../../../ports/audit-event-store.port';
import { validationError } from '../../../../errors';
import type { AuditTrailQuery } from '../../../../services/audit';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RosterRequest } from '../../../http.types';
import { jsonResponse } from '../../../responses';
import { validateAdminQuery } from '../admin-body';
import { type AdminContext, tenantKey } from '../admin.context';
import { decodeAuditCursor, encodeAuditCursor, type AuditCursorFilters } from '../audit-cursor';
import { adminAuditEventView } from '../audit.views';
import { ListAuditEventsQuery } from '../dto/list-audit-events.query';

const DEFAULT_LIMIT = 20;
/** The export reads the trail in pages of this size. */
const EXPORT_PAGE = 500;
const NDJSON = 'application/x-ndjson';
const KNOWN_TYPES: ReadonlySet<string> = new Set(AUDIT_EVENT_TYPES);

/** The audit trail (read only: no route changes or deletes an event), for a tenant key holding `setting:manage`. */
export function auditRoutes(context: AdminContext): Readonly<Record<'listAuditEvents' | 'exportAuditEvents', RouteHandler>> {
  const { roster } = context;
  const exportAll = tenantKey(context, async (actor, { request }) => {
    const { filters } = trailQuery(request);
    const lines: string[] = [];
    for (let page = await roster.audit.list(actor, { ...filters, limit: EXPORT_PAGE }); page.length > 0;) {
      for (const event of page) lines.push(`${JSON.stringify(adminAuditEventView(event))}\n`);
      const last = page.at(-1);
      page =
        page.length < EXPORT_PAGE || last === undefined
          ? []
          : await roster.audit.list(actor, { ...filters, beforeId: last.id, limit: EXPORT_PAGE });
    }
    return { status: 200, headers: { 'Content-Type': NDJSON, 'Cache-Control': 'no-store' }, body: lines.join('') };
  });
  return {
    listAuditEvents: async (route) => {
      if ((route.request.headers['accept'] ?? '').includes(NDJSON)) return exportAll(route);
      return tenantKey(context, async (actor, { request }) => {
        const { filters, limit, cursor, bound } = trailQuery(request);
        const page = await roster.audit.list(actor, {
          ...filters,
          ...(cursor === undefined ? {} : { beforeId: cursor.id }),
          limit: limit + 1,
        });
        const items = page.slice(0, limit);
        const last = items.at(-1);
        const next = page.length > limit && last !== undefined ? encodeAuditCursor(last.id, bound) : null;
        return jsonResponse(200, { data: items.map(adminAuditEventView), next });
      })(route);
    },
    exportAuditEvents: exportAll,
  };
}

interface TrailQuery {
  readonly filters: Omit<AuditTrailQuery, 'limit'>;
  readonly limit: number;
  readonly cursor: { readonly id: string } | undefined;
  readonly bound: AuditCursorFilters;
}

function trailQuery(request: RosterRequest): TrailQuery {
  const query = validateAdminQuery(request, ListAuditEventsQuery);
  const types = query.type === undefined ? undefined : query.type.split(',').map((type) => type.trim());
  const unknown = types?.find((type) => !KNOWN_TYPES.has(type));
  if (unknown !== undefined) throw validationError([{ field: 'type', message: `must be event types of: ${AUDIT_EVENT_TYPES.join(', ')}` }]);
  const bound: AuditCursorFilters = { actor: query.actor, target: query.target, type: query.type, from: query.from, to: query.to };
  const cursor = query.after === undefined || query.after === '' ? undefined : decodeAuditCursor(query.after, bound);
  if (cursor === 'invalid') throw validationError([{ field: 'after', message: 'must be a cursor from next' }]);
  if (cursor === 'other-filters') throw validationError([{ field: 'after', message: 'was issued for other filters' }]);
  const filters = {
    ...(query.actor === undefined ? {} : { actorId: query.actor }),
    ...(query.target === undefined ? {} : { targetId: query.target }),
    ...(types === undefined ? {} : { types: types as AuditEventType[] }),
    ...(query.from === undefined ? {} : { from: new Date(query.from) }),
    ...(query.to === undefined ? {} : { to: new Date(query.to) }),
  };
  return { filters, limit: query.limit ?? DEFAULT_LIMIT, cursor, bound };
}

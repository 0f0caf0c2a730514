import { validationError } from '../../../../errors';
import type { ImportFormat } from '../../../../ports';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RosterRequest } from '../../../http.types';
import { jsonResponse } from '../../../responses';
import { type AdminContext, idParam, tenantKey } from '../admin.context';
import { ADMIN_OWN_PROBLEMS } from '../admin.errors';
import { ADMIN_BASE } from '../admin.routes';
import { idempotent } from '../idempotency';
import { adminImportView } from '../import.views';
import { own } from '../own-header';
import { problemResponse } from '../problem.response';

/** The media types an import file may come as, and the format each names. */
export const IMPORT_MEDIA_TYPES: ReadonlyMap<string, ImportFormat> = new Map([
  ['text/csv', 'csv'],
  ['application/x-ndjson', 'ndjson'],
]);

/** The format the Content-Type names (parameters such as `charset` ignored), or null for any other. */
function formatOf(request: RosterRequest): ImportFormat | null {
  const [type = ''] = (own(request.headers, 'content-type') ?? '').split(';');
  return IMPORT_MEDIA_TYPES.get(type.trim().toLowerCase()) ?? null;
}

/** `?validate_only=true|false` and no other parameter. */
function validateOnlyOf(request: RosterRequest): boolean {
  const unknown = Object.keys(request.query).filter((name) => name !== 'validate_only');
  if (unknown.length > 0) throw validationError(unknown.map((field) => ({ field, message: 'is not a parameter of this route' })));
  const value = request.query['validate_only'];
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  throw validationError([{ field: 'validate_only', message: 'must be true or false' }]);
}

/** The bulk import routes (tenant API key holding `user:manage`: the job holds the rows' values). */
export function importRoutes(context: AdminContext): Readonly<Record<'createImport' | 'getImport', RouteHandler>> {
  const { roster } = context;
  return {
    createImport: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const { request } = route;
        const format = formatOf(request);
        if (format === null) {
          return problemResponse(ADMIN_OWN_PROBLEMS.UNSUPPORTED_MEDIA_TYPE, 'Send the file as text/csv or application/x-ndjson.');
        }
        const validateOnly = validateOnlyOf(request);
        const job = await roster.imports.start(actor, { format, body: request.body.toString('utf8'), validateOnly });
        return jsonResponse(202, adminImportView(job), { Location: `${ADMIN_BASE}/imports/${job.id}` });
      }),
    ),
    getImport: tenantKey(context, async (actor, { params }) =>
      jsonResponse(200, adminImportView(await roster.imports.get(actor, idParam(params))), { 'Cache-Control': 'no-store' }),
    ),
  };
}

import type { RouteHandler } from '../../../dialect-plugin';
import { emptyResponse, jsonResponse } from '../../../responses';
import { validateAdminBody } from '../admin-body';
import { type AdminContext, idParam, tenantKey } from '../admin.context';
import { idempotent } from '../idempotency';
import { ADMIN_BASE } from '../admin.routes';
import { adminKeyView } from '../admin.views';
import { CreateKeyDto } from '../dto/key.dto';

/** The API key routes (tenant API key holding `setting:manage`, within the role hierarchy). */
export function keyRoutes(context: AdminContext): Readonly<Record<'listKeys' | 'createKey' | 'getKey' | 'revokeKey', RouteHandler>> {
  const { roster } = context;
  return {
    createKey: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const { request } = route;
        const body = validateAdminBody(request, CreateKeyDto, roster.roleCatalog);
        const { key, secret } = await roster.apiKeys.create(actor, {
          name: body.name,
          role: body.role,
          ...(body.permissions === undefined ? {} : { permissions: body.permissions }),
          ...(body.organization_id === undefined ? {} : { organizationId: body.organization_id }),
        });
        // The only answer that ever holds the secret; not cacheable.
        return jsonResponse(
          201,
          { ...adminKeyView(key), secret },
          { Location: `${ADMIN_BASE}/keys/${key.id}`, 'Cache-Control': 'no-store' },
        );
      }),
    ),
    listKeys: tenantKey(context, async (actor) => jsonResponse(200, { data: (await roster.apiKeys.list(actor)).map(adminKeyView) })),
    getKey: tenantKey(context, async (actor, { params }) =>
      jsonResponse(200, adminKeyView(await roster.apiKeys.get(actor, idParam(params)))),
    ),
    revokeKey: tenantKey(context, async (actor, { params }) => {
      await roster.apiKeys.revoke(actor, idParam(params));
      return emptyResponse(204);
    }),
  };
}

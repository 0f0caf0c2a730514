import type { RouteHandler } from '../../../dialect-plugin';
import { emptyResponse, jsonResponse } from '../../../responses';
import { validateAdminBody } from '../admin-body';
import { type AdminContext, idParam, tenantKey } from '../admin.context';
import { idempotent } from '../idempotency';
import { ADMIN_BASE } from '../admin.routes';
import { adminKeyView } from '../admin.views';
import { CreateKeyDto, RotateKeyDto } from '../dto/key.dto';

/** The API key routes (tenant API key holding `setting:manage`, within the role hierarchy). */
export function keyRoutes(
  context: AdminContext,
): Readonly<Record<'listKeys' | 'createKey' | 'getKey' | 'revokeKey' | 'rotateKey', RouteHandler>> {
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
          ...(typeof body.expires_at === 'string' ? { expiresAt: new Date(body.expires_at) } : {}),
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
    rotateKey: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const body = validateAdminBody(route.request, RotateKeyDto, roster.roleCatalog);
        const id = idParam(route.params);
        const rotated = await roster.apiKeys.rotate(
          actor,
          id,
          body.grace_seconds === undefined ? {} : { graceSeconds: body.grace_seconds },
        );
        const replaced = { id: rotated.replaced.id, expires_at: rotated.replaced.expiresAt?.toISOString() ?? null };
        // Like the create answer, the only one holding the new secret; not cacheable.
        return jsonResponse(
          201,
          { ...adminKeyView(rotated.key), secret: rotated.secret, replaced },
          { Location: `${ADMIN_BASE}/keys/${rotated.key.id}`, 'Cache-Control': 'no-store' },
        );
      }),
    ),
    revokeKey: tenantKey(context, async (actor, { params }) => {
      await roster.apiKeys.revoke(actor, idParam(params));
      return emptyResponse(204);
    }),
  };
}

import { validationError } from '../../../../errors';
import type { RouteHandler } from '../../../dialect-plugin';
import type { RouteParams } from '../../../http.types';
import { emptyResponse, jsonResponse } from '../../../responses';
import { validateAdminBody, validateAdminQuery } from '../admin-body';
import { type AdminContext, idParam, tenantKey } from '../admin.context';
import { ADMIN_BASE } from '../admin.routes';
import { PageQuery } from '../dto/page.query';
import { CreateWebhookDto, RotateWebhookSecretDto, UpdateWebhookDto } from '../dto/webhook.dto';
import { idempotent } from '../idempotency';
import { adminWebhookDeliveryView, adminWebhookView, decodeDeliveryCursor, encodeDeliveryCursor } from '../webhook.views';

const DEFAULT_LIMIT = 20;
const NO_STORE = { 'Cache-Control': 'no-store' };

/** The webhook routes' names, shared with their OpenAPI descriptions (webhooks.openapi.ts). */
export type WebhookRoute =
  | 'listWebhooks'
  | 'createWebhook'
  | 'getWebhook'
  | 'updateWebhook'
  | 'deleteWebhook'
  | 'rotateWebhookSecret'
  | 'listWebhookDeliveries'
  | 'redeliverWebhook';

/** The webhook endpoint routes (a tenant-wide API key holding `setting:manage`). The secret is in the create and rotate answers only. */
export function webhookRoutes(context: AdminContext): Readonly<Record<WebhookRoute, RouteHandler>> {
  const { roster } = context;
  return {
    createWebhook: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const body = validateAdminBody(route.request, CreateWebhookDto, roster.roleCatalog);
        const { endpoint, secret } = await roster.webhooks.create(actor, {
          url: body.url,
          ...(body.event_types === undefined ? {} : { eventTypes: body.event_types }),
          ...(body.description === undefined ? {} : { description: body.description }),
        });
        return jsonResponse(
          201,
          { ...adminWebhookView(endpoint), secret },
          { Location: `${ADMIN_BASE}/webhooks/${endpoint.id}`, ...NO_STORE },
        );
      }),
    ),
    listWebhooks: tenantKey(context, async (actor) =>
      jsonResponse(200, { data: (await roster.webhooks.list(actor)).map(adminWebhookView) }, NO_STORE),
    ),
    getWebhook: tenantKey(context, async (actor, { params }) =>
      jsonResponse(200, adminWebhookView(await roster.webhooks.get(actor, idParam(params))), NO_STORE),
    ),
    updateWebhook: tenantKey(context, async (actor, { request, params }) => {
      const body = validateAdminBody(request, UpdateWebhookDto, roster.roleCatalog);
      const endpoint = await roster.webhooks.update(actor, idParam(params), {
        ...(body.url === undefined ? {} : { url: body.url }),
        ...(body.event_types === undefined ? {} : { eventTypes: body.event_types }),
        ...(body.description === undefined ? {} : { description: body.description }),
        ...(body.enabled === undefined ? {} : { enabled: body.enabled }),
      });
      return jsonResponse(200, adminWebhookView(endpoint), NO_STORE);
    }),
    deleteWebhook: tenantKey(context, async (actor, { params }) => {
      await roster.webhooks.delete(actor, idParam(params));
      return emptyResponse(204);
    }),
    rotateWebhookSecret: tenantKey(context, (actor, route) =>
      idempotent(context, route, async () => {
        const body = validateAdminBody(route.request, RotateWebhookSecretDto, roster.roleCatalog);
        const options = body.grace_seconds === undefined ? {} : { graceSeconds: body.grace_seconds };
        const { endpoint, secret } = await roster.webhooks.rotateSecret(actor, idParam(route.params), options);
        return jsonResponse(200, { ...adminWebhookView(endpoint), secret }, NO_STORE);
      }),
    ),
    listWebhookDeliveries: tenantKey(context, async (actor, { request, params }) => {
      const endpointId = idParam(params);
      const query = validateAdminQuery(request, PageQuery);
      const limit = query.limit ?? DEFAULT_LIMIT;
      const beforeId = query.after === undefined || query.after === '' ? undefined : decodeDeliveryCursor(endpointId, query.after);
      if (beforeId === null) throw validationError([{ field: 'after', message: 'must be a cursor from next' }]);
      const page = await roster.webhooks.deliveries(actor, {
        endpointId,
        limit: limit + 1,
        ...(beforeId === undefined ? {} : { beforeId }),
      });
      const items = page.slice(0, limit);
      const last = items.at(-1);
      const next = page.length > limit && last !== undefined ? encodeDeliveryCursor(endpointId, last.id) : null;
      return jsonResponse(200, { data: items.map(adminWebhookDeliveryView), next }, NO_STORE);
    }),
    redeliverWebhook: tenantKey(context, async (actor, { params }) => {
      const attempt = await roster.webhooks.redeliver(actor, idParam(params), deliveryParam(params));
      return jsonResponse(202, { event_id: attempt.eventId, message_id: attempt.messageId, status: 'pending' });
    }),
  };
}

function deliveryParam(params: RouteParams): string {
  return params['deliveryId'] ?? '';
}

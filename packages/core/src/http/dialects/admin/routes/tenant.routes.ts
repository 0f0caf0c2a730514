import type { TenantFields } from '../../../../services/tenants/tenant-admin.types';
import type { RouteHandler } from '../../../dialect-plugin';
import { emptyResponse, jsonResponse } from '../../../responses';
import { validateAdminBody } from '../admin-body';
import { type AdminContext, idParam, operatorOnly } from '../admin.context';
import { idempotent } from '../idempotency';
import { ADMIN_BASE } from '../admin.routes';
import { adminTenantView } from '../admin.views';
import { CreateTenantDto, UpdateTenantDto } from '../dto/tenant.dto';

function fieldsOf(body: CreateTenantDto | UpdateTenantDto): TenantFields {
  return {
    ...(body.name === undefined ? {} : { name: body.name }),
    ...(body.account_url === undefined ? {} : { accountUrl: body.account_url }),
    ...(body.hosts === undefined ? {} : { hosts: body.hosts }),
    ...(body.seat_limit === undefined ? {} : { seatLimit: body.seat_limit }),
    ...(body.require_if_match === undefined ? {} : { requireIfMatch: body.require_if_match }),
    ...(body.deleted_user_retention_days === undefined ? {} : { deletedUserRetentionDays: body.deleted_user_retention_days }),
    ...(body.audit_retention_days === undefined ? {} : { auditRetentionDays: body.audit_retention_days }),
  };
}

/** The tenant routes: the host's operator only. */
export function tenantRoutes(
  context: AdminContext,
): Readonly<Record<'listTenants' | 'createTenant' | 'getTenant' | 'updateTenant' | 'deleteTenant', RouteHandler>> {
  const admin = context.roster.tenantAdmin;
  const catalog = context.roster.roleCatalog;
  return {
    createTenant: operatorOnly(context, (route) =>
      idempotent(context, route, async () => {
        const { request } = route;
        const body = validateAdminBody(request, CreateTenantDto, catalog);
        const tenant = await admin.create({
          ...fieldsOf(body),
          name: body.name,
          ...(body.identify_by === undefined ? {} : { identifyBy: body.identify_by }),
        });
        return jsonResponse(201, adminTenantView(tenant), { Location: `${ADMIN_BASE}/tenants/${tenant.id}` });
      }),
    ),
    listTenants: operatorOnly(context, async () => jsonResponse(200, { data: (await admin.list()).map(adminTenantView) })),
    getTenant: operatorOnly(context, async ({ params }) => jsonResponse(200, adminTenantView(await admin.get(idParam(params))))),
    updateTenant: operatorOnly(context, async ({ request, params }) => {
      const body = validateAdminBody(request, UpdateTenantDto, catalog);
      return jsonResponse(200, adminTenantView(await admin.update(idParam(params), fieldsOf(body))));
    }),
    deleteTenant: operatorOnly(context, async ({ params }) => {
      await admin.delete(idParam(params));
      return emptyResponse(204);
    }),
  };
}

import type { Actor } from '../../../../domain';
import { mayAssignRole } from '../../../../rules';
import { operatorActor } from '../../../../services/operator/operator-actor';
import { authenticateBearer } from '../../../bearer-auth';
import type { RouteHandler } from '../../../dialect-plugin';
import { bearerToken } from '../../../headers';
import type { RouteContext } from '../../../http.types';
import { jsonResponse } from '../../../responses';
import type { AdminContext } from '../admin.context';
import { ADMIN_ME_OPERATOR, adminMeKeyView, adminRoleView } from '../me.views';

/** The caller: the operator (its token matches) or the actor a tenant API key stands for. */
async function caller(context: AdminContext, route: RouteContext): Promise<Actor | 'operator'> {
  if (context.operator.matches(bearerToken(route.request.headers))) return 'operator';
  return authenticateBearer(context.roster, route.request);
}

/**
 * The credential in use (GET /me) and the role catalog with what it may assign (GET /roles).
 * Any valid credential may ask; neither needs a permission. `assignable` is the core's rule.
 */
export function meRoutes(context: AdminContext): Readonly<Record<'getMe' | 'listRoles', RouteHandler>> {
  const { roster } = context;
  const catalog = roster.roleCatalog;
  return {
    getMe: async (route) => {
      const actor = await caller(context, route);
      if (actor === 'operator') return jsonResponse(200, ADMIN_ME_OPERATOR, { 'Cache-Control': 'no-store' });
      return jsonResponse(200, adminMeKeyView(await roster.apiKeys.own(actor), actor), { 'Cache-Control': 'no-store' });
    },
    listRoles: async (route) => {
      const found = await caller(context, route);
      // The operator gives any role (as operatorActor does inside a tenant); no tenant is read.
      const actor = found === 'operator' ? operatorActor(catalog, '') : found;
      const data = [...catalog.roles]
        .sort((a, b) => b.rank - a.rank)
        .map((role) => adminRoleView(role, mayAssignRole(catalog, actor, role.name)));
      return jsonResponse(200, { data }, { 'Cache-Control': 'no-store' });
    },
  };
}

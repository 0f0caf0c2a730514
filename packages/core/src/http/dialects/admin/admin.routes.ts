import type { RouteDescriptor } from '../../dialect-plugin';

/** The admin API's base below the mount prefix (docs/dialects/admin.md). */
export const ADMIN_BASE = '/roster/v1';

const USERS = `${ADMIN_BASE}/users`;
const USER = `${ADMIN_BASE}/users/:id`;
const USER_RESTORE = `${ADMIN_BASE}/users/:id/restore`;
const KEYS = `${ADMIN_BASE}/keys`;
const KEY = `${ADMIN_BASE}/keys/:id`;
const KEY_ROTATE = `${ADMIN_BASE}/keys/:id/rotate`;
const GROUPS = `${ADMIN_BASE}/groups`;
const GROUP = `${ADMIN_BASE}/groups/:id`;
const GROUP_MEMBERS = `${ADMIN_BASE}/groups/:id/members`;
const GROUP_MEMBER = `${ADMIN_BASE}/groups/:id/members/:userId`;
const TENANTS = `${ADMIN_BASE}/tenants`;
const TENANT = `${ADMIN_BASE}/tenants/:id`;
const PURGE_EVENT_HISTORY = `${ADMIN_BASE}/maintenance/purge-event-history`;
const AUDIT_EVENTS = `${ADMIN_BASE}/audit-events`;
const AUDIT_EXPORT = `${ADMIN_BASE}/audit-events/export`;
const IMPORTS = `${ADMIN_BASE}/imports`;
const IMPORT = `${ADMIN_BASE}/imports/:id`;
const WEBHOOKS = `${ADMIN_BASE}/webhooks`;
const WEBHOOK = `${ADMIN_BASE}/webhooks/:id`;
const WEBHOOK_ROTATE = `${ADMIN_BASE}/webhooks/:id/rotate-secret`;
const WEBHOOK_DELIVERIES = `${ADMIN_BASE}/webhooks/:id/deliveries`;
const WEBHOOK_REDELIVER = `${ADMIN_BASE}/webhooks/:id/deliveries/:deliveryId/redeliver`;
const ME = `${ADMIN_BASE}/me`;
const ROLES = `${ADMIN_BASE}/roles`;

/** The admin dialect's static route table; handlers are bound in index.ts, descriptions in admin.openapi.ts. */
export const ADMIN_ROUTES = [
  { method: 'GET', path: `${ADMIN_BASE}/openapi.json`, name: 'openApiDocument' },
  { method: '*', path: `${ADMIN_BASE}/openapi.json`, name: 'openApiMethodNotAllowed' },
  { method: 'GET', path: USERS, name: 'listUsers' },
  { method: 'POST', path: USERS, name: 'createUser' },
  { method: '*', path: USERS, name: 'usersMethodNotAllowed' },
  { method: 'GET', path: USER, name: 'getUser' },
  { method: 'PATCH', path: USER, name: 'updateUser' },
  { method: 'DELETE', path: USER, name: 'deleteUser' },
  { method: '*', path: USER, name: 'userMethodNotAllowed' },
  { method: 'POST', path: USER_RESTORE, name: 'restoreUser' },
  { method: '*', path: USER_RESTORE, name: 'userRestoreMethodNotAllowed' },
  { method: 'POST', path: IMPORTS, name: 'createImport' },
  { method: '*', path: IMPORTS, name: 'importsMethodNotAllowed' },
  { method: 'GET', path: IMPORT, name: 'getImport' },
  { method: '*', path: IMPORT, name: 'importMethodNotAllowed' },
  { method: 'GET', path: KEYS, name: 'listKeys' },
  { method: 'POST', path: KEYS, name: 'createKey' },
  { method: '*', path: KEYS, name: 'keysMethodNotAllowed' },
  { method: 'GET', path: KEY, name: 'getKey' },
  { method: 'DELETE', path: KEY, name: 'revokeKey' },
  { method: '*', path: KEY, name: 'keyMethodNotAllowed' },
  { method: 'POST', path: KEY_ROTATE, name: 'rotateKey' },
  { method: '*', path: KEY_ROTATE, name: 'keyRotateMethodNotAllowed' },
  { method: 'GET', path: GROUPS, name: 'listGroups' },
  { method: 'POST', path: GROUPS, name: 'createGroup' },
  { method: '*', path: GROUPS, name: 'groupsMethodNotAllowed' },
  { method: 'GET', path: GROUP, name: 'getGroup' },
  { method: 'PATCH', path: GROUP, name: 'updateGroup' },
  { method: 'DELETE', path: GROUP, name: 'deleteGroup' },
  { method: '*', path: GROUP, name: 'groupMethodNotAllowed' },
  { method: 'GET', path: GROUP_MEMBERS, name: 'listGroupMembers' },
  { method: '*', path: GROUP_MEMBERS, name: 'groupMembersMethodNotAllowed' },
  { method: 'PUT', path: GROUP_MEMBER, name: 'addGroupMember' },
  { method: 'DELETE', path: GROUP_MEMBER, name: 'removeGroupMember' },
  { method: '*', path: GROUP_MEMBER, name: 'groupMemberMethodNotAllowed' },
  { method: 'GET', path: TENANTS, name: 'listTenants' },
  { method: 'POST', path: TENANTS, name: 'createTenant' },
  { method: '*', path: TENANTS, name: 'tenantsMethodNotAllowed' },
  { method: 'GET', path: TENANT, name: 'getTenant' },
  { method: 'PATCH', path: TENANT, name: 'updateTenant' },
  { method: 'DELETE', path: TENANT, name: 'deleteTenant' },
  { method: '*', path: TENANT, name: 'tenantMethodNotAllowed' },
  { method: 'POST', path: PURGE_EVENT_HISTORY, name: 'purgeEventHistory' },
  { method: '*', path: PURGE_EVENT_HISTORY, name: 'purgeEventHistoryMethodNotAllowed' },
  { method: 'GET', path: AUDIT_EVENTS, name: 'listAuditEvents' },
  { method: '*', path: AUDIT_EVENTS, name: 'auditEventsMethodNotAllowed' },
  { method: 'GET', path: AUDIT_EXPORT, name: 'exportAuditEvents' },
  { method: '*', path: AUDIT_EXPORT, name: 'auditExportMethodNotAllowed' },
  { method: 'GET', path: WEBHOOKS, name: 'listWebhooks' },
  { method: 'POST', path: WEBHOOKS, name: 'createWebhook' },
  { method: '*', path: WEBHOOKS, name: 'webhooksMethodNotAllowed' },
  { method: 'GET', path: WEBHOOK, name: 'getWebhook' },
  { method: 'PATCH', path: WEBHOOK, name: 'updateWebhook' },
  { method: 'DELETE', path: WEBHOOK, name: 'deleteWebhook' },
  { method: '*', path: WEBHOOK, name: 'webhookMethodNotAllowed' },
  { method: 'POST', path: WEBHOOK_ROTATE, name: 'rotateWebhookSecret' },
  { method: '*', path: WEBHOOK_ROTATE, name: 'webhookRotateMethodNotAllowed' },
  { method: 'GET', path: WEBHOOK_DELIVERIES, name: 'listWebhookDeliveries' },
  { method: '*', path: WEBHOOK_DELIVERIES, name: 'webhookDeliveriesMethodNotAllowed' },
  { method: 'POST', path: WEBHOOK_REDELIVER, name: 'redeliverWebhook' },
  { method: '*', path: WEBHOOK_REDELIVER, name: 'webhookRedeliverMethodNotAllowed' },
  { method: 'GET', path: ME, name: 'getMe' },
  { method: '*', path: ME, name: 'meMethodNotAllowed' },
  { method: 'GET', path: ROLES, name: 'listRoles' },
  { method: '*', path: ROLES, name: 'rolesMethodNotAllowed' },
] as const satisfies readonly RouteDescriptor[];

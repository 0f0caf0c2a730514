export { TenantAdminService } from './tenant-admin.service';
export type { CreateTenantInput, TenantAdminApi, TenantFields } from './tenant-admin.types';

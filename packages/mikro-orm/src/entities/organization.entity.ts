import { EntitySchema } from '@mikro-orm/core';

export interface OrganizationRow {
  tenantId: string;
  id: number;
  name: string;
  parentId: number | null;
}

export const RosterOrganizationSchema = new EntitySchema<OrganizationRow>({
  name: 'RosterOrganization',
  tableName: 'roster_organizations',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    name: { type: 'string', length: 255, fieldName: 'name' },
    parentId: { type: 'integer', nullable: true, fieldName: 'parent_id' },
  },
});

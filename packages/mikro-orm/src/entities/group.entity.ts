import { EntitySchema } from '@mikro-orm/core';

export interface GroupRow {
  tenantId: string;
  id: number;
  name: string;
  organizationId: number;
  version: number;
}

export const RosterGroupSchema = new EntitySchema<GroupRow>({
  name: 'RosterGroup',
  tableName: 'roster_groups',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    name: { type: 'string', length: 255, fieldName: 'name' },
    organizationId: { type: 'integer', fieldName: 'organization_id' },
    version: { type: 'integer', default: 1, fieldName: 'version' },
  },
});

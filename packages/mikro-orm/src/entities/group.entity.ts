import { EntitySchema } from '@mikro-orm/core';

export interface GroupRow {
  tenantId: string;
  id: number;
  name: string;
  organizationId: number;
  version: number;
  externalId: string | null;
  /** Null only for a row written before the column existed and not yet filled by its migration. */
  createdAt: Date | null;
  updatedAt: Date | null;
}

export const GROUP_INDEXES = { externalId: 'roster_groups_external_id_index' } as const;

export const RosterGroupSchema = new EntitySchema<GroupRow>({
  name: 'RosterGroup',
  tableName: 'roster_groups',
  properties: {
    tenantId: { type: 'string', length: 128, primary: true, fieldName: 'tenant_id' },
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    name: { type: 'string', length: 255, fieldName: 'name' },
    organizationId: { type: 'integer', fieldName: 'organization_id' },
    version: { type: 'integer', default: 1, fieldName: 'version' },
    externalId: { type: 'string', length: 255, nullable: true, fieldName: 'external_id' },
    createdAt: { type: 'datetime', length: 3, nullable: true, fieldName: 'created_at' },
    updatedAt: { type: 'datetime', length: 3, nullable: true, fieldName: 'updated_at' },
  },
  indexes: [{ name: GROUP_INDEXES.externalId, properties: ['tenantId', 'externalId'] }],
});

import { EntitySchema } from '@mikro-orm/core';

/**
 * A row of `roster_migrations`, the table where Roster records its applied migrations (created
 * by MikroORM's migration storage). Declared as an entity only so that a host's schema diff
 * expects the table instead of proposing to drop it; Roster never reads it through the ORM.
 */
export interface RosterMigrationRow {
  id: number;
  name: string | null;
  executedAt: Date | null;
}

export const RosterMigrationSchema = new EntitySchema<RosterMigrationRow>({
  name: 'RosterMigration',
  tableName: 'roster_migrations',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true, fieldName: 'id' },
    name: { type: 'string', length: 255, nullable: true, fieldName: 'name' },
    executedAt: { type: 'datetime', nullable: true, defaultRaw: 'current_timestamp', fieldName: 'executed_at' },
  },
});

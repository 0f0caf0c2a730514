import { RosterApiKeySchema } from './api-key.entity';
import { RosterGroupSchema } from './group.entity';
import { RosterOrganizationSchema } from './organization.entity';
import { RosterTenantCounterSchema } from './tenant-counter.entity';
import { RosterTenantSchema } from './tenant.entity';
import { RosterUserGroupSchema } from './user-group.entity';
import { RosterMigrationSchema } from './roster-migration.entity';
import { RosterUserSchema } from './user.entity';
import { RosterTenantHostSchema } from './tenant-host.entity';
import { RosterUserUniqueValueSchema } from './user-unique-value.entity';

export * from './api-key.entity';
export * from './group.entity';
export * from './organization.entity';
export * from './roster-migration.entity';
export * from './tenant-counter.entity';
export * from './tenant.entity';
export * from './user-group.entity';
export * from './user.entity';
export * from './tenant-host.entity';
export * from './user-unique-value.entity';

/** Roster's entity schemas: a host joining its own MikroORM instance adds these to `entities`. */
export const rosterEntities = [
  RosterTenantSchema,
  RosterTenantCounterSchema,
  RosterOrganizationSchema,
  RosterGroupSchema,
  RosterUserSchema,
  RosterUserGroupSchema,
  RosterApiKeySchema,
  RosterMigrationSchema,
  RosterTenantHostSchema,
  RosterUserUniqueValueSchema,
] as const;

import { createMikroOrmStores } from '@roster/mikro-orm';

/** Creates Roster's tables in an empty database with @roster/mikro-orm's own migrations. */
export async function migrateRosterSchema(url: string): Promise<void> {
  const stores = await createMikroOrmStores({ url, migrate: true });
  await stores.close();
}

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '../../../packages/mikro-orm/src/test-support/test-databases';
import { createStores } from './create-stores';

jest.setTimeout(30_000);

describe('createStores', () => {
  it('makes memory stores, and names only the scheme of a URL it cannot serve', async () => {
    const stores = await createStores('memory');
    expect(Object.keys(stores)).toEqual(expect.arrayContaining(['users', 'tenants', 'apiKeys', 'unitOfWork']));
    const refused = createStores('mssql://roster:s3cret@db.example.com/roster');
    await expect(refused).rejects.toThrow('DATABASE_URL: unsupported database "mssql"');
    await expect(refused).rejects.not.toThrow(/s3cret|db\.example/);
    await expect(createStores('sqlite:')).rejects.toThrow('unsupported database "sqlite"');
  });

  it('opens a migrated SQLite file, creating its directory, and closes it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-stores-'));
    try {
      const file = join(dir, 'nested', 'data', 'roster.sqlite');
      const stores = await createStores(`sqlite:${file}`);
      try {
        expect(existsSync(file)).toBe(true);
        expect(await stores.tenants.findTenantByName('nobody')).toBeNull();
      } finally {
        await stores.close?.();
      }
      await expect(stores.tenants.findTenantByName('nobody')).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['postgres://', 'postgresql' as const, (url: string) => url],
    ['postgresql://', 'postgresql' as const, (url: string) => url.replace(/^postgres:/, 'postgresql:')],
    ['mysql://', 'mysql' as const, (url: string) => url],
    ['mariadb://', 'mysql' as const, (url: string) => url.replace(/^mysql:/, 'mariadb:')],
  ])('opens %s on a fresh database and applies the migrations', async (_scheme, server, spell) => {
    const database = await createTestDatabase(server);
    try {
      const stores = await createStores(spell(database.url));
      try {
        expect(await stores.tenants.findTenantByName('nobody')).toBeNull();
      } finally {
        await stores.close?.();
      }
    } finally {
      await database.drop();
    }
  });

  it('says which database a server URL could not reach, never its password', async () => {
    const refused = createStores('postgres://roster:s3cret@127.0.0.1:1/roster');
    await expect(refused).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(refused).rejects.not.toThrow(/s3cret/);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRoster, type Roster } from '@roster/core';
import { createMemoryStores } from '@roster/memory';
import { DEMO_BOOTSTRAP_PATH } from './host-config';
import { readBootstrapFile } from './read-bootstrap-file';

const ACME_BOOTSTRAP_PATH = join(__dirname, '..', 'acme.bootstrap.json');
const README = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

interface TenantEntry {
  readonly name: string;
  readonly apiKeys: readonly { readonly key: string }[];
  readonly users: readonly { readonly email: string; readonly password: string }[];
}

/** The ```json block of the README's "Adding a tenant and an API key" section. */
function readmeTenant(): unknown {
  const section = README.split('\n## Adding a tenant and an API key\n')[1]?.split('\n## ')[0] ?? '';
  const block = /```json\n([\s\S]*?)\n```/.exec(section);
  if (block === null) throw new Error('README: no json block in "Adding a tenant and an API key"');
  return JSON.parse(block[1]!);
}

/** The shipped bootstrap files go through the real validator and writer, as `pnpm start` loads them. */
describe('the example bootstrap files', () => {
  let roster: Roster;
  beforeEach(() => {
    roster = createRoster({ stores: createMemoryStores() });
  });
  afterEach(async () => {
    await roster.close();
  });

  it.each([
    ['demo', DEMO_BOOTSTRAP_PATH, 1],
    ['acme', ACME_BOOTSTRAP_PATH, 2],
  ])('%s.bootstrap.json loads, and loading it again adds nothing', async (_name, path, tenants) => {
    const file = await readBootstrapFile(path);
    const first = await roster.bootstrap.load(file);
    expect(first).toMatchObject({ tenantsCreated: tenants, tenantsUpdated: 0 });
    expect(first.usersCreated).toBeGreaterThan(0);
    const again = await roster.bootstrap.load(file);
    expect(again).toMatchObject({
      tenantsCreated: 0,
      tenantsUpdated: tenants,
      apiKeysCreated: 0,
      usersCreated: 0,
      usersExisting: first.usersCreated,
    });
  });

  it('acme is the demo file plus the tenant the README shows, whose key and owner sign in to acme only', async () => {
    const demo = (await readBootstrapFile(DEMO_BOOTSTRAP_PATH)) as { tenants: TenantEntry[] };
    const file = (await readBootstrapFile(ACME_BOOTSTRAP_PATH)) as { tenants: TenantEntry[] };
    expect(file.tenants.slice(0, -1)).toEqual(demo.tenants);
    const acme = file.tenants.at(-1)!;
    expect(acme).toEqual(readmeTenant());
    await roster.bootstrap.load(file);
    const tenant = await roster.tenants.findByName('acme');
    const demoTenant = await roster.tenants.findByName('demo');
    const secret = acme.apiKeys[0]!.key;
    expect(await roster.auth.authenticateApiKey({ secret })).toMatchObject({ tenantId: tenant!.id });
    await expect(roster.auth.authenticateApiKey({ secret, tenantId: demoTenant!.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const owner = acme.users[0]!;
    const actor = await roster.auth.authenticatePassword({ tenantId: tenant!.id, identifier: owner.email, password: owner.password });
    expect(actor).toMatchObject({ tenantId: tenant!.id });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createRoster, type PasswordHasher } from '@roster/core';
import { createMemoryStores } from '@roster/memory';

const PAGE = readFileSync(join(__dirname, '..', '..', 'docs', 'bootstrap.md'), 'utf8');

interface File {
  tenants: Record<string, any>[];
}

/** The page's example under "Shape", fresh for each use. */
function example(): File {
  const block = /## Shape\n[\s\S]*?```json\n([\s\S]*?)\n```/.exec(PAGE);
  if (block === null) throw new Error('docs/bootstrap.md: no json block under "Shape"');
  return JSON.parse(block[1]!) as File;
}

/** The messages of the "Validation errors" table (second column, in backticks). */
function documentedMessages(): string[] {
  const section = PAGE.split('\n## Validation errors\n')[1]!.split('\n## ')[0]!;
  return [...section.matchAll(/^\|[^|\n]+\| `([^`]+)` \|$/gm)].map((match) => match[1]!);
}

const fakeHasher: PasswordHasher = { hash: async (p) => `plain:${p}`, verify: async (h, p) => h === `plain:${p}` };
const change = (edit: (file: File) => void): File => {
  const file = example();
  edit(file);
  return file;
};
const acme = (file: File) => file.tenants[0]!;
const globex = {
  name: 'globex',
  accountUrl: 'https://acme.example.com/',
  apiKeys: [{ name: 'k', key: 'rk_acme_0123456789abcdef0123456789', role: 'user' }],
};

/** How to provoke each documented message: the file, and what the store held before. */
const CASES: Record<string, { file: unknown; before?: unknown }> = {
  'the bootstrap file must be a JSON object': { file: [] },
  'tenants: is required': { file: {} },
  'tenants[0].seatlimit: unknown field': { file: change((f) => (acme(f)['seatlimit'] = 5)) },
  'tenants[0].name: is required': { file: change((f) => delete acme(f)['name']) },
  'tenants[1].name: duplicate tenant name "acme" (also at tenants[0].name)': { file: change((f) => f.tenants.push({ name: 'acme' })) },
  'tenants[0].accountUrl: not an http(s) URL': { file: change((f) => (acme(f)['accountUrl'] = 'ftp://acme.example.com')) },
  'tenants[0].accountUrl: already the account URL of tenant "globex"': {
    before: { tenants: [{ name: 'globex', accountUrl: 'https://ACME.example.com/' }] },
    file: example(),
  },
  'tenants[0].hosts[0]: must be a host name without port (e.g. "school.example.com", "localhost", "[::1]")': {
    file: change((f) => (acme(f)['hosts'] = ['acme.example.com:3000'])),
  },
  'tenants[1].hosts[0]: duplicate host name "acme.example.com" (also at tenants[0].hosts[0])': {
    file: change((f) => f.tenants.push({ name: 'b', hosts: ['ACME.example.com.'] })),
  },
  'tenants[0].hosts[0]: already a host name of tenant "globex"': {
    before: { tenants: [{ name: 'globex', hosts: ['Acme.Example.com'] }] },
    file: example(),
  },
  'tenants[0].identifyBy: must be one of email, login': { file: change((f) => (acme(f)['identifyBy'] = 'phone')) },
  'tenants[0].seatLimit: must be an integer of at least 0': { file: change((f) => (acme(f)['seatLimit'] = -1)) },
  'tenants[0].defaultPermissions[0]: unknown permission "read"': { file: change((f) => (acme(f)['defaultPermissions'] = ['read'])) },
  'tenants[0].organizations[2].id: duplicate organization id 2': {
    file: change((f) => acme(f)['organizations'].push({ id: 2, name: 'Again' })),
  },
  'tenants[0].organizations[1].parentId: unknown organization 7': { file: change((f) => (acme(f)['organizations'][1].parentId = 7)) },
  'tenants[0].organizations[0].parentId: organizations form a cycle': { file: change((f) => (acme(f)['organizations'][0].parentId = 2)) },
  'tenants[0].groups[1].organizationId: unknown organization 3': {
    file: change((f) => acme(f)['groups'].push({ id: 11, name: 'Lost', organizationId: 3 })),
  },
  'tenants[0].profileFields[0].name: "phone" is a standard field': { file: change((f) => (acme(f)['profileFields'][0].name = 'phone')) },
  'tenants[0].profileFields[0].type: must be one of string, phone, country, birthdate, list': {
    file: change((f) => (acme(f)['profileFields'][0].type = 'text')),
  },
  'tenants[0].profileFields[1].values: a list field needs values': { file: change((f) => delete acme(f)['profileFields'][1].values) },
  'tenants[0].profileFields[2].name: duplicate field "EMP_CODE" (also at tenants[0].profileFields[0].name)': {
    file: change((f) => acme(f)['profileFields'].push({ name: 'EMP_CODE', label: 'Again', type: 'phone' })),
  },
  'tenants[0].apiKeys[0].key: must be a string of 16 to 512 characters': { file: change((f) => (acme(f)['apiKeys'][0].key = 'rk_short')) },
  'tenants[0].apiKeys[0].role: unknown role "boss"': { file: change((f) => (acme(f)['apiKeys'][0].role = 'boss')) },
  'tenants[0].apiKeys[0].organizationId: is required for the role "organizationAdministrator"': {
    file: change((f) => (acme(f)['apiKeys'][0].role = 'organizationAdministrator')),
  },
  'tenants[1].apiKeys[0].key: duplicate API key (also at tenants[0].apiKeys[0].key)': {
    file: change((f) => f.tenants.push({ name: 'b', apiKeys: [{ ...acme(f)['apiKeys'][0], name: 'copy' }] })),
  },
  'tenants[0].apiKeys[0].key: this key is already used by another tenant': {
    before: { tenants: [{ ...globex, accountUrl: 'https://globex.example.org' }] },
    file: example(),
  },
  'tenants[0].users[1].email: is required: the tenant identifies users by email': { file: change((f) => delete acme(f)['users'][1].email) },
  'tenants[0].users[0].email: not a valid e-mail address': { file: change((f) => (acme(f)['users'][0].email = 'owner@')) },
  'tenants[0].users[1].email: duplicate e-mail "owner@acme.example.com"': {
    file: change((f) => (acme(f)['users'][1].email = 'OWNER@acme.example.com')),
  },
  'tenants[0].users[3].role: unknown role "boss"': {
    file: change((f) => acme(f)['users'].push({ email: 'c@acme.example.com' }, { email: 'd@acme.example.com', role: 'boss' })),
  },
  'tenants[0].users[1].groupIds[1]: unknown group 12': { file: change((f) => (acme(f)['users'][1].groupIds = [10, 12])) },
  'tenants[0].users[0].name: give either name or firstName and lastName': {
    file: change((f) => Object.assign(acme(f)['users'][0], { name: 'A B', firstName: 'A' })),
  },
  'tenants[0].users[4]: the seat limit of tenant "acme" is reached': {
    file: change((f) => {
      acme(f)['seatLimit'] = 4;
      for (const n of [1, 2, 3]) acme(f)['users'].push({ email: `u${n}@acme.example.com` });
    }),
  },
};

describe('docs/bootstrap.md says what the validator says', () => {
  const messages = documentedMessages();

  it('documents validation messages, each with a case here', () => {
    expect(messages.length).toBeGreaterThanOrEqual(20);
    expect(messages.filter((message) => CASES[message] === undefined)).toEqual([]);
    expect(Object.keys(CASES).filter((message) => !messages.includes(message))).toEqual([]);
  });

  it('its example loads as it is', async () => {
    const roster = createRoster({ stores: createMemoryStores(), passwordHasher: fakeHasher });
    await expect(roster.bootstrap.load(example())).resolves.toMatchObject({ tenantsCreated: 1, usersCreated: 2 });
  });

  it.each(Object.entries(CASES))('%s', async (message, { file, before }) => {
    const roster = createRoster({ stores: createMemoryStores(), passwordHasher: fakeHasher });
    if (before !== undefined) await roster.bootstrap.load(before);
    await expect(roster.bootstrap.load(file)).rejects.toMatchObject({ code: 'BOOTSTRAP_INVALID', message });
  });
});

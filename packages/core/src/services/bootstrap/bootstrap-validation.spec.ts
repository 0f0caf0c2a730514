import { setupRoster, type TestRoster } from '../roster-test.fixture';
import { exampleFile } from './bootstrap-example.fixture';

type File = ReturnType<typeof exampleFile>;
type Change = (file: File) => void;
const acme = (file: File) => file.tenants[0]!;
const list = (file: File, key: string) => acme(file)[key] as Record<string, unknown>[];

/** One change to the example file each, and the path and message it must be refused with. */
const cases: [string, unknown, string, RegExp][] = [
  ['not an object', [1, 2], '', /must be a JSON object/],
  ['no tenants', {}, 'tenants', /is required/],
  ['an unknown top-level field', { tenants: [], extra: 1 }, 'extra', /unknown field/],
  ['tenants not an array', { tenants: {} }, 'tenants', /must be an array/],
  ['a tenant without a name', (f: File) => delete acme(f)['name'], 'tenants[0].name', /is required/],
  ['a misspelt tenant field', (f: File) => (acme(f)['seatlimit'] = 3), 'tenants[0].seatlimit', /unknown field/],
  ['a bad account URL', (f: File) => (acme(f)['accountUrl'] = 'acme'), 'tenants[0].accountUrl', /http/],
  ['a bad identifyBy', (f: File) => (acme(f)['identifyBy'] = 'phone'), 'tenants[0].identifyBy', /email, login/],
  ['a negative seat limit', (f: File) => (acme(f)['seatLimit'] = -1), 'tenants[0].seatLimit', /integer/],
  [
    'an unknown default permission',
    (f: File) => (acme(f)['defaultPermissions'] = ['read']),
    'tenants[0].defaultPermissions[0]',
    /unknown permission "read"/,
  ],
  [
    'a duplicate organization id',
    (f: File) => list(f, 'organizations').push({ id: 2, name: 'Again' }),
    'tenants[0].organizations[2].id',
    /duplicate organization id 2/,
  ],
  [
    'an unknown parent',
    (f: File) => (list(f, 'organizations')[1]!['parentId'] = 7),
    'tenants[0].organizations[1].parentId',
    /unknown organization 7/,
  ],
  ['a cycle', (f: File) => (list(f, 'organizations')[0]!['parentId'] = 2), 'tenants[0].organizations[0].parentId', /cycle/],
  [
    'a group in an unknown organization',
    (f: File) => (list(f, 'groups')[1]!['organizationId'] = 3),
    'tenants[0].groups[1].organizationId',
    /unknown organization 3/,
  ],
  ['a duplicate group id', (f: File) => (list(f, 'groups')[1]!['id'] = 10), 'tenants[0].groups[1].id', /duplicate group id 10/],
  [
    'a key with an unknown role',
    (f: File) => (list(f, 'apiKeys')[0]!['role'] = 'boss'),
    'tenants[0].apiKeys[0].role',
    /unknown role "boss"/,
  ],
  ['a short key', (f: File) => (list(f, 'apiKeys')[0]!['key'] = 'short'), 'tenants[0].apiKeys[0].key', /16 to 512/],
  [
    'an org admin key without organization',
    (f: File) => (list(f, 'apiKeys')[0]!['role'] = 'organizationAdministrator'),
    'tenants[0].apiKeys[0].organizationId',
    /required/,
  ],
  [
    'a key bound to an unknown organization',
    (f: File) => (list(f, 'apiKeys')[0]!['organizationId'] = 9),
    'tenants[0].apiKeys[0].organizationId',
    /unknown organization 9/,
  ],
  [
    'a key used twice in the file',
    (f: File) => f.tenants.push({ name: 'b', apiKeys: [{ ...list(f, 'apiKeys')[0], name: 'copy' }] }),
    'tenants[1].apiKeys[0].key',
    /duplicate API key \(also at tenants\[0\]\.apiKeys\[0\]\.key\)/,
  ],
  ['a duplicate tenant name', (f: File) => f.tenants.push({ name: 'acme' }), 'tenants[1].name', /duplicate tenant name "acme"/],
  [
    'a duplicate account URL',
    (f: File) => f.tenants.push({ name: 'b', accountUrl: 'HTTP://acme.example.com/' }),
    'tenants[1].accountUrl',
    /duplicate account URL/,
  ],
  ['a user with an unknown role', (f: File) => (list(f, 'users')[1]!['role'] = 'boss'), 'tenants[0].users[1].role', /unknown role "boss"/],
  ['a user with a bad e-mail', (f: File) => (list(f, 'users')[0]!['email'] = 'owner@'), 'tenants[0].users[0].email', /valid e-mail/],
  [
    'a user without e-mail in an e-mail tenant',
    (f: File) => delete list(f, 'users')[1]!['email'],
    'tenants[0].users[1].email',
    /is required/,
  ],
  [
    'a user without login in a login tenant',
    (f: File) => {
      acme(f)['identifyBy'] = 'login';
      delete list(f, 'users')[1]!['login'];
    },
    'tenants[0].users[1].login',
    /is required/,
  ],
  [
    'a duplicate e-mail, in another case',
    (f: File) => (list(f, 'users')[1]!['email'] = 'OWNER@acme.example.com'),
    'tenants[0].users[1].email',
    /duplicate e-mail/,
  ],
  [
    'a duplicate login, in another case',
    (f: File) => (list(f, 'users')[1]!['login'] = 'Owner'),
    'tenants[0].users[1].login',
    /duplicate login/,
  ],
  [
    'a user in an unknown organization',
    (f: File) => (list(f, 'users')[1]!['organizationId'] = 3),
    'tenants[0].users[1].organizationId',
    /unknown organization 3/,
  ],
  [
    'a user in an unknown group',
    (f: File) => (list(f, 'users')[1]!['groupIds'] = [10, 12]),
    'tenants[0].users[1].groupIds[1]',
    /unknown group 12/,
  ],
  ['a user with a bad status', (f: File) => (list(f, 'users')[1]!['status'] = 'gone'), 'tenants[0].users[1].status', /one of/],
  [
    'a user with a non-boolean flag',
    (f: File) => (list(f, 'users')[0]!['backendAccess'] = 'yes'),
    'tenants[0].users[0].backendAccess',
    /true or false/,
  ],
  ['a user with an empty password', (f: File) => (list(f, 'users')[0]!['password'] = ''), 'tenants[0].users[0].password', /1 to 1024/],
  [
    'a user with name and firstName',
    (f: File) => Object.assign(list(f, 'users')[0]!, { name: 'A B', firstName: 'A' }),
    'tenants[0].users[0].name',
    /either/,
  ],
  ['a misspelt user field', (f: File) => (list(f, 'users')[0]!['pasword'] = 'x'), 'tenants[0].users[0].pasword', /unknown field/],
  ['a user that is not an object', (f: File) => list(f, 'users').push('bob' as never), 'tenants[0].users[2]', /must be an object/],
  ['profileFields not an array', (f: File) => (acme(f)['profileFields'] = {}), 'tenants[0].profileFields', /must be an array/],
  [
    'a profile field without a name',
    (f: File) => (acme(f)['profileFields'] = [{ label: 'L', type: 'string' }]),
    'tenants[0].profileFields[0].name',
    /is required/,
  ],
  [
    'a profile field name with a space',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'EMP CODE', label: 'L', type: 'string' }]),
    'tenants[0].profileFields[0].name',
    /letter/,
  ],
  [
    'a profile field named like a standard one',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'city', label: 'L', type: 'string' }]),
    'tenants[0].profileFields[0].name',
    /standard field/,
  ],
  [
    'a profile field named password',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'password', label: 'L', type: 'string' }]),
    'tenants[0].profileFields[0].name',
    /standard field/,
  ],
  [
    'a profile field with an unknown type',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'number' }]),
    'tenants[0].profileFields[0].type',
    /one of string, phone, country, birthdate, list/,
  ],
  [
    'a profile field without a type',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L' }]),
    'tenants[0].profileFields[0].type',
    /is required/,
  ],
  [
    'a list profile field without values',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'list' }]),
    'tenants[0].profileFields[0].values',
    /needs values/,
  ],
  [
    'a list value listed twice',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'list', values: ['a', 'a'] }]),
    'tenants[0].profileFields[0].values',
    /twice/,
  ],
  [
    'a list value that is not a string',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'list', values: ['a', 2] }]),
    'tenants[0].profileFields[0].values[1]',
    /non-empty string/,
  ],
  [
    'values on a string field',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'string', values: ['a'] }]),
    'tenants[0].profileFields[0].values',
    /only list fields/,
  ],
  [
    'a non-boolean unique',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'string', unique: 'yes' }]),
    'tenants[0].profileFields[0].unique',
    /true or false/,
  ],
  [
    'a misspelt profile field attribute',
    (f: File) => (acme(f)['profileFields'] = [{ name: 'X', label: 'L', type: 'string', requried: true }]),
    'tenants[0].profileFields[0].requried',
    /unknown field/,
  ],
  [
    'a profile field declared twice',
    (f: File) =>
      (acme(f)['profileFields'] = [
        { name: 'X', label: 'L', type: 'string' },
        { name: 'X', label: 'M', type: 'phone' },
      ]),
    'tenants[0].profileFields[1].name',
    /duplicate field "X" \(also at tenants\[0\]\.profileFields\[0\]\.name\)/,
  ],
];

describe('BootstrapService.load: invalid files', () => {
  let t: TestRoster;

  beforeEach(async () => {
    t = await setupRoster({ name: 'fixture', accountUrl: null });
  });

  it.each(cases)('refuses %s, naming the path, and writes nothing', async (_label, change, path, message) => {
    const file =
      typeof change === 'function'
        ? (() => {
            const f = exampleFile();
            (change as Change)(f);
            return f;
          })()
        : change;
    const error = await t.roster.bootstrap.load(file).catch((e) => e);
    expect(error).toMatchObject({ code: 'BOOTSTRAP_INVALID', details: { path } });
    expect(error.message).toMatch(message);
    if (path !== '') expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(await t.stores.tenants.listTenants()).toHaveLength(1); // only the fixture's own tenant
    expect(t.hasher.hashed).toEqual([]);
  });

  it('words the message as the spec shows it', async () => {
    const file = exampleFile();
    list(file, 'users').push({ email: 'c@acme.example.com' }, { email: 'd@acme.example.com', role: 'boss' });
    await expect(t.roster.bootstrap.load(file)).rejects.toThrow('tenants[0].users[3].role: unknown role "boss"');
  });

  it('accepts the example file as it is', async () => {
    await expect(t.roster.bootstrap.load(exampleFile())).resolves.toBeDefined();
  });
});

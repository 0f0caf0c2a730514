import bootstrap from './conformance.bootstrap.json';

/**
 * The bootstrap every conformance run starts from, and names for what is in it, so that
 * tests speak of `fixture.acme.keys.admin` rather than of copied secrets.
 *
 * Tenants: `acme` (identifies by e-mail; host names `acme.example.com`, `learn.acme.example.com`; organizations 1 ⊃ 2 ⊃ 3 and 1 ⊃ 4; seat limit 1000),
 * `globex` (identifies by login; host names `globex.example.org`, `[::1]`), `tiny` (seat limit 2, one seat taken).
 */
export const conformanceBootstrap = bootstrap;

export const fixture = {
  acme: {
    name: 'acme',
    accountUrl: 'https://acme.example.com',
    /** As the bootstrap file lists them (stored normalised: `learn.acme.example.com`). */
    hosts: ['acme.example.com', 'Learn.Acme.Example.COM.'],
    keys: {
      owner: 'rk_acme_owner_0000000000000000000000',
      admin: 'rk_acme_admin_1111111111111111111111',
      /** organizationAdministrator bound to organization 2 (Sales; contains 3). */
      sales: 'rk_acme_sales_2222222222222222222222',
      publisher: 'rk_acme_publ_33333333333333333333333',
      /** role user + user:read: may read, may not write. */
      readOnly: 'rk_acme_read_44444444444444444444444',
    },
    users: {
      owner: { email: 'owner@acme.example.com', login: 'owner', password: 'correct horse battery' },
      admin: { email: 'admin@acme.example.com', login: 'admin', password: 'admin password 1' },
      salesAdmin: { email: 'sales.admin@acme.example.com', login: 'salesadmin', password: 'another long secret' },
      eastUser: { email: 'east.user@acme.example.com', login: 'eastuser', password: 'east user secret' },
      supportUser: { email: 'support.user@acme.example.com', login: 'supportuser', password: 'support secret 1' },
      publisher: { email: 'publisher@acme.example.com', login: 'publisher', password: 'publisher secret' },
      inactive: { email: 'inactive@acme.example.com', login: 'inactive', password: 'inactive secret' },
    },
  },
  globex: {
    name: 'globex',
    accountUrl: 'http://globex.example.org',
    /** `::1` is the IPv6 loopback, sent in a Host header as `[::1]:PORT`. */
    hosts: ['globex.example.org', '::1'],
    keys: { admin: 'rk_globex_admin_666666666666666666666' },
    users: { boss: { email: 'boss@globex.example.org', login: 'boss', password: 'globex boss secret' } },
  },
  tiny: {
    name: 'tiny',
    accountUrl: 'https://tiny.example.net',
    keys: { admin: 'rk_tiny_admin_77777777777777777777777' },
    users: { admin: { email: 'admin@tiny.example.net', login: 'admin', password: 'tiny admin secret' } },
  },
} as const;

/** What an ispring client sends as X-Auth-Account-Url, X-Auth-Email (e-mail or login) and X-Auth-Password. */
export interface IspringCredentials {
  readonly accountUrl: string;
  /** E-mail or login. */
  readonly email: string;
  readonly password: string;
}

const acmeCredentials = (user: keyof typeof fixture.acme.users): IspringCredentials => ({
  accountUrl: fixture.acme.accountUrl,
  email: fixture.acme.users[user].email,
  password: fixture.acme.users[user].password,
});

/** The ispring sign-in of every user of the bootstrap file (globex identifies by login). */
export const ispringActors = {
  owner: acmeCredentials('owner'),
  admin: acmeCredentials('admin'),
  salesAdmin: acmeCredentials('salesAdmin'),
  eastUser: acmeCredentials('eastUser'),
  supportUser: acmeCredentials('supportUser'),
  publisher: acmeCredentials('publisher'),
  inactive: acmeCredentials('inactive'),
  globex: { accountUrl: fixture.globex.accountUrl, email: fixture.globex.users.boss.login, password: fixture.globex.users.boss.password },
  tiny: { accountUrl: fixture.tiny.accountUrl, email: fixture.tiny.users.admin.email, password: fixture.tiny.users.admin.password },
} as const satisfies Record<string, IspringCredentials>;

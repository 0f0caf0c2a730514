import { DEFAULT_DATABASE_URL, describeDatabase, resolveDatabaseUrl, schemeOf, sqliteFileOf } from './database-url';

describe('the database URL of the example hosts', () => {
  it('defaults to a SQLite file under ./data', () => {
    expect(DEFAULT_DATABASE_URL).toBe('sqlite:./data/roster.sqlite');
    expect(sqliteFileOf(DEFAULT_DATABASE_URL)).toBe('./data/roster.sqlite');
  });

  it.each([
    ['sqlite:./data/roster.sqlite', 'sqlite:/srv/app/data/roster.sqlite'],
    ['sqlite:roster.db', 'sqlite:/srv/app/roster.db'],
    ['sqlite:/var/lib/roster.db', 'sqlite:/var/lib/roster.db'],
    ['sqlite::memory:', 'sqlite::memory:'],
    ['memory', 'memory'],
    ['postgres://roster:pw@db:5432/roster', 'postgres://roster:pw@db:5432/roster'],
    ['oracle://u:pw@db/x', 'oracle://u:pw@db/x'],
  ])('resolves %s against the start directory as %s', (url, resolved) => {
    expect(resolveDatabaseUrl(url, '/srv/app')).toBe(resolved);
  });

  it.each([
    ['memory', 'memory (lost at exit)'],
    ['sqlite::memory:', 'SQLite in memory (lost at exit)'],
    ['sqlite:/srv/app/data/roster.sqlite', 'SQLite /srv/app/data/roster.sqlite'],
    ['postgres://roster:s3cret@db.example.com:5432/roster?sslmode=require&password=s3cret', 'postgres://db.example.com:5432/roster'],
    ['postgresql://db/roster', 'postgresql://db/roster'],
    ['mariadb://root:s3cret@10.0.0.7/roster', 'mariadb://10.0.0.7/roster'],
    ['mysql://root:s3cret@[::1]:3306/roster', 'mysql://[::1]:3306/roster'],
    ['mysql://root:s3cret@db:notaport/roster', 'mysql'],
    ['postgres://root:1234/s3cret@db/roster', 'postgres'],
    ['postgres://root:1234?s3cret@db/roster', 'postgres'],
    ['postgres://root:1234#s3cret@db/roster', 'postgres'],
  ])('describes %s as %s, without credentials', (url, shown) => {
    expect(describeDatabase(url)).toBe(shown);
    expect(describeDatabase(url)).not.toMatch(/s3cret|root|sslmode/);
  });

  it('reads the scheme alone', () => {
    expect(schemeOf('Postgres://u:p@h/d')).toBe('postgres');
    expect(schemeOf('nonsense')).toBe('nonsense');
  });
});

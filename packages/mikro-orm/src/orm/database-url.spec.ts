import { RosterError } from '@roster/core';
import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite::memory:', ':memory:'],
    ['sqlite:./data/roster.db', './data/roster.db'],
    ['sqlite:/var/lib/roster.db', '/var/lib/roster.db'],
    ['sqlite:///var/lib/roster.db', '/var/lib/roster.db'],
    ['sqlite://roster.db', 'roster.db'],
  ])('reads %s as the SQLite file %s', (url, dbName) => {
    expect(parseDatabaseUrl(url)).toEqual({ dialect: 'sqlite', dbName });
  });

  it.each([
    ['postgres://u:p@db:5432/app', 'postgresql', 'postgres://u:p@db:5432/app'],
    ['postgresql://db/app', 'postgresql', 'postgresql://db/app'],
    ['mysql://root@db:3306/app', 'mysql', 'mysql://root@db:3306/app'],
    ['mariadb://root:pw@db/app', 'mysql', 'mysql://root:pw@db/app'],
  ])('reads %s as %s', (url, dialect, clientUrl) => {
    expect(parseDatabaseUrl(url)).toEqual({ dialect, clientUrl });
  });

  it('refuses other schemes without echoing the password', () => {
    let error: unknown;
    try {
      parseDatabaseUrl('mssql://sa:secret@db/app');
    } catch (caught) {
      error = caught;
    }
    expect(RosterError.is(error, 'CONFIGURATION_INVALID')).toBe(true);
    expect((error as RosterError).message).not.toContain('secret');
  });

  it('refuses a SQLite URL without a file', () => {
    expect(() => parseDatabaseUrl('sqlite:')).toThrow(RosterError);
  });
});

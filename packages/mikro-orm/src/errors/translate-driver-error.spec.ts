import { ConnectionException, DeadlockException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { RosterError } from '@roster/core';
import { translateDriverError, violatedKey } from './translate-driver-error';

function driverError<T>(Kind: new (previous: Error) => T, message: string, extra: object = {}): T {
  return new Kind(Object.assign(new Error(message), extra));
}

describe('translateDriverError', () => {
  it('passes RosterErrors through untouched', () => {
    const error = new RosterError('EMAIL_TAKEN');
    expect(translateDriverError(error)).toBe(error);
  });

  it.each([
    ['a MikroORM connection exception', driverError(ConnectionException, 'connect failed')],
    ['a refused connection from another realm', { message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' }],
    [
      'a pool that gave no connection in time',
      Object.assign(new Error('Knex: Timeout acquiring a connection'), { name: 'KnexTimeoutError' }),
    ],
    ['a PostgreSQL admin shutdown', { message: 'terminating connection due to administrator command', code: '57P01' }],
    // SQLSTATE 55000 is broad; only this message of it means the database refuses connections (ALLOW_CONNECTIONS false).
    ['a PostgreSQL database refusing connections', { message: 'database "roster" is not currently accepting connections', code: '55000' }],
    [
      'a pg client used again after its connection was killed',
      new Error('select 1 - Client has encountered a connection error and is not queryable'),
    ],
    ['a pg connection that ended mid-query', new Error('select 1 - Connection ended unexpectedly')],
    [
      'a query in a transaction knex ended when its connection broke',
      new Error('Transaction query already complete, run with DEBUG=knex:tx for more info'),
    ],
    ['a closed pool', new Error('Unable to acquire a connection')],
    // The `mariadb` connector (MikroORM 6) keeps its own code apart from the SQLSTATE.
    [
      'a MariaDB connection that took too long to open',
      {
        message: '(conn:-1, no: 45012, SQLState: 08S01) Connection timeout: failed to create socket after 1001ms',
        code: 'ER_CONNECTION_TIMEOUT',
        sqlState: '08S01',
      },
    ],
    [
      'a MariaDB link lost (SQLSTATE 08 only)',
      { message: 'socket has unexpectedly been closed', code: 'ER_SOMETHING_NEW', sqlState: '08S01' },
    ],
  ])('makes %s STORE_UNAVAILABLE, keeping it as the cause', (_name, error) => {
    const translated = translateDriverError(error);
    expect(translated.code).toBe('STORE_UNAVAILABLE');
    expect(translated.cause).toBe(error);
  });

  it('makes a deadlock STORE_UNAVAILABLE (a retry can succeed)', () => {
    expect(translateDriverError(driverError(DeadlockException, 'deadlock detected')).code).toBe('STORE_UNAVAILABLE');
  });

  it('hands unique violations to the handler, STORE_INTEGRITY without one', () => {
    const violation = driverError(UniqueConstraintViolationException, 'duplicate');
    expect(translateDriverError(violation).code).toBe('STORE_INTEGRITY');
    expect(translateDriverError(violation, () => new RosterError('LOGIN_TAKEN')).code).toBe('LOGIN_TAKEN');
  });

  it('makes a value too long for its column VALIDATION_FAILED, anything else INTERNAL', () => {
    expect(translateDriverError({ message: 'value too long for type character varying(64)', code: '22001' }).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(translateDriverError(new Error('syntax error')).code).toBe('INTERNAL');
    expect(translateDriverError('not even an error').code).toBe('INTERNAL');
  });
});

describe('violatedKey', () => {
  it('reads the key from each driver, never the clashing value', () => {
    const pg = driverError(UniqueConstraintViolationException, 'duplicate key value violates unique constraint', {
      constraint: 'roster_users_login_key_unique',
    });
    const maria = driverError(
      UniqueConstraintViolationException,
      "Duplicate entry 'tenant-a-email_key@x.com' for key 'roster_users_login_key_unique'",
    );
    const sqlite = driverError(
      UniqueConstraintViolationException,
      'insert into `roster_users` … - UNIQUE constraint failed: roster_users.tenant_id, roster_users.email_key',
    );
    expect(violatedKey(pg)).toBe('roster_users_login_key_unique');
    expect(violatedKey(maria)).toBe('roster_users_login_key_unique');
    expect(violatedKey(sqlite)).toBe('roster_users.tenant_id, roster_users.email_key');
  });
});

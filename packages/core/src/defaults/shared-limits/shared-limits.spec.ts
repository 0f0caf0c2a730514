import { RosterError } from '../../errors';
import { connectSharedLimits } from './connect-shared-limits';
import { describeLimitsStore, limitsStoreKind } from './limits-store-url';
import { loadOptionalPeer } from './load-optional-peer';

describe('limits store URLs', () => {
  it('knows redis, rediss, postgres and postgresql, and refuses anything else naming only the scheme', () => {
    expect(['redis://h', 'rediss://h', 'postgres://h/db', 'POSTGRESQL://h/db'].map(limitsStoreKind)).toEqual([
      'redis',
      'redis',
      'postgres',
      'postgres',
    ]);
    let thrown: unknown;
    try {
      limitsStoreKind('memcached://user:s3cret@h');
    } catch (error) {
      thrown = error;
    }
    expect(RosterError.is(thrown, 'VALIDATION_FAILED')).toBe(true);
    expect((thrown as Error).message).toContain('"memcached"');
    expect((thrown as Error).message).not.toContain('s3cret');
  });

  it('describes a store by kind, host, port and database, never its user or password', () => {
    expect(describeLimitsStore('redis://:s3cret@cache.internal:6380/2')).toBe('redis cache.internal:6380/2');
    expect(describeLimitsStore('postgres://roster:s3cret@db:5432/limits?sslmode=require')).toBe('postgres db:5432/limits');
    expect(describeLimitsStore('redis://127.0.0.1:6379')).toBe('redis 127.0.0.1:6379');
    // An unencoded `/` in the password moves the secret past the host: only the kind is safe to show.
    expect(describeLimitsStore('redis://u:pa/ss@h:1')).not.toContain('ss@');
  });
});

describe('loadOptionalPeer', () => {
  it('turns the package missing into CONFIGURATION_INVALID naming what to install', () => {
    const missing = () => {
      throw Object.assign(new Error("Cannot find module 'ioredis'"), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => loadOptionalPeer('ioredis', 'A Redis limits store', missing)).toThrow('npm install ioredis');
  });

  it('throws any other failure as it is', () => {
    const broken = () => {
      throw new TypeError('native binding failed');
    };
    expect(() => loadOptionalPeer('pg', 'A PostgreSQL limits store', broken)).toThrow('native binding failed');
  });
});

describe('connectSharedLimits', () => {
  it('refuses an unsupported URL before connecting to anything', async () => {
    await expect(connectSharedLimits('mongodb://h/db')).rejects.toThrow('unsupported store "mongodb"');
  });
});

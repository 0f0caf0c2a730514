import { resolve } from 'node:path';
import { RosterError } from '@roster/core';
import { DEMO_BOOTSTRAP_PATH, readHostConfig } from './host-config';

describe('readHostConfig', () => {
  it('defaults: port 3000, the demo file, ./data/roster.sqlite, 1000 rest-v1 requests per minute', () => {
    expect(readHostConfig({})).toEqual({
      port: 3000,
      bootstrapPath: DEMO_BOOTSTRAP_PATH,
      demo: true,
      databaseUrl: `sqlite:${resolve('data', 'roster.sqlite')}`,
      restRateLimit: 1000,
      courselitUpsert: false,
      operatorToken: null,
      storeCacheSeconds: 5,
      drainDelayMs: 0,
      drainTimeoutMs: 10_000,
      webhooksAllowLoopback: false,
    });
    expect(DEMO_BOOTSTRAP_PATH).toBe(resolve(__dirname, '..', 'demo.bootstrap.json'));
  });

  it('reads the environment', () => {
    const config = readHostConfig({
      PORT: '8080',
      ROSTER_BOOTSTRAP: 'some/file.json',
      DATABASE_URL: 'memory',
      ROSTER_REST_RATE_LIMIT: '50',
      ROSTER_DRAIN_DELAY_MS: '2000',
      ROSTER_DRAIN_TIMEOUT_MS: '500',
      ROSTER_LIMITS_URL: 'redis://127.0.0.1:6379',
      ROSTER_LIMITS_PREFIX: 'run-42',
      ROSTER_STORE_CACHE_SECONDS: '1',
      ROSTER_WEBHOOKS_ALLOW_LOOPBACK: '1',
    });
    expect(config).toEqual({
      port: 8080,
      bootstrapPath: resolve('some/file.json'),
      demo: false,
      databaseUrl: 'memory',
      restRateLimit: 50,
      courselitUpsert: false,
      operatorToken: null,
      limitsUrl: 'redis://127.0.0.1:6379',
      limitsPrefix: 'run-42',
      storeCacheSeconds: 1,
      drainDelayMs: 2000,
      drainTimeoutMs: 500,
      webhooksAllowLoopback: true,
    });
    expect(readHostConfig({ ROSTER_REST_RATE_LIMIT: '0' }).restRateLimit).toBe(false);
    expect(readHostConfig({ ROSTER_REST_RATE_LIMIT: 'OFF' }).restRateLimit).toBe(false);
  });

  it('turns the store cache off with ROSTER_STORE_CACHE_SECONDS=0 and refuses a limits prefix with other characters', () => {
    expect(readHostConfig({ ROSTER_STORE_CACHE_SECONDS: '0' }).storeCacheSeconds).toBe(0);
    expect(() => readHostConfig({ ROSTER_LIMITS_PREFIX: 'a b' })).toThrow(
      new RosterError('CONFIGURATION_INVALID', 'ROSTER_LIMITS_PREFIX: "a b" may hold only letters, digits, _ - . and : (100 at most)'),
    );
  });

  it('reads the admin operator token (ROSTER_OPERATOR_TOKEN); unset or empty leaves operator access off', () => {
    expect(readHostConfig({ ROSTER_OPERATOR_TOKEN: 'an-operator-token-of-some-length' }).operatorToken).toBe(
      'an-operator-token-of-some-length',
    );
    expect(readHostConfig({ ROSTER_OPERATOR_TOKEN: '' }).operatorToken).toBeNull();
  });

  it('turns the courselit upsert option on only when asked (ROSTER_COURSELIT_UPSERT)', () => {
    for (const on of ['1', 'true', 'ON']) expect(readHostConfig({ ROSTER_COURSELIT_UPSERT: on }).courselitUpsert).toBe(true);
    for (const off of ['', '0', 'false', 'off']) expect(readHostConfig({ ROSTER_COURSELIT_UPSERT: off }).courselitUpsert).toBe(false);
    expect(() => readHostConfig({ ROSTER_COURSELIT_UPSERT: 'yes please' })).toThrow(
      new RosterError('CONFIGURATION_INVALID', 'ROSTER_COURSELIT_UPSERT: "yes please" is not 1 or 0 (on or off)'),
    );
  });

  it('allows loopback webhook URLs only when asked (ROSTER_WEBHOOKS_ALLOW_LOOPBACK)', () => {
    expect(readHostConfig({ ROSTER_WEBHOOKS_ALLOW_LOOPBACK: 'on' }).webhooksAllowLoopback).toBe(true);
    expect(readHostConfig({ ROSTER_WEBHOOKS_ALLOW_LOOPBACK: '0' }).webhooksAllowLoopback).toBe(false);
    expect(() => readHostConfig({ ROSTER_WEBHOOKS_ALLOW_LOOPBACK: 'maybe' })).toThrow(
      new RosterError('CONFIGURATION_INVALID', 'ROSTER_WEBHOOKS_ALLOW_LOOPBACK: "maybe" is not 1 or 0 (on or off)'),
    );
  });

  it('resolves relative paths against the directory pnpm was started in (INIT_CWD)', () => {
    const config = readHostConfig({ INIT_CWD: '/srv/app', ROSTER_BOOTSTRAP: 'roster.json' });
    expect(config.databaseUrl).toBe('sqlite:/srv/app/data/roster.sqlite');
    expect(config.bootstrapPath).toBe('/srv/app/roster.json');
    expect(readHostConfig({ INIT_CWD: '/srv/app', DATABASE_URL: 'sqlite:/var/lib/roster.db' }).databaseUrl).toBe(
      'sqlite:/var/lib/roster.db',
    );
    expect(readHostConfig({ DATABASE_URL: 'postgres://u:p@db/roster' }).databaseUrl).toBe('postgres://u:p@db/roster');
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['ROSTER_REST_RATE_LIMIT', '1.5'],
    ['ROSTER_REST_RATE_LIMIT', 'lots'],
    ['ROSTER_STORE_CACHE_SECONDS', '-1'],
    ['ROSTER_STORE_CACHE_SECONDS', '0.5'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => readHostConfig({ [name]: value })).toThrow(
      new RosterError('CONFIGURATION_INVALID', `${name}: "${value}" is not a valid number`),
    );
  });
});

import { resolve } from 'node:path';
import { RosterError } from '@roster/core';
import { createStores } from './create-stores';
import { DEMO_BOOTSTRAP_PATH, readHostConfig } from './host-config';

describe('readHostConfig', () => {
  it('defaults: port 3000, the demo file, memory, 1000 rest-v1 requests per minute', () => {
    expect(readHostConfig({})).toEqual({
      port: 3000,
      bootstrapPath: DEMO_BOOTSTRAP_PATH,
      demo: true,
      databaseUrl: 'memory',
      restRateLimit: 1000,
    });
    expect(DEMO_BOOTSTRAP_PATH).toBe(resolve(__dirname, '..', 'demo.bootstrap.json'));
  });

  it('reads the environment', () => {
    const config = readHostConfig({ PORT: '8080', ROSTER_BOOTSTRAP: 'some/file.json', DATABASE_URL: 'memory', ROSTER_REST_RATE_LIMIT: '50' });
    expect(config).toEqual({ port: 8080, bootstrapPath: resolve('some/file.json'), demo: false, databaseUrl: 'memory', restRateLimit: 50 });
    expect(readHostConfig({ ROSTER_REST_RATE_LIMIT: '0' }).restRateLimit).toBe(false);
    expect(readHostConfig({ ROSTER_REST_RATE_LIMIT: 'OFF' }).restRateLimit).toBe(false);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['PORT', '-1'],
    ['ROSTER_REST_RATE_LIMIT', '1.5'],
    ['ROSTER_REST_RATE_LIMIT', 'lots'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => readHostConfig({ [name]: value })).toThrow(new RosterError('VALIDATION_FAILED', `${name}: "${value}" is not a valid number`));
  });
});

describe('createStores', () => {
  it('makes memory stores, and names only the scheme of a URL it cannot serve yet', async () => {
    const stores = await createStores('memory');
    expect(Object.keys(stores)).toEqual(expect.arrayContaining(['users', 'tenants', 'apiKeys', 'unitOfWork']));
    const refused = createStores('postgres://roster:s3cret@db.example.com/roster');
    await expect(refused).rejects.toThrow('unsupported database "postgres"');
    await expect(refused).rejects.not.toThrow(/s3cret/);
  });
});

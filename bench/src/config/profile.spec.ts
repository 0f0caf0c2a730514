import { PROFILES, profileFrom, selects } from './profile';

describe('selects', () => {
  it('matches dialect:route keys with * for any part', () => {
    expect(selects(['rest-v1:*'], 'rest-v1', 'create')).toBe(true);
    expect(selects(['rest-v1:*'], 'ispring', 'get')).toBe(false);
    expect(selects(['*:get'], 'objective', 'get')).toBe(true);
    expect(selects(['*:get', 'courselit:create'], 'courselit', 'list')).toBe(false);
    expect(selects([], 'rest-v1', 'get')).toBe(false);
  });
});

describe('profileFrom', () => {
  it('reads --profile and defaults to quick', () => {
    expect(profileFrom(['--profile', 'full'])).toBe(PROFILES.full);
    expect(profileFrom([])).toBe(PROFILES.quick);
  });

  it('refuses an unknown profile', () => {
    expect(() => profileFrom(['--profile', 'huge'])).toThrow(/quick or full/);
  });

  it('keeps the full profile at least as thorough as the quick one', () => {
    expect(PROFILES.full.paired.rounds).toBeGreaterThanOrEqual(PROFILES.quick.paired.rounds);
    expect(PROFILES.full.scaleSizes[1]).toBe(1_000_000);
  });
});

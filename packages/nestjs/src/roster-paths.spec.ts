import { compileRoute, matchRoute } from '@roster/core/http';
import type { RouteBase } from './route-base';
import { normalizePrefix, RosterPaths, stripPrefix, type MountMatcher } from './roster-paths';

/** A mount whose routes answer GET on the given paths, matched as a dialect matches them. */
const mount = (prefix: string, paths: readonly string[]): MountMatcher => {
  const routes = paths.map((path, i) =>
    compileRoute({ method: 'GET', path, name: `r${i}`, handle: async () => ({ status: 200, headers: {}, body: '' }) }),
  );
  return { prefix, match: (method, path) => matchRoute(routes, method, path) };
};

const users = mount('', ['/api/v1/users', '/api/v1/users/:id']);
const lms = mount('/lms/', ['/user', '/user/:id']);

function paths(global: Omit<RouteBase, 'modulePath'>, modulePath = '') {
  const rosterPaths = new RosterPaths([users, lms], () => ({ ...global, modulePath }));
  return {
    below: (index: number, url: string) => rosterPaths.match('GET', url, index)?.path ?? null,
    isRosterPath: (url: string) => rosterPaths.match('GET', url) !== null,
    match: rosterPaths.match.bind(rosterPaths),
  };
}

describe('RosterPaths', () => {
  const none = paths({ prefix: '', hasExclusions: false });
  const api = paths({ prefix: 'api', hasExclusions: false });
  const apiExcluding = paths({ prefix: '/api/', hasExclusions: true });

  it.each([
    [0, '/api/v1/users', '/api/v1/users'],
    [0, '/api/v1/users/', '/api/v1/users/'],
    [0, '/api/v1/users/usr_1', '/api/v1/users/usr_1'],
    [1, '/lms/user', '/user'],
    [1, '/LMS/user/7', '/user/7'],
    [1, '/lms/user/7/', '/user/7/'],
  ])('without a global prefix: mount %i, %s → %s', (index, url, below) => {
    expect(none.below(index, url)).toBe(below);
  });

  it.each([
    [0, '/api/v1/users/x/y'],
    [0, '/API/V1/users'],
    [0, '/lms/api/v1/users'],
    [1, '/user'],
    [1, '/lmsx/user'],
    [1, '/other/lms/user'],
    [5, '/api/v1/users'],
  ])('without a global prefix: mount %i does not serve %s', (index, url) => {
    expect(none.below(index, url)).toBeNull();
  });

  it('puts the global prefix in front of every mount, case-insensitively', () => {
    expect(api.below(0, '/api/api/v1/users')).toBe('/api/v1/users');
    expect(api.below(1, '/Api/lms/user/3')).toBe('/user/3');
    expect(api.below(0, '/api/v1/users')).toBeNull();
    expect(api.isRosterPath('/admin/api/v1/users')).toBe(false);
  });

  it('also accepts the unprefixed path when the global prefix excludes routes', () => {
    expect(apiExcluding.below(0, '/api/v1/users')).toBe('/api/v1/users');
    expect(apiExcluding.below(0, '/api/api/v1/users')).toBe('/api/v1/users');
    expect(apiExcluding.below(1, '/lms/user')).toBe('/user');
  });

  it("puts RouterModule's path for RosterModule between the global prefix and the mount", () => {
    const routed = paths({ prefix: 'api', hasExclusions: false }, '/roster/');
    expect(routed.below(0, '/api/roster/api/v1/users')).toBe('/api/v1/users');
    expect(routed.below(1, '/api/roster/lms/user')).toBe('/user');
    expect(routed.below(0, '/api/api/v1/users')).toBeNull();
  });

  it('tells Roster paths from the rest, exactly (no suffix matching)', () => {
    expect(none.isRosterPath('/lms/user/1')).toBe(true);
    expect(none.isRosterPath('/api/v1/users')).toBe(true);
    expect(none.isRosterPath('/admin/user/1')).toBe(false);
    expect(none.isRosterPath('/user/1')).toBe(false);
    expect(none.isRosterPath('/')).toBe(false);
  });

  it("matches with the dialect's own lookup: the method counts, and the match names the mount", () => {
    expect(none.match('POST', '/lms/user/1')).toBeNull();
    expect(none.match('GET', '/lms/user/1')).toMatchObject({ index: 1, path: '/user/1', match: { params: { id: '1' } } });
  });
});

describe('normalizePrefix and stripPrefix', () => {
  it.each([
    ['', ''],
    ['/', ''],
    ['api', '/api'],
    ['/api/', '/api'],
    ['//a/b//', '/a/b'],
  ])('normalizePrefix(%j) → %j', (given, expected) => {
    expect(normalizePrefix(given)).toBe(expected);
  });

  it.each([
    ['/lms/user', '/lms', '/user'],
    ['/lms', '/lms', '/'],
    ['/lmsuser', '/lms', null],
    ['/x/lms/user', '/lms', null],
    ['/any', '', '/any'],
  ])('stripPrefix(%j, %j) → %j', (path, prefix, expected) => {
    expect(stripPrefix(path, prefix)).toBe(expected);
  });
});

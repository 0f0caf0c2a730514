import { DEFAULT_ROLE_CATALOG, PERMISSIONS, type Permission } from '../domain';
import { effectivePermissions, hasPermission, permissionsNotHeld } from './permission.rules';

const actorWith = (...permissions: Permission[]) => ({ permissions: new Set(permissions) });

describe('permission rules', () => {
  it.each(DEFAULT_ROLE_CATALOG.roles.map((role) => [role.name, role.permissions] as const))(
    "%s has its role's permissions",
    (role, permissions) => {
      const effective = effectivePermissions(DEFAULT_ROLE_CATALOG, role, []);
      for (const permission of permissions) expect(effective.has(permission)).toBe(true);
      for (const permission of PERMISSIONS.filter((p) => !permissions.includes(p) && p !== 'user:read')) {
        expect(effective.has(permission)).toBe(false);
      }
    },
  );

  it('adds the explicit permissions to the role', () => {
    const effective = effectivePermissions(DEFAULT_ROLE_CATALOG, 'user', ['site:manage']);
    expect(effective.has('site:manage')).toBe(true);
    expect(effective.has('course:enroll')).toBe(true);
    expect(effective.has('course:publish')).toBe(false);
  });

  it('derives user:read from user:manage', () => {
    expect(effectivePermissions(DEFAULT_ROLE_CATALOG, 'user', ['user:manage']).has('user:read')).toBe(true);
    expect(effectivePermissions(DEFAULT_ROLE_CATALOG, 'user', []).has('user:read')).toBe(false);
    expect(effectivePermissions(DEFAULT_ROLE_CATALOG, 'user', ['user:read']).has('user:manage')).toBe(false);
  });

  it('gives an unknown role only the explicit permissions', () => {
    expect([...effectivePermissions(DEFAULT_ROLE_CATALOG, 'boss', ['media:manage'])]).toEqual(['media:manage']);
  });

  it('checks a single permission, with user:manage implying user:read', () => {
    expect(hasPermission(actorWith('user:manage'), 'user:read')).toBe(true);
    expect(hasPermission(actorWith('user:read'), 'user:manage')).toBe(false);
    expect(hasPermission(actorWith('course:enroll'), 'course:enroll')).toBe(true);
    expect(hasPermission(actorWith(), 'course:enroll')).toBe(false);
  });

  it('lists the permissions an actor may not grant, once each', () => {
    const actor = actorWith('course:enroll', 'user:manage');
    expect(permissionsNotHeld(actor, ['course:enroll', 'user:read'])).toEqual([]);
    expect(permissionsNotHeld(actor, ['site:manage', 'course:enroll', 'site:manage', 'media:manage'])).toEqual([
      'site:manage',
      'media:manage',
    ]);
    expect(permissionsNotHeld(actor, [])).toEqual([]);
  });
});

import { DEFAULT_ROLE_CATALOG } from '../domain';
import { mayAssignRole } from './assign.rules';

const catalog = DEFAULT_ROLE_CATALOG;

describe('mayAssignRole', () => {
  it.each([
    ['administrator', null, 'owner', false],
    ['administrator', null, 'administrator', true],
    ['administrator', null, 'user', true],
    ['administrator', 2, 'administrator', false],
    ['administrator', 2, 'organizationAdministrator', true],
    ['administrator', 2, 'publisher', true],
    ['organizationAdministrator', 2, 'organizationAdministrator', true],
    ['organizationAdministrator', 2, 'administrator', false],
    ['publisher', null, 'organizationAdministrator', false],
    ['administrator', null, 'boss', false],
    ['boss', null, 'user', false],
  ] as const)('%s bound to %s → %s: %s', (role, scopeOrganizationId, target, expected) => {
    expect(mayAssignRole(catalog, { role, scopeOrganizationId }, target)).toBe(expected);
  });
});

import { RosterError } from '../../../errors';
import { groupFilterQuery } from './scim-group-filter';

const rejected = (filter: string): boolean => {
  try {
    groupFilterQuery(filter);
  } catch (error) {
    if (error instanceof RosterError) return error.details.issues?.[0]?.field === 'filter';
    throw error;
  }
  return false;
};

describe('scim /Groups filter → store query', () => {
  it('translates displayName eq (attribute name in any case, with the Group URN) and externalId eq (no group matches)', () => {
    expect(groupFilterQuery('displayName eq "Sales team"')).toEqual({ name: 'Sales team' });
    expect(groupFilterQuery('DISPLAYNAME eq "Sales team"')).toEqual({ name: 'Sales team' });
    expect(groupFilterQuery('urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq "x"')).toEqual({ name: 'x' });
    expect(groupFilterQuery('externalId eq "8a2f"')).toEqual({ externalId: '8a2f' });
    expect(groupFilterQuery('EXTERNALID eq "8A2F"')).toEqual({ externalId: '8A2F' });
  });

  it('refuses other operators, attributes, combinations and malformed filters as invalidFilter', () => {
    for (const filter of [
      'displayName co "x"',
      'displayName eq "a" or displayName eq "b"',
      'members eq "x"',
      'displayName eq 3',
      'displayName eq',
      'not (displayName eq "x")',
    ]) {
      expect(rejected(filter)).toBe(true);
    }
  });
});

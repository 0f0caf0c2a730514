import { appliedPatch } from './scim-patch';
import { EMPTY_STATE, type ScimUserState } from './scim-user.state';
import { PATCH_SCHEMA } from './scim.responses';
import { issueOf } from './scim-issue.fixture';

describe('scim PATCH', () => {
  const state: ScimUserState = { ...EMPTY_STATE, userName: 'ada', givenName: 'Ada', email: 'ada@example.com', phone: '1' };
  const apply = (...ops: unknown[]) => appliedPatch(state, { schemas: [PATCH_SCHEMA], Operations: ops });

  it('takes op in any case, paths and value objects, dotted keys and "True"/"False"', () => {
    expect(apply({ op: 'Replace', path: 'active', value: 'False' }).active).toBe(false);
    expect(apply({ op: 'replace', value: { active: 'false', 'name.familyName': 'Byron', title: 'Dr' } })).toMatchObject({
      active: false,
      familyName: 'Byron',
      title: 'Dr',
    });
    expect(apply({ op: 'ADD', path: 'emails[type eq "work"].value', value: 'new@example.com' }).email).toBe('new@example.com');
    expect(apply({ op: 'Remove', path: 'phoneNumbers[type eq "work"].value' }).phone).toBeNull();
    expect(apply({ op: 'replace', path: 'phoneNumbers[type eq "mobile"].value', value: '2' }).phone).toBe('1');
    expect(apply({ op: 'replace', path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department', value: 'x' })).toEqual(
      state,
    );
    expect(apply({ op: 'replace', path: 'urn:ietf:params:scim:schemas:core:2.0:User:userName', value: 'grace' }).userName).toBe('grace');
  });

  it('answers each mistake with its issue field (scimType)', () => {
    expect(issueOf(() => appliedPatch(state, { Operations: [] }))).toBe('body');
    expect(issueOf(() => apply({ op: 'copy', path: 'title', value: 'x' }))).toBe('body');
    expect(issueOf(() => apply({ op: 'replace', path: 'title' }))).toBe('body');
    expect(issueOf(() => apply({ op: 'replace', path: 'shoeSize', value: 1 }))).toBe('path');
    expect(issueOf(() => apply({ op: 'replace', path: 'emails[display eq "x"].value', value: 'a@b.c' }))).toBe('path');
    expect(issueOf(() => apply({ op: 'remove' }))).toBe('target');
    expect(issueOf(() => apply({ op: 'remove', path: 'emails[value eq "other@example.com"]' }))).toBe('target');
    expect(issueOf(() => apply({ op: 'remove', path: 'userName' }))).toBe('userName');
    expect(issueOf(() => apply({ op: 'replace', path: 'active', value: 'yes' }))).toBe('active');
  });
});

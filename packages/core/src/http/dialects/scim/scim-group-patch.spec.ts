import { appliedGroupPatch, groupResource, parseGroupPath } from './scim-group-patch';
import { PATCH_SCHEMA } from './scim.responses';
import { issueOf } from './scim-issue.fixture';

const GROUP = { displayName: 'Sales team', externalId: 'e-1', members: ['usr_a', 'usr_b'] };
const apply = (...operations: unknown[]) => appliedGroupPatch(GROUP, { schemas: [PATCH_SCHEMA], Operations: operations });

describe('scim group PATCH paths', () => {
  it('parses members, a members value filter and displayName, in any case, with or without the core Group URN', () => {
    expect(parseGroupPath('members')).toEqual({ attr: 'members' });
    expect(parseGroupPath('Members')).toEqual({ attr: 'members' });
    expect(parseGroupPath('members[value eq "usr_a"]')).toEqual({ attr: 'members', value: 'usr_a' });
    expect(parseGroupPath(' members[ Value EQ "usr_a" ] ')).toEqual({ attr: 'members', value: 'usr_a' });
    expect(parseGroupPath('members[value eq "a \\"quoted\\" id"]')).toEqual({ attr: 'members', value: 'a "quoted" id' });
    expect(parseGroupPath('urn:ietf:params:scim:schemas:core:2.0:Group:displayName')).toEqual({ attr: 'displayname' });
    expect(parseGroupPath('externalId')).toEqual({ attr: 'externalid' });
    expect(parseGroupPath('EXTERNALID')).toEqual({ attr: 'externalid' });
  });

  it('refuses other paths and other member filters as invalidPath', () => {
    for (const path of [
      'members.value',
      'members[display eq "x"]',
      'members[value ne "x"]',
      'members[value eq x]',
      'externalId.value',
      'members[value eq "a"] or x',
    ]) {
      expect(issueOf(() => parseGroupPath(path))).toBe('path');
    }
  });
});

describe('scim group PATCH operations', () => {
  it('adds members (op in any case), without duplicates', () => {
    expect(apply({ op: 'Add', path: 'members', value: [{ value: 'usr_c' }, { value: 'usr_a', display: 'A' }] }).members).toEqual([
      'usr_a',
      'usr_b',
      'usr_c',
    ]);
  });

  it('removes one member by a value filter (Okta), by a value list (Entra ID), or all of them', () => {
    expect(apply({ op: 'remove', path: 'members[value eq "usr_a"]' }).members).toEqual(['usr_b']);
    expect(apply({ op: 'Remove', path: 'members', value: [{ value: 'usr_b' }] }).members).toEqual(['usr_a']);
    expect(apply({ op: 'REMOVE', path: 'members' }).members).toEqual([]);
  });

  it('replaces the members, and displayName with a path or in a value object', () => {
    expect(apply({ op: 'replace', path: 'members', value: [{ value: 'usr_z' }] }).members).toEqual(['usr_z']);
    expect(apply({ op: 'Replace', path: 'displayName', value: 'Renamed' }).displayName).toBe('Renamed');
    expect(apply({ op: 'replace', value: { displayName: 'Renamed', members: [] } })).toEqual({
      displayName: 'Renamed',
      externalId: 'e-1',
      members: [],
    });
  });

  it('sets externalId with a path or in a value object, and removes it', () => {
    expect(apply({ op: 'Replace', path: 'externalId', value: 'e-2' }).externalId).toBe('e-2');
    expect(apply({ op: 'add', value: { externalId: 'e-3' } }).externalId).toBe('e-3');
    expect(apply({ op: 'remove', path: 'externalId' }).externalId).toBeNull();
    expect(issueOf(() => apply({ op: 'replace', path: 'externalId', value: 7 }))).toBe('externalId');
  });

  it('answers noTarget for a remove without a path or a filter that matches no member', () => {
    expect(issueOf(() => apply({ op: 'remove' }))).toBe('target');
    expect(issueOf(() => apply({ op: 'remove', path: 'members[value eq "usr_none"]' }))).toBe('target');
  });

  it('answers invalidSyntax or invalidValue for malformed operations', () => {
    expect(issueOf(() => appliedGroupPatch(GROUP, { Operations: [{ op: 'add', path: 'members', value: [] }] }))).toBe('body');
    expect(issueOf(() => apply({ op: 'move', path: 'members' }))).toBe('body');
    expect(issueOf(() => apply({ op: 'add', path: 'members' }))).toBe('body');
    expect(issueOf(() => apply({ op: 'add', path: 'members', value: [{ display: 'no value' }] }))).toBe('members');
    expect(issueOf(() => apply({ op: 'remove', path: 'displayName' }))).toBe('displayName');
    expect(issueOf(() => apply({ op: 'add', path: 'members[value eq "usr_a"]', value: [{ value: 'usr_a' }] }))).toBe('path');
  });
});

describe('scim group renames and resources', () => {
  it('renames with a path (Entra ID) and by a value object that names the group’s id (Okta)', () => {
    expect(apply({ op: 'Replace', path: 'displayName', value: 'Sales EMEA' }).displayName).toBe('Sales EMEA');
    expect(apply({ op: 'replace', value: { id: '11', displayName: 'Sales EMEA' } })).toEqual({ ...GROUP, displayName: 'Sales EMEA' });
  });

  it('reads a POST or PUT body: displayName required, externalId (null when not sent), members when sent (deduplicated)', () => {
    expect(groupResource({ displayName: 'Ops', externalId: 'x' })).toEqual({ displayName: 'Ops', externalId: 'x' });
    expect(groupResource({ displayName: 'Ops', members: [{ value: 'usr_a' }, { value: 'usr_a' }] })).toEqual({
      displayName: 'Ops',
      externalId: null,
      members: ['usr_a'],
    });
    expect(issueOf(() => groupResource({ displayName: 'Ops', externalId: { id: 'x' } }))).toBe('externalId');
    expect(issueOf(() => groupResource({ displayName: ' ' }))).toBe('displayName');
    expect(issueOf(() => groupResource({ displayName: 'Ops', members: { value: 'usr_a' } }))).toBe('members');
  });
});

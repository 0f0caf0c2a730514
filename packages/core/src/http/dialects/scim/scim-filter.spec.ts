import { userFilterOf } from './scim-filter';
import { issueOf } from './scim-issue.fixture';

const at = (iso: string) => new Date(iso);

describe('scim filter → store filter tree', () => {
  it('eq on userName follows the tenant (e-mail normalised, or the login), attribute names in any case, with or without the URN', () => {
    expect(userFilterOf('userName eq " A@B.example"', 'email')).toEqual({ text: 'email', op: 'eq', value: 'a@b.example' });
    expect(userFilterOf('USERNAME eq "JDoe"', 'login')).toEqual({ text: 'login', op: 'eq', value: 'JDoe' });
    expect(userFilterOf('urn:ietf:params:scim:schemas:core:2.0:User:externalId eq "X-1"', 'email')).toEqual({
      text: 'scimExternalId',
      op: 'eq',
      value: 'X-1',
    });
    expect(userFilterOf('id eq "usr_1"', 'email')).toEqual({ text: 'publicId', op: 'eq', value: 'usr_1' });
  });

  it('every comparison operator on the text attributes; ne and "eq null" as negations', () => {
    const ops = ['eq', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'] as const;
    for (const op of ops) {
      expect(userFilterOf(`name.familyName ${op} "O'B"`, 'email')).toEqual({ text: 'lastName', op, value: "O'B" });
    }
    expect(userFilterOf('name.givenName sw "Ad"', 'email')).toEqual({ text: 'firstName', op: 'sw', value: 'Ad' });
    // scim2-parse-filter reads a backslash literally unless it escapes a quote.
    expect(userFilterOf('title co "%_\\b\\""', 'email')).toEqual({ text: 'jobTitle', op: 'co', value: '%_\\b"' });
    expect(userFilterOf('emails.value ne "a@b.c"', 'email')).toEqual({ not: { text: 'email', op: 'eq', value: 'a@b.c' } });
    expect(userFilterOf('title eq null', 'email')).toEqual({ not: { text: 'jobTitle', op: 'pr' } });
    expect(userFilterOf('title pr', 'email')).toEqual({ text: 'jobTitle', op: 'pr' });
    expect(userFilterOf('userName pr', 'login')).toEqual({ text: 'login', op: 'pr' });
  });

  it('dates: meta.created and meta.lastModified against RFC 3339 dateTimes', () => {
    expect(userFilterOf('meta.created gt "2026-01-02T03:04:05Z"', 'email')).toEqual({
      date: 'createdAt',
      op: 'gt',
      value: at('2026-01-02T03:04:05Z'),
    });
    expect(userFilterOf('meta.lastModified le "2026-01-02T03:04:05.123+01:00"', 'email')).toEqual({
      date: 'updatedAt',
      op: 'le',
      value: at('2026-01-02T02:04:05.123Z'),
    });
    expect(userFilterOf('meta.created ne "2026-01-02T03:04:05Z"', 'email')).toEqual({
      not: { date: 'createdAt', op: 'eq', value: at('2026-01-02T03:04:05Z') },
    });
    expect(userFilterOf('meta.created pr', 'email')).toEqual({ and: [] });
  });

  it('active as statuses; and, or, not and parentheses as the tree', () => {
    expect(userFilterOf('active eq "False"', 'email')).toEqual({ statuses: ['inactive'] });
    expect(userFilterOf('active ne false', 'email')).toEqual({ statuses: ['active', 'pending'] });
    expect(userFilterOf('(externalId eq "1" or externalId eq "2") and not (active eq true)', 'email')).toEqual({
      and: [
        {
          or: [
            { text: 'scimExternalId', op: 'eq', value: '1' },
            { text: 'scimExternalId', op: 'eq', value: '2' },
          ],
        },
        { not: { statuses: ['active', 'pending'] } },
      ],
    });
  });

  it('emails[…]: the work e-mail (type work, primary), its value with any operator', () => {
    const email = { text: 'email', op: 'pr' };
    expect(userFilterOf('emails[type eq "work"].value eq "X@Y.example"', 'login')).toEqual({
      and: [email, { text: 'email', op: 'eq', value: 'x@y.example' }],
    });
    expect(userFilterOf('emails[type eq "work" and value co "@x"]', 'email')).toEqual({
      and: [email, { text: 'email', op: 'co', value: '@x' }],
    });
    expect(userFilterOf('emails[primary eq true]', 'email')).toEqual(email);
    expect(userFilterOf('emails[type eq "home"]', 'email')).toEqual({ or: [] });
    expect(userFilterOf('emails[not (type eq "home")]', 'email')).toEqual({ not: { or: [] } });
    expect(userFilterOf('emails.type ne "work"', 'email')).toEqual({ not: email });
  });

  it('refuses what is not stored, not comparable or not well-formed as a filter issue (invalidFilter)', () => {
    for (const filter of [
      'displayName eq "x"',
      'phoneNumbers[type eq "work"]',
      'groups eq "1"',
      'emails[display eq "x"]',
      'emails[value eq "a" and (type eq "work")].value',
      'active gt true',
      'active eq "maybe"',
      'meta.created co "2026"',
      'meta.created gt "yesterday"',
      'userName gt 3',
      'userName eq',
      '((',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "x"',
      `userName eq "${'a'.repeat(3000)}"`,
    ]) {
      expect([filter, issueOf(() => userFilterOf(filter, 'email'))]).toEqual([filter, 'filter']);
    }
    const wide = Array.from({ length: 26 }, () => '(userName eq "u@example.com" or externalId eq "e")').join(' and ');
    expect(issueOf(() => userFilterOf(wide, 'email'))).toBe('filter');
  });
});

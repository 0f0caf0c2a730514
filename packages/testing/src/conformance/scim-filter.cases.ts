import { expect, it } from '@jest/globals';
import { expectScimError, filterPath, USER_SCHEMA, type ScimAnswer, type ScimSend } from './scim-client';

const userNames = (answer: ScimAnswer) => (answer.json.Resources as { userName: string }[]).map((user) => user.userName);

/**
 * The /Users filter cases of the scim suite (RFC 7644 §3.4.2.2): every operator, `not`,
 * complex attribute filters, LIKE's special characters taken literally, dates; over users of
 * their own (`flt.*@acme.example.com`), so `userName sw "flt."` narrows every query to them.
 */
export function scimFilterCases(send: ScimSend): void {
  it('filters: eq ne co sw ew pr gt ge lt le, not, emails[…], titles and names in any case, meta dates; paged', async () => {
    const make = async (local: string, body: Record<string, unknown>) => {
      const answer = await send('POST', '/Users', { body: { schemas: [USER_SCHEMA], userName: `flt.${local}@acme.example.com`, ...body } });
      expect(answer.status).toBe(201);
      return answer;
    };
    const ada = await make('ada', { name: { givenName: 'Ada', familyName: "O'Brien" }, title: 'Chief Engineer', externalId: 'Flt-1' });
    await make('per%cent', { name: { givenName: 'Grace', familyName: 'Hopper_x' }, active: false });
    await make('bob', { name: { givenName: 'bob', familyName: 'Hopperz' }, title: 'engineer' });
    const ours = (filter: string) => send('GET', filterPath(`userName sw "flt." and (${filter})`));
    const names = async (filter: string) => userNames(await ours(filter)).sort();

    expect(await names('name.familyName eq "o\'brien"')).toEqual(['flt.ada@acme.example.com']);
    expect(await names('userName co "%"')).toEqual(['flt.per%cent@acme.example.com']);
    expect(await names('name.familyName sw "HOPPER_"')).toEqual(['flt.per%cent@acme.example.com']);
    expect(await names('emails.value ew "T@ACME.EXAMPLE.COM"')).toEqual(['flt.per%cent@acme.example.com']);
    expect(await names('title co "engineer"')).toEqual(['flt.ada@acme.example.com', 'flt.bob@acme.example.com']);
    expect(await names('not (title pr)')).toEqual(['flt.per%cent@acme.example.com']);
    expect(await names('title ne "engineer"')).toEqual(['flt.ada@acme.example.com', 'flt.per%cent@acme.example.com']);
    expect(await names('externalId eq "flt-1"')).toEqual([]);
    expect(await names('externalId eq "Flt-1" or active eq false')).toEqual(['flt.ada@acme.example.com', 'flt.per%cent@acme.example.com']);
    expect(await names('name.GIVENNAME gt "b" and name.givenName le "grace"')).toEqual([
      'flt.bob@acme.example.com',
      'flt.per%cent@acme.example.com',
    ]);
    expect(await names('emails[type eq "work" and value co "bob"]')).toEqual(['flt.bob@acme.example.com']);
    expect(await names('emails[type eq "home"]')).toEqual([]);
    expect(await names(`id eq "${ada.json.id as string}"`)).toEqual(['flt.ada@acme.example.com']);

    // Later users were created at the same millisecond or after: ge holds for all, lt for none.
    const created = (ada.json.meta as { created: string }).created;
    expect((await names(`meta.created ge "${created}"`)).length).toBe(3);
    expect(await names(`meta.created lt "${created}"`)).toEqual([]);
    expect((await names('meta.lastModified gt "2000-01-01T00:00:00Z" and meta.lastModified pr')).length).toBe(3);

    // Okta and Entra ID page with startIndex/count: the total counts every match.
    const page = await send('GET', `${filterPath('userName sw "flt."')}&startIndex=2&count=1`);
    expect(page.json).toMatchObject({ totalResults: 3, startIndex: 2, itemsPerPage: 1 });
    expect(userNames(page)).toEqual(['flt.per%cent@acme.example.com']);

    for (const filter of [
      'displayName eq "Ada"',
      'active gt true',
      'meta.created gt "yesterday"',
      'phoneNumbers[type eq "work"]',
      'title eq 1',
    ]) {
      expectScimError(await send('GET', filterPath(filter)), 400, 'invalidFilter');
    }
  });
}

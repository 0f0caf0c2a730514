import { expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import { GROUP_SCHEMA } from './scim-group-helpers';
import { ERROR_SCHEMA, expectScimError, filterPath, patch, SCIM_JSON, USER_SCHEMA, type ScimAnswer, type ScimSend } from './scim-client';

const BULK_REQUEST = 'urn:ietf:params:scim:api:messages:2.0:BulkRequest';
const BULK_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:BulkResponse';
const keys = fixture.acme.keys;

interface BulkResult {
  readonly method: string;
  readonly bulkId?: string;
  readonly location?: string;
  readonly version?: string;
  readonly status: string;
  readonly response?: { schemas: string[]; status: string; scimType?: string; detail: string };
}

const bulk = (operations: unknown[], extra: Record<string, unknown> = {}) => ({
  schemas: [BULK_REQUEST],
  ...extra,
  Operations: operations,
});
const results = (answer: ScimAnswer) => answer.json.Operations as BulkResult[];
const user = (local: string) => ({
  schemas: [USER_SCHEMA],
  userName: `${local}@acme.example.com`,
  name: { givenName: local, familyName: 'Bulk' },
});

/**
 * POST /Bulk (RFC 7644 §3.7): operations on Users and Groups run in order through the single
 * routes (their rules, errors and ETags), `bulkId` references, `failOnErrors`, the limits of
 * ServiceProviderConfig (413), and the request errors; over users and groups of their own.
 */
export function scimBulkCases(send: ScimSend): void {
  it('bulk: ServiceProviderConfig says it is supported, with its limits', async () => {
    const config = await send('GET', '/ServiceProviderConfig', { key: null });
    expect(config.json.bulk).toEqual({ supported: true, maxOperations: 100, maxPayloadSize: 1048576 });
  });

  it('bulk: users and a group whose members are bulkId references, then PATCH, PUT and DELETE by bulkId and by version', async () => {
    const answer = await send('POST', '/Bulk', {
      body: bulk([
        { method: 'POST', path: '/Users', bulkId: 'ada', data: user('bulk.ada') },
        { method: 'POST', path: '/Users', bulkId: 'bob', data: user('bulk.bob') },
        {
          method: 'POST',
          path: '/Groups',
          bulkId: 'team',
          data: { schemas: [GROUP_SCHEMA], displayName: 'Bulk team', members: [{ value: 'bulkId:ada' }, { value: 'bulkId:bob' }] },
        },
        // Ada joined the group: her version is 2, so version 1 is stale (412) and 2 holds.
        { method: 'PATCH', path: '/Users/bulkId:ada', version: 'W/"1"', data: patch({ op: 'replace', path: 'title', value: 'Stale' }) },
        { method: 'PATCH', path: '/Users/bulkId:ada', version: 'W/"2"', data: patch({ op: 'replace', path: 'title', value: 'Lead' }) },
        { method: 'PATCH', path: '/Groups/bulkId:team', data: patch({ op: 'replace', path: 'displayName', value: 'Bulk team 2' }) },
        { method: 'DELETE', path: '/Users/bulkId:bob' },
        { method: 'PUT', path: '/Users/bulkId:ada', data: { ...user('bulk.ada'), title: 'Put' } },
      ]),
    });
    expect([answer.status, answer.headers['content-type']]).toEqual([200, SCIM_JSON]);
    expect(answer.json.schemas).toEqual([BULK_RESPONSE]);
    const ops = results(answer);
    expect(ops.map((op) => [op.method, op.bulkId, op.status])).toEqual([
      ['POST', 'ada', '201'],
      ['POST', 'bob', '201'],
      ['POST', 'team', '201'],
      ['PATCH', undefined, '412'],
      ['PATCH', undefined, '200'],
      ['PATCH', undefined, '200'],
      ['DELETE', undefined, '204'],
      ['PUT', undefined, '200'],
    ]);
    const ada = (ops[0]?.location ?? '').replace('/scim/v2/Users/', '');
    const bob = (ops[1]?.location ?? '').replace('/scim/v2/Users/', '');
    const team = (ops[2]?.location ?? '').replace('/scim/v2/Groups/', '');
    expect([ada, bob, team].every((id) => id !== '' && !id.startsWith('/'))).toBe(true);
    expect(ops[0]).toEqual({ method: 'POST', bulkId: 'ada', location: `/scim/v2/Users/${ada}`, version: 'W/"1"', status: '201' });
    expect(ops[2]).toMatchObject({ location: `/scim/v2/Groups/${team}`, version: 'W/"3"' });
    expect(ops[3]).toEqual({
      method: 'PATCH',
      status: '412',
      response: { schemas: [ERROR_SCHEMA], status: '412', detail: expect.any(String) },
    });
    expect(ops[4]).toEqual({ method: 'PATCH', location: `/scim/v2/Users/${ada}`, version: 'W/"3"', status: '200' });
    expect(ops[6]).toEqual({ method: 'DELETE', location: `/scim/v2/Users/${bob}`, status: '204' });

    const group = await send('GET', `/Groups/${team}`);
    expect(group.json).toMatchObject({ displayName: 'Bulk team 2', members: [{ value: ada }] });
    const read = await send('GET', `/Users/${ada}`);
    expect([read.json.title, read.headers.etag]).toEqual(['Put', ops[7]?.version]);
    expectScimError(await send('GET', `/Users/${bob}`), 404);
    expect((await send('DELETE', `/Groups/${team}`)).status).toBe(204);
  });

  it('bulk: errors do not stop the others; failOnErrors stops after that many; a reference to no earlier POST is 409', async () => {
    const taken = fixture.acme.users.admin.email;
    const all = await send('POST', '/Bulk', {
      body: bulk([
        { method: 'POST', path: '/Users', bulkId: 'dup', data: { schemas: [USER_SCHEMA], userName: taken } },
        {
          method: 'POST',
          path: '/Groups',
          bulkId: 'g',
          data: { schemas: [GROUP_SCHEMA], displayName: 'Bulk refs', members: [{ value: 'bulkId:dup' }] },
        },
        { method: 'PATCH', path: '/Users/bulkId:later', data: patch({ op: 'replace', path: 'title', value: 'x' }) },
        { method: 'DELETE', path: '/Users/usr_missing' },
        { method: 'POST', path: '/Users/usr_x', bulkId: 'wrong', data: user('bulk.wrong') },
        { method: 'POST', path: '/Users', bulkId: 'later', data: user('bulk.later') },
      ]),
    });
    expect(all.status).toBe(200);
    const ops = results(all);
    expect(ops.map((op) => [op.status, op.response?.scimType])).toEqual([
      ['409', 'uniqueness'],
      ['409', undefined],
      ['409', undefined],
      ['404', undefined],
      ['400', 'invalidPath'],
      ['201', undefined],
    ]);
    expect(ops[1]).toMatchObject({ method: 'POST', bulkId: 'g', response: { status: '409', detail: expect.stringMatching(/bulkId:dup/) } });
    expect(ops[0]).not.toHaveProperty('location');
    expect((await send('GET', `/Groups?filter=${encodeURIComponent('displayName eq "Bulk refs"')}`)).json.totalResults).toBe(0);

    const stopped = await send('POST', '/Bulk', {
      body: bulk(
        [
          { method: 'POST', path: '/Users', bulkId: 'one', data: { schemas: [USER_SCHEMA], userName: taken } },
          { method: 'POST', path: '/Users', bulkId: 'two', data: user('bulk.never') },
        ],
        { failOnErrors: 1 },
      ),
    });
    expect(results(stopped).map((op) => [op.bulkId, op.status])).toEqual([['one', '409']]);
    expect((await send('GET', filterPath('userName eq "bulk.never@acme.example.com"'))).json.totalResults).toBe(0);
  });

  it('bulk: the rules of the single routes: permissions at the bulk, organization scope and group writers per operation', async () => {
    expectScimError(await send('POST', '/Bulk', { key: keys.readOnly, body: bulk([]) }), 403);
    const scoped = await send('POST', '/Bulk', {
      key: keys.sales,
      body: bulk([
        { method: 'POST', path: '/Users', bulkId: 's', data: user('bulk.sales') },
        { method: 'POST', path: '/Groups', bulkId: 'sg', data: { schemas: [GROUP_SCHEMA], displayName: 'Bulk sales group' } },
      ]),
    });
    expect(results(scoped).map((op) => op.status)).toEqual(['201', '403']);
    expect(results(scoped)[1]?.response).toMatchObject({ schemas: [ERROR_SCHEMA], status: '403' });
  });

  it('bulk: 400 invalidSyntax for what is not a BulkRequest, 413 over maxOperations or maxPayloadSize, 401, 405', async () => {
    const one = { method: 'DELETE', path: '/Users/usr_missing' };
    expectScimError(await send('POST', '/Bulk', { body: { Operations: [one] } }), 400, 'invalidSyntax');
    expectScimError(await send('POST', '/Bulk', { raw: '{"schemas":' }), 400, 'invalidSyntax');
    expectScimError(await send('POST', '/Bulk', { body: bulk([{ method: 'GET', path: '/Users' }]) }), 400, 'invalidSyntax');
    expectScimError(
      await send('POST', '/Bulk', { body: bulk([{ method: 'POST', path: '/Users', data: user('bulk.nobulkid') }]) }),
      400,
      'invalidSyntax',
    );
    expectScimError(await send('POST', '/Bulk', { body: bulk([{ method: 'PATCH', path: '/Users/x' }]) }), 400, 'invalidSyntax');
    expectScimError(await send('POST', '/Bulk', { body: bulk([one], { failOnErrors: 0 }) }), 400, 'invalidSyntax');
    const twice = { method: 'POST', path: '/Users', bulkId: 'same', data: user('bulk.twice') };
    expectScimError(await send('POST', '/Bulk', { body: bulk([twice, twice]) }), 400, 'invalidSyntax');

    const many = await send('POST', '/Bulk', { body: bulk(Array.from({ length: 101 }, () => one)) });
    expectScimError(many, 413);
    expect(many.json.detail).toMatch(/maxOperations \(100\)/);
    const filler = 'x'.repeat(1_100_000);
    expectScimError(await send('POST', '/Bulk', { body: bulk([{ ...one, data: { filler } }]) }), 413);
    expectScimError(await send('POST', '/Bulk', { key: null, body: bulk([one]) }), 401);
    const wrong = await send('GET', '/Bulk');
    expectScimError(wrong, 405);
    expect(wrong.headers.allow).toBe('POST');
  });
}

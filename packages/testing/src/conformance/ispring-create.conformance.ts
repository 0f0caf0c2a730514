import { describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import {
  DECLARATION,
  expectNoSecrets,
  expectText,
  expectXml,
  ispringActors as actors,
  useIspringHost,
  userProfileXml,
  type IspringCredentials,
} from './ispring-wire';

/** docs/dialects/ispring.md, "POST /user: create". */
export function describeIspringCreate(startHost: StartConformanceHost): void {
  describe('ispring POST /user', () => {
    const { send, answers } = useIspringHost(startHost);
    const create = (headers: Record<string, string>, as: IspringCredentials = actors.admin) => send('POST', '/user', { as, headers });
    const created = async (headers: Record<string, string>, as: IspringCredentials = actors.admin): Promise<number> => {
      const answer = await create(headers, as);
      expect({ status: answer.status, type: answer.headers['content-type'] }).toEqual({ status: 201, type: 'text/plain; charset=utf-8' });
      expect(answer.text).toMatch(/^[1-9]\d*$/);
      return Number(answer.text);
    };
    const profile = async (id: number, as: IspringCredentials = actors.owner) => expectXml(await send('GET', `/user/${id}`, { as }));

    it('201: the new id as plain text (no XML, no newline); no X-Exceeded-Groups when every group took the user', async () => {
      const answer = await create({ 'X-Email': 'plain.id@acme.example.com', 'X-Groups': '10' });
      expectText(answer, 201, answer.text);
      expect(answer.text).toMatch(/^[1-9]\d*$/);
      expect(answer.headers['x-exceeded-groups']).toBeUndefined();
      const id = Number(answer.text);
      expect(await profile(id)).toBe(
        `${DECLARATION}${userProfileXml({ id, status: 1, role: 'user', organizationId: 1, groups: [10], email: 'plain.id@acme.example.com' })}`,
      );
    });

    it('user ids are positive integers, unique per tenant', async () => {
      const ids = [await created({ 'X-Email': 'u1@acme.example.com' }), await created({ 'X-Email': 'u2@acme.example.com' })];
      expect(new Set(ids).size).toBe(2);
    });

    it('X-Email: must be a valid address (stored lower-cased); missing or invalid → 400 Bad Request', async () => {
      const id = await created({ 'X-Email': 'Upper.Case@ACME.example.com' });
      expect(await profile(id)).toContain('<email>upper.case@acme.example.com</email>');
      expectText(await create({}), 400, 'Bad Request');
      expectText(await create({ 'X-Login': 'no.email' }), 400, 'Bad Request');
      for (const email of ['not-an-email', 'a@', '@acme.example.com', 'two@@acme.example.com']) {
        expectText(await create({ 'X-Email': email }), 400, 'Bad Request');
      }
    });

    it('X-Login: optional where users are identified by e-mail; required where by login', async () => {
      const id = await created({ 'X-Email': 'with.login@acme.example.com', 'X-Login': 'withlogin' });
      expect(await profile(id)).toContain('<login>withlogin</login>');
      expectText(await create({ 'X-Email': 'someone@globex.example.org' }, actors.globex), 400, 'Bad Request');
      const globexId = await created({ 'X-Login': 'smithers' }, actors.globex);
      expect(await profile(globexId, actors.globex)).toBe(
        `${DECLARATION}${userProfileXml({ id: globexId, status: 1, role: 'user', organizationId: 1, login: 'smithers' })}`,
      );
    });

    it('X-Password: the user signs in with it; absent → a password is generated and never returned', async () => {
      await created({ 'X-Email': 'chosen@acme.example.com', 'X-Password': 'a chosen secret', 'X-Role': 'administrator' });
      expectXml(await send('GET', '/user', { as: { ...actors.admin, email: 'chosen@acme.example.com', password: 'a chosen secret' } }));
      const generated = await create({ 'X-Email': 'generated@acme.example.com', 'X-Role': 'administrator' });
      expect(generated.text).toMatch(/^\d+$/);
      expect(Object.keys(generated.headers).filter((name) => name.startsWith('x-'))).toEqual([]);
      expectNoSecrets([generated], ['a chosen secret']);
    });

    it("X-Organization-Id: default the actor's organization (root for administrators); must be an integer of a known organization", async () => {
      expect(await profile(await created({ 'X-Email': 'root@acme.example.com' }))).toContain('<organizationId>1</organizationId>');
      expect(await profile(await created({ 'X-Email': 'org4@acme.example.com', 'X-Organization-Id': '4' }))).toContain(
        '<organizationId>4</organizationId>',
      );
      expect(await profile(await created({ 'X-Email': 'sales.default@acme.example.com' }, actors.salesAdmin))).toContain(
        '<organizationId>2</organizationId>',
      );
      for (const value of ['two', '1.5', '-1', '2,3', '']) {
        expectText(await create({ 'X-Email': `bad.org@acme.example.com`, 'X-Organization-Id': value }), 400, 'Bad Request');
      }
      expectText(await create({ 'X-Email': 'unknown.org@acme.example.com', 'X-Organization-Id': '999' }), 400, 'Bad Request');
    });

    it('X-Send-Login-Email: 1 (default) or 0; anything else → 400; X-Invitation-Message is accepted', async () => {
      await created({ 'X-Email': 'mail1@acme.example.com', 'X-Send-Login-Email': '1', 'X-Invitation-Message': 'Welcome, Zoë!' });
      await created({ 'X-Email': 'mail0@acme.example.com', 'X-Send-Login-Email': '0' });
      expectText(await create({ 'X-Email': 'mail2@acme.example.com', 'X-Send-Login-Email': '2' }), 400, 'Bad Request');
    });

    it('X-Role: user (default), publisher, organizationAdministrator, administrator; unknown → 400', async () => {
      for (const role of ['user', 'publisher', 'organizationAdministrator', 'administrator']) {
        const id = await created({ 'X-Email': `role.${role.toLowerCase()}@acme.example.com`, 'X-Role': role });
        expect(await profile(id)).toContain(`<role>${role}</role>`);
      }
      for (const role of ['boss', 'Administrator', ''])
        expectText(await create({ 'X-Email': 'role.bad@acme.example.com', 'X-Role': role }), 400, 'Bad Request');
    });

    it('X-Groups: comma-separated ids; refused groups in X-Exceeded-Groups (unknown, or outside the scope), the user is created anyway', async () => {
      const answer = await create({ 'X-Email': 'groups@acme.example.com', 'X-Groups': '11,13,99,12' }, actors.salesAdmin);
      expect({ status: answer.status, exceeded: answer.headers['x-exceeded-groups'] }).toEqual({ status: 201, exceeded: '13,99' });
      expect(await profile(Number(answer.text))).toContain('<organizationId>2</organizationId><groups><id>11</id><id>12</id></groups>');
      expectText(await create({ 'X-Email': 'groups.bad@acme.example.com', 'X-Groups': '10,x' }), 400, 'Bad Request');
    });

    it("403 Permission Denied: a role above the actor's, an organization outside its scope", async () => {
      expectText(await create({ 'X-Email': 'p1@acme.example.com', 'X-Role': 'owner' }), 403, 'Permission Denied');
      expectText(
        await create({ 'X-Email': 'p2@acme.example.com', 'X-Role': 'administrator' }, actors.salesAdmin),
        403,
        'Permission Denied',
      );
      expectText(await create({ 'X-Email': 'p3@acme.example.com', 'X-Organization-Id': '4' }, actors.salesAdmin), 403, 'Permission Denied');
      expectText(await create({ 'X-Email': 'p4@acme.example.com', 'X-Organization-Id': '1' }, actors.salesAdmin), 403, 'Permission Denied');
      expect(await profile(await created({ 'X-Email': 'p5@acme.example.com', 'X-Organization-Id': '3' }, actors.salesAdmin))).toContain(
        '<organizationId>3</organizationId>',
      );
    });

    it("403 Permission Denied: the actor's role may not add users", async () => {
      expectText(await create({ 'X-Email': 'p6@acme.example.com' }, actors.publisher), 403, 'Permission Denied');
    });

    it('409 "User with the same email is already registered." (case-insensitive)', async () => {
      expectText(await create({ 'X-Email': 'EAST.USER@acme.example.com' }), 409, 'User with the same email is already registered.');
    });

    it('409 "User with the same login is already registered." (case-insensitive); e-mail is checked first', async () => {
      expectText(
        await create({ 'X-Email': 'fresh.login@acme.example.com', 'X-Login': 'EastUser' }),
        409,
        'User with the same login is already registered.',
      );
      expectText(
        await create({ 'X-Email': 'east.user@acme.example.com', 'X-Login': 'eastuser' }),
        409,
        'User with the same email is already registered.',
      );
    });

    it('403 "Number of user accounts is exceeded" at the seat limit; concurrent creates never exceed it', async () => {
      const attempts = await Promise.all([1, 2, 3, 4, 5].map((i) => create({ 'X-Email': `seat${i}@tiny.example.net` }, actors.tiny)));
      expect(attempts.map((answer) => answer.status).sort()).toEqual([201, 403, 403, 403, 403]);
      for (const answer of attempts.filter((a) => a.status === 403)) expectText(answer, 403, 'Number of user accounts is exceeded');
      expectText(await create({ 'X-Email': 'late@tiny.example.net' }, actors.tiny), 403, 'Number of user accounts is exceeded');
    });

    it('no answer carries a password or a hash', () => expectNoSecrets(answers, ['a chosen secret']));
  });
}

import { beforeAll, describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import {
  expectNoSecrets,
  expectText,
  expectXml,
  ispringActors as actors,
  ispringIdOf,
  useIspringHost,
  type IspringCredentials,
} from './ispring-wire';

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE fields [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' +
  '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><fields><first_name>&lol4;</first_name></fields>';
const EXTERNAL_ENTITY =
  '<?xml version="1.0"?><!DOCTYPE fields [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><fields><first_name>&xxe;</first_name></fields>';

/** docs/dialects/ispring.md, "POST /user/{id}: update" and "DELETE /user/{id}". */
export function describeIspringWrite(startHost: StartConformanceHost): void {
  describe('ispring POST /user/{id} and DELETE /user/{id}', () => {
    const { send, answers } = useIspringHost(startHost);
    const ids = { owner: 0, eastUser: 0, supportUser: 0, target: 0 };
    const update = (id: number | string, headers: Record<string, string>, as: IspringCredentials = actors.admin) =>
      send('POST', `/user/${id}`, { as, headers });
    const fields = (inner: string) => ({ 'X-Fields-Xml': `<fields>${inner}</fields>` });
    const profile = async (id: number) => expectXml(await send('GET', `/user/${id}`, { as: actors.owner }));
    const newUser = async (email: string, extra: Record<string, string> = {}) =>
      Number((await send('POST', '/user', { headers: { 'X-Email': email, ...extra } })).text);

    beforeAll(async () => {
      ids.owner = await ispringIdOf(send, actors.owner.email);
      ids.eastUser = await ispringIdOf(send, actors.eastUser.email);
      ids.supportUser = await ispringIdOf(send, actors.supportUser.email);
      ids.target = await newUser('target@acme.example.com', { 'X-Organization-Id': '3' });
    });

    it('X-Fields-Xml: login, email, first_name, last_name change; 200 with an empty body', async () => {
      const answer = await update(
        ids.target,
        fields('<login>target</login><email>Target.New@acme.example.com</email><first_name>Tara</first_name><last_name>Get</last_name>'),
      );
      expect({ status: answer.status, body: answer.text }).toEqual({ status: 200, body: '' });
      expect(await profile(ids.target)).toContain(
        '<fields><login>target</login><first_name>Tara</first_name><last_name>Get</last_name><email>target.new@acme.example.com</email></fields>',
      );
    });

    it('X-Fields-Xml: password changes the password', async () => {
      expect((await update(ids.target, { ...fields('<password>brand new secret</password>'), 'X-Role': 'administrator' })).status).toBe(
        200,
      );
      expectXml(await send('GET', '/user', { as: { ...actors.admin, email: 'target', password: 'brand new secret' } }));
      expect((await update(ids.target, { ...fields(''), 'X-Role': 'user' })).status).toBe(200);
    });

    it("X-Organization-Id moves the user within the actor's scope; outside it → 403 Permission Denied", async () => {
      expect((await update(ids.target, { ...fields(''), 'X-Organization-Id': '2' }, actors.salesAdmin)).status).toBe(200);
      expect(await profile(ids.target)).toContain('<organizationId>2</organizationId>');
      expectText(await update(ids.target, { ...fields(''), 'X-Organization-Id': '4' }, actors.salesAdmin), 403, 'Permission Denied');
      expect(await profile(ids.target)).toContain('<organizationId>2</organizationId>');
    });

    it("X-Role changes the role; a role above the actor's → 403 Permission Denied", async () => {
      expect((await update(ids.target, { ...fields(''), 'X-Role': 'publisher' }, actors.salesAdmin)).status).toBe(200);
      expect(await profile(ids.target)).toContain('<role>publisher</role>');
      expectText(await update(ids.target, { ...fields(''), 'X-Role': 'administrator' }, actors.salesAdmin), 403, 'Permission Denied');
      expectText(await update(ids.target, { ...fields(''), 'X-Role': 'owner' }), 403, 'Permission Denied');
    });

    it('X-Groups replaces the groups; refused ones in X-Exceeded-Groups', async () => {
      const answer = await update(ids.target, { ...fields(''), 'X-Groups': '11,12,13,98' }, actors.salesAdmin);
      expect({ status: answer.status, exceeded: answer.headers['x-exceeded-groups'] }).toEqual({ status: 200, exceeded: '13,98' });
      expect(await profile(ids.target)).toContain('<groups><id>11</id><id>12</id></groups>');
      const again = await update(ids.target, { ...fields(''), 'X-Groups': '12' });
      expect({ status: again.status, exceeded: again.headers['x-exceeded-groups'] }).toEqual({ status: 200, exceeded: undefined });
      expect(await profile(ids.target)).toContain('<groups><id>12</id></groups>');
    });

    it.each([
      ['missing', {}],
      ['malformed', { 'X-Fields-Xml': '<fields><first_name>A</fields>' }],
      ['not <fields>', { 'X-Fields-Xml': '<user><first_name>A</first_name></user>' }],
      ['an unknown field', { 'X-Fields-Xml': '<fields><role>owner</role></fields>' }],
      ['a DOCTYPE', { 'X-Fields-Xml': '<!DOCTYPE fields><fields><first_name>A</first_name></fields>' }],
      ['an entity declaration (billion laughs)', { 'X-Fields-Xml': BILLION_LAUGHS }],
      ['an external entity (file:///etc/passwd)', { 'X-Fields-Xml': EXTERNAL_ENTITY }],
    ])(
      'X-Fields-Xml %s → 400 Bad Request, before the user is looked up or any permission checked',
      async (_case, headers: Record<string, string>) => {
        expectText(await update(ids.eastUser, headers), 400, 'Bad Request');
        expectText(await update(999999, headers), 400, 'Bad Request');
        expectText(await update(ids.supportUser, headers, actors.salesAdmin), 400, 'Bad Request');
        expectText(await update(ids.owner, headers), 400, 'Bad Request');
        expectText(await update(ids.eastUser, headers, actors.publisher), 400, 'Bad Request');
        const east = await profile(ids.eastUser);
        expect(east).toContain('<first_name>Eve</first_name>');
        expect(east).not.toMatch(/lol|root:/);
      },
    );

    it('unknown id → 404 Unknown user', async () => {
      expectText(await update(999999, fields('<first_name>X</first_name>')), 404, 'Unknown user');
    });

    it("a user outside the actor's scope → 404 Unknown user", async () => {
      expectText(await update(ids.supportUser, fields('<first_name>X</first_name>'), actors.salesAdmin), 404, 'Unknown user');
      expect(await profile(ids.supportUser)).toContain('<first_name>Sue</first_name>');
    });

    it('a user ranked above the actor → 403 Permission Denied', async () => {
      expectText(await update(ids.owner, fields('<first_name>X</first_name>')), 403, 'Permission Denied');
      expect(await profile(ids.owner)).toContain('<first_name>Olive</first_name>');
    });

    it('a login or e-mail of another user → 400 "Invalid value <value>. Field <field> must be unique."', async () => {
      expectText(
        await update(ids.target, fields('<email>East.User@acme.example.com</email>')),
        400,
        'Invalid value East.User@acme.example.com. Field email must be unique.',
      );
      expectText(await update(ids.target, fields('<login>EASTUSER</login>')), 400, 'Invalid value EASTUSER. Field login must be unique.');
      expect((await update(ids.target, fields('<email>TARGET.new@acme.example.com</email><login>target</login>'))).status).toBe(200);
    });

    it('DELETE: 204 with no body; the user is gone', async () => {
      const id = await newUser('doomed@acme.example.com');
      const answer = await send('DELETE', `/user/${id}`);
      expect({ status: answer.status, body: answer.text }).toEqual({ status: 204, body: '' });
      expectText(await send('GET', `/user/${id}`), 404, 'Unknown User');
    });

    it('DELETE: unknown id → 404 Unknown user', async () => {
      expectText(await send('DELETE', '/user/999999'), 404, 'Unknown user');
    });

    it("DELETE: a user outside the actor's scope → 404 Unknown user", async () => {
      expectText(await send('DELETE', `/user/${ids.supportUser}`, { as: actors.salesAdmin }), 404, 'Unknown user');
      expectXml(await send('GET', `/user/${ids.supportUser}`));
    });

    it('DELETE: a user ranked above the actor → 403 Permission Denied', async () => {
      expectText(await send('DELETE', `/user/${ids.owner}`), 403, 'Permission Denied');
      expectXml(await send('GET', `/user/${ids.owner}`));
    });

    it('DELETE: an organization administrator deletes inside its scope', async () => {
      const answer = await send('DELETE', `/user/${ids.target}`, { as: actors.salesAdmin });
      expect({ status: answer.status, body: answer.text }).toEqual({ status: 204, body: '' });
    });

    it('no answer carries a password or a hash', () => expectNoSecrets(answers, ['brand new secret']));
  });
}

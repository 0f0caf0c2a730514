import { beforeAll, describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import {
  DECLARATION,
  expectNoSecrets,
  expectText,
  expectXml,
  ispringActors as actors,
  ispringIdOf,
  useIspringHost,
  userIdsOf,
  userProfileXml,
} from './ispring-wire';

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** docs/dialects/ispring.md, "GET /user: list" and "GET /user/{id}". */
export function describeIspringRead(startHost: StartConformanceHost): void {
  describe('ispring GET /user and GET /user/{id}', () => {
    const { send, answers } = useIspringHost(startHost);
    const ids = { salesAdmin: 0, eastUser: 0, supportUser: 0, inactive: 0, grouped: 0 };
    const list = (headers: Record<string, string> = {}, as = actors.admin) => send('GET', '/user', { as, headers });
    const east = () =>
      userProfileXml({
        id: ids.eastUser,
        status: 1,
        role: 'user',
        organizationId: 3,
        login: 'eastuser',
        firstName: 'Eve',
        lastName: 'East',
        email: 'east.user@acme.example.com',
      });

    beforeAll(async () => {
      ids.salesAdmin = await ispringIdOf(send, actors.salesAdmin.email);
      ids.eastUser = await ispringIdOf(send, actors.eastUser.email);
      ids.supportUser = await ispringIdOf(send, actors.supportUser.email);
      ids.inactive = await ispringIdOf(send, actors.inactive.email);
      const created = await send('POST', '/user', {
        headers: { 'X-Email': 'grouped@acme.example.com', 'X-Groups': '12,13', 'X-Organization-Id': '3' },
      });
      ids.grouped = Number(created.text);
    });

    it('200 application/xml: the declaration, then <users> of <userProfile>, one per user of the tenant', async () => {
      const xml = expectXml(await list());
      expect(xml.startsWith(`${DECLARATION}<users><userProfile>`)).toBe(true);
      expect(xml.endsWith('</userProfile></users>')).toBe(true);
      expect(userIdsOf(xml)).toHaveLength(8);
      expect(xml).toContain(east());
    });

    it('status is 1 for active users, 3 for inactive ones', async () => {
      const xml = expectXml(await list());
      expect(xml).toContain(
        userProfileXml({
          id: ids.inactive,
          status: 3,
          role: 'administrator',
          organizationId: 1,
          login: 'inactive',
          firstName: 'Ian',
          lastName: 'Active',
          email: 'inactive@acme.example.com',
        }),
      );
      expect(xml.match(/<status>3<\/status>/g)).toHaveLength(1);
    });

    it('X-Organization-Id filters the list to that organization', async () => {
      const grouped = userProfileXml({
        id: ids.grouped,
        status: 1,
        role: 'user',
        organizationId: 3,
        groups: [12, 13],
        email: 'grouped@acme.example.com',
      });
      expect(expectXml(await list({ 'X-Organization-Id': '3' }))).toBe(`${DECLARATION}<users>${east()}${grouped}</users>`);
      expect(expectXml(await list({ 'X-Organization-Id': '999' }))).toBe(`${DECLARATION}<users></users>`);
    });

    it("X-Group-Id filters the list to that group's members", async () => {
      expect(userIdsOf(expectXml(await list({ 'X-Group-Id': '13' })))).toEqual([ids.grouped]);
      expect(userIdsOf(expectXml(await list({ 'X-Group-Id': '13', 'X-Organization-Id': '4' })))).toEqual([]);
    });

    it('a non-integer filter → 400 Bad Request', async () => {
      expectText(await list({ 'X-Organization-Id': 'three' }), 400, 'Bad Request');
      expectText(await list({ 'X-Group-Id': '12,13' }), 400, 'Bad Request');
    });

    it('an organization administrator sees only its own scope (its organization and those below)', async () => {
      const xml = expectXml(await list({}, actors.salesAdmin));
      expect(userIdsOf(xml).sort((a, b) => a - b)).toEqual([ids.salesAdmin, ids.eastUser, ids.grouped].sort((a, b) => a - b));
      expect(expectXml(await list({ 'X-Organization-Id': '4' }, actors.salesAdmin))).toBe(`${DECLARATION}<users></users>`);
      expect(userIdsOf(expectXml(await list({ 'X-Group-Id': '13' }, actors.salesAdmin)))).toEqual([ids.grouped]);
    });

    it('text is XML-escaped: a name like <b>& round-trips', async () => {
      const fields = '<fields><first_name>&lt;b&gt;&amp;</first_name><last_name><![CDATA[</last_name><role>x]]></last_name></fields>';
      expect((await send('POST', `/user/${ids.grouped}`, { headers: { 'X-Fields-Xml': fields } })).status).toBe(200);
      const xml = expectXml(await send('GET', `/user/${ids.grouped}`));
      expect(xml).toContain('<first_name>&lt;b&gt;&amp;</first_name><last_name>&lt;/last_name&gt;&lt;role&gt;x</last_name>');
      const first = /<first_name>(.*?)<\/first_name>/.exec(xml)![1]!;
      const last = /<last_name>(.*?)<\/last_name>/.exec(xml)![1]!;
      expect([unescape(first), unescape(last)]).toEqual(['<b>&', '</last_name><role>x']);
      expect(expectXml(await list())).toContain('<first_name>&lt;b&gt;&amp;</first_name>');
    });

    it('non-ASCII names survive X-Fields-Xml and the XML answer (UTF-8)', async () => {
      const fields = '<fields><first_name>Zoë</first_name><last_name>Ström 日本</last_name></fields>';
      expect((await send('POST', `/user/${ids.grouped}`, { headers: { 'X-Fields-Xml': fields } })).status).toBe(200);
      expect(expectXml(await send('GET', `/user/${ids.grouped}`))).toContain(
        '<first_name>Zoë</first_name><last_name>Ström 日本</last_name>',
      );
    });

    it('GET /user/{id}: 200 with the <userProfile> element as the root', async () => {
      expect(expectXml(await send('GET', `/user/${ids.eastUser}`))).toBe(`${DECLARATION}${east()}`);
      expect(expectXml(await send('GET', `/user/${ids.eastUser}`, { as: actors.salesAdmin }))).toBe(`${DECLARATION}${east()}`);
    });

    it('GET /user/{id}: unknown id → 404 Unknown User', async () => {
      expectText(await send('GET', '/user/999999'), 404, 'Unknown User');
      expectText(await send('GET', '/user/abc'), 404, 'Unknown User');
    });

    it("GET /user/{id}: a user outside the actor's scope → 404 Unknown User", async () => {
      expectText(await send('GET', `/user/${ids.supportUser}`, { as: actors.salesAdmin }), 404, 'Unknown User');
      expectText(await send('GET', `/user/${ids.eastUser}`, { as: actors.globex }), 404, 'Unknown User');
    });

    it('no answer carries a password or a hash', () => expectNoSecrets(answers));
  });
}

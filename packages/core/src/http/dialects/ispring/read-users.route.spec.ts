import { XMLParser } from 'fast-xml-parser';
import { actors, idOf, setupIspring, type IspringHarness } from './ispring.fixture';

const XML = 'application/xml; charset=utf-8';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const profile = (
  id: number,
  status: number,
  role: string,
  org: number,
  groups: string,
  login: string,
  first: string,
  last: string,
  email: string,
) =>
  `<userProfile><userId>${id}</userId><status>${status}</status><role>${role}</role><organizationId>${org}</organizationId>` +
  `<groups>${groups}</groups><fields><login>${login}</login><first_name>${first}</first_name><last_name>${last}</last_name>` +
  `<email>${email}</email></fields></userProfile>`;

describe('ispring GET /user and GET /user/{id}', () => {
  let harness: IspringHarness;
  let ids: Record<'salesAdmin' | 'eastUser' | 'supportUser' | 'inactive', number>;
  beforeEach(async () => {
    harness = await setupIspring();
    ids = {
      salesAdmin: await idOf(harness, actors.salesAdmin.email),
      eastUser: await idOf(harness, actors.eastUser.email),
      supportUser: await idOf(harness, actors.supportUser.email),
      inactive: await idOf(harness, actors.inactive.email),
    };
  });

  const list = (headers: Record<string, string> = {}, as = actors.admin) => harness.send('GET', '/user', { as, headers });
  const userIds = (xml: string) => [...xml.matchAll(/<userId>(\d+)<\/userId>/g)].map((match) => Number(match[1]));

  it('lists every user of the tenant as XML, with the exact shape of the spec', async () => {
    const answer = await list();
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({ 'Content-Type': XML, 'X-Total-Count': '7' });
    expect(answer.text.startsWith(`${DECLARATION}<users><userProfile><userId>`)).toBe(true);
    expect(answer.text.endsWith('</userProfile></users>')).toBe(true);
    expect(userIds(answer.text)).toHaveLength(7);
    expect(answer.text).toContain(profile(ids.eastUser, 1, 'user', 3, '', 'eastuser', 'Eve', 'East', 'east.user@acme.example.com'));
  });

  it('writes status 3 for an inactive user', async () => {
    const answer = await list();
    expect(answer.text).toContain(
      profile(ids.inactive, 3, 'administrator', 1, '', 'inactive', 'Ian', 'Active', 'inactive@acme.example.com'),
    );
  });

  it('filters by X-Organization-Id (that organization only) and by X-Group-Id', async () => {
    const byOrganization = await list({ 'X-Organization-Id': '3' });
    expect(byOrganization.text).toBe(
      `${DECLARATION}<users>${profile(ids.eastUser, 1, 'user', 3, '', 'eastuser', 'Eve', 'East', 'east.user@acme.example.com')}</users>`,
    );
    const created = await harness.send('POST', '/user', { headers: { 'X-Email': 'grouped@acme.example.com', 'X-Groups': '12,13' } });
    const byGroup = await list({ 'X-Group-Id': '12' });
    expect(userIds(byGroup.text)).toEqual([Number(created.text)]);
    expect(byGroup.text).toContain('<groups><id>12</id><id>13</id></groups>');
    expect((await list({ 'X-Group-Id': '12', 'X-Organization-Id': '4' })).text).toBe(`${DECLARATION}<users></users>`);
  });

  it('shows an organization administrator its own subtree only', async () => {
    const answer = await list({}, actors.salesAdmin);
    expect(userIds(answer.text).sort()).toEqual([ids.salesAdmin, ids.eastUser].sort());
    expect(answer.headers['X-Total-Count']).toBe('2');
    expect((await list({ 'X-Organization-Id': '4' }, actors.salesAdmin)).text).toBe(`${DECLARATION}<users></users>`);
    expect(userIds((await list({ 'X-Organization-Id': '3' }, actors.salesAdmin)).text)).toEqual([ids.eastUser]);
  });

  it.each([
    ['X-Organization-Id', 'one'],
    ['X-Group-Id', '1,2'],
    ['X-Page', '0'],
    ['X-Page', 'two'],
  ])('answers 400 Bad Request for %s: %s', async (name, value) => {
    const answer = await list({ [name]: value });
    expect([answer.status, answer.text, answer.headers['Content-Type']]).toEqual([400, 'Bad Request', 'text/plain; charset=utf-8']);
  });

  it('answers at most listLimit users, in creation order, X-Page reaching the rest', async () => {
    const small = await setupIspring({ listLimit: 3 });
    const pages = await Promise.all(['1', '2', '3', '4'].map((page) => small.send('GET', '/user', { headers: { 'X-Page': page } })));
    expect(pages.map((page) => userIds(page.text))).toEqual([[1, 2, 3], [4, 5, 6], [7], []]);
    expect(pages.every((page) => page.headers['X-Total-Count'] === '7')).toBe(true);
    expect(userIds((await small.send('GET', '/user')).text)).toEqual([1, 2, 3]);
  });

  it('round-trips a name like <b>& through the XML', async () => {
    const fields = '<fields><first_name>&lt;b&gt;&amp;</first_name><last_name>&#93;&#93;&gt;</last_name></fields>';
    expect((await harness.send('POST', `/user/${ids.eastUser}`, { headers: { 'X-Fields-Xml': fields } })).status).toBe(200);
    const xml = (await harness.send('GET', `/user/${ids.eastUser}`)).text;
    expect(xml).toContain('<first_name>&lt;b&gt;&amp;</first_name><last_name>]]&gt;</last_name>');
    const parsed = new XMLParser({ parseTagValue: false }).parse(xml);
    expect(parsed.userProfile.fields).toEqual({
      login: 'eastuser',
      first_name: '<b>&',
      last_name: ']]>',
      email: 'east.user@acme.example.com',
    });
    expect((await list()).text).toContain('<first_name>&lt;b&gt;&amp;</first_name>');
  });

  it('GET /user/{id}: the <userProfile> as the root', async () => {
    const answer = await harness.send('GET', `/user/${ids.eastUser}`);
    expect(answer.status).toBe(200);
    expect(answer.headers).toEqual({ 'Content-Type': XML });
    expect(answer.text).toBe(
      `${DECLARATION}${profile(ids.eastUser, 1, 'user', 3, '', 'eastuser', 'Eve', 'East', 'east.user@acme.example.com')}`,
    );
  });

  it('GET /user/{id}: 404 Unknown User for an unknown id, a malformed id, or a user outside the scope', async () => {
    for (const [path, as] of [
      ['/user/999', actors.admin],
      ['/user/abc', actors.admin],
      ['/user/0', actors.admin],
      ['/user/-4', actors.admin],
      [`/user/${ids.supportUser}`, actors.salesAdmin],
      [`/user/${ids.eastUser}`, actors.globex],
    ] as const) {
      const answer = await harness.send('GET', path, { as });
      expect([path, answer.status, answer.text, answer.headers['Content-Type']]).toEqual([
        path,
        404,
        'Unknown User',
        'text/plain; charset=utf-8',
      ]);
    }
    expect((await harness.send('GET', `/user/${ids.eastUser}`, { as: actors.salesAdmin })).status).toBe(200);
  });
});

import { beforeAll, describe, expect, it } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { expectNoSecrets, expectText, expectXml, ispringActors as actors, useIspringHost } from './ispring-wire';

/** iSpring Learn's own update sample, byte for byte as its documentation sends it. */
const ISPRING_SAMPLE =
  '<fields><first_name>John</first_name><email>john@gmail.com</email><last_name>Smith</last_name><phone>123-31-23</phone>' +
  '<state>Texas</state><country_id>1</country_id><password>1234</password></fields>';

/** The `<fields>` element of a `<userProfile>` document. */
const fieldsOf = (xml: string): string => /<fields>.*<\/fields>|<fields\/>/s.exec(xml)?.[0] ?? '';

/** docs/dialects/ispring.md, "Profile fields": the acme tenant has USER_FIELD_xPH1D (list), EMP_CODE (unique), CLEARANCE (required). */
export function describeIspringProfile(startHost: StartConformanceHost): void {
  describe('ispring profile fields', () => {
    const { send, answers } = useIspringHost(startHost);
    const ids = { sample: 0, first: 0, second: 0 };
    const update = (id: number, xml: string) => send('POST', `/user/${id}`, { headers: { 'X-Fields-Xml': xml } });
    const fields = async (id: number) => fieldsOf(expectXml(await send('GET', `/user/${id}`)));
    const create = async (email: string, extra: Record<string, string> = {}) =>
      send('POST', '/user', { headers: { 'X-Email': email, 'X-Send-Login-Email': '0', ...extra } });

    beforeAll(async () => {
      ids.sample = Number((await create('sample@acme.example.com')).text);
      ids.first = Number((await create('first.profile@acme.example.com')).text);
      ids.second = Number((await create('second.profile@acme.example.com')).text);
    });

    it("accepts iSpring's own update sample (phone, state, country_id, password) and lists the fields in schema order", async () => {
      const answer = await send('POST', `/user/${ids.sample}`, { headers: { 'X-Fields-Xml': ISPRING_SAMPLE, 'X-Role': 'administrator' } });
      expect({ status: answer.status, body: answer.text }).toEqual({ status: 200, body: '' });
      expect(await fields(ids.sample)).toBe(
        '<fields><first_name>John</first_name><last_name>Smith</last_name><email>john@gmail.com</email>' +
          '<phone>123-31-23</phone><state>Texas</state><country_id>1</country_id></fields>',
      );
      // The sample's password is the user's password now.
      expectXml(await send('GET', '/user', { as: { ...actors.admin, email: 'john@gmail.com', password: '1234' } }));
    });

    it('reads and writes custom fields (names case-sensitive), with non-ASCII values sent as UTF-8 header bytes', async () => {
      const xml =
        '<fields><EMP_CODE>E-100</EMP_CODE><USER_FIELD_xPH1D>Forschung &amp; Entwicklung</USER_FIELD_xPH1D>' +
        '<city>Zürich</city><job_title>Ingénieure 🚀</job_title><birthdate>1990-02-28</birthdate></fields>';
      expect((await update(ids.first, xml)).status).toBe(200);
      const expected =
        '<job_title>Ingénieure 🚀</job_title><city>Zürich</city><birthdate>1990-02-28</birthdate>' +
        '<USER_FIELD_xPH1D>Forschung &amp; Entwicklung</USER_FIELD_xPH1D><EMP_CODE>E-100</EMP_CODE></fields>';
      expect(await fields(ids.first)).toBe(`<fields><email>first.profile@acme.example.com</email>${expected}`);
      const list = expectXml(await send('GET', '/user'));
      expect(list).toContain(`<userId>${ids.first}</userId>`);
      expect(list).toContain(expected);
    });

    it.each([
      ['an unknown field', '<USER_FIELD_nope>x</USER_FIELD_nope>'],
      ['a custom field in another case', '<emp_code>E-1</emp_code>'],
      ['a country that is not an integer id', '<country_id>US</country_id>'],
      ['a birthdate that is no real date', '<birthdate>1990-02-30</birthdate>'],
      ['a phone with letters', '<phone>call me</phone>'],
      ['a value the list does not declare', '<USER_FIELD_xPH1D>Marketing</USER_FIELD_xPH1D>'],
    ])('%s → 400 Bad Request, nothing changed', async (_case, inner) => {
      const before = await fields(ids.first);
      expectText(await update(ids.first, `<fields><state>Changed</state>${inner}</fields>`), 400, 'Bad Request');
      expect(await fields(ids.first)).toBe(before);
    });

    it('a unique value another user holds (any case) → 400 "Invalid value <value>. Field <field> must be unique."', async () => {
      expectText(
        await update(ids.second, '<fields><EMP_CODE>E-100</EMP_CODE></fields>'),
        400,
        'Invalid value E-100. Field EMP_CODE must be unique.',
      );
      expectText(
        await update(ids.second, '<fields><EMP_CODE>e-100</EMP_CODE></fields>'),
        400,
        'Invalid value e-100. Field EMP_CODE must be unique.',
      );
      expect(await fields(ids.second)).not.toContain('EMP_CODE');
      // The holder may send its own value again, and give it up for another user to take.
      expect((await update(ids.first, '<fields><EMP_CODE>E-100</EMP_CODE></fields>')).status).toBe(200);
      expect((await update(ids.first, '<fields><EMP_CODE>E-101</EMP_CODE></fields>')).status).toBe(200);
      expect((await update(ids.second, '<fields><EMP_CODE>E-100</EMP_CODE></fields>')).status).toBe(200);
      expect(await fields(ids.second)).toContain('<EMP_CODE>E-100</EMP_CODE>');
    });

    it('an empty element clears a field; a required field cannot be emptied', async () => {
      expect((await update(ids.first, '<fields><city></city><CLEARANCE>Level 2</CLEARANCE></fields>')).status).toBe(200);
      const after = await fields(ids.first);
      expect(after).not.toContain('<city>');
      expect(after).toContain('<CLEARANCE>Level 2</CLEARANCE>');
      expectText(await update(ids.first, '<fields><CLEARANCE> </CLEARANCE></fields>'), 400, 'Bad Request');
      expect(await fields(ids.first)).toContain('<CLEARANCE>Level 2</CLEARANCE>');
    });

    it('POST /user takes an optional X-Fields-Xml; a taken unique value creates nobody', async () => {
      const created = await create('third.profile@acme.example.com', {
        'X-Fields-Xml': '<fields><first_name>Thea</first_name><EMP_CODE>E-300</EMP_CODE><phone>+1 (555) 010</phone></fields>',
      });
      expect(created.status).toBe(201);
      expect(await fields(Number(created.text))).toBe(
        '<fields><first_name>Thea</first_name><email>third.profile@acme.example.com</email><phone>+1 (555) 010</phone><EMP_CODE>E-300</EMP_CODE></fields>',
      );
      const total = (await send('GET', '/user')).headers['x-total-count'];
      expectText(
        await create('fourth.profile@acme.example.com', { 'X-Fields-Xml': '<fields><EMP_CODE>e-300</EMP_CODE></fields>' }),
        400,
        'Invalid value e-300. Field EMP_CODE must be unique.',
      );
      expectText(await create('fifth.profile@acme.example.com', { 'X-Fields-Xml': '<fields><nope>1</nope></fields>' }), 400, 'Bad Request');
      expect((await send('GET', '/user')).headers['x-total-count']).toBe(total);
    });

    it('GET /user/profile/fields → <userProfileFields> with every field of the schema, list values included', async () => {
      const xml = expectXml(await send('GET', '/user/profile/fields'));
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<userProfileFields><userFieldInfo>')).toBe(true);
      const names = [...xml.matchAll(/<userFieldInfo><userFieldInfoId>\d+<\/userFieldInfoId><name>([^<]+)<\/name>/g)].map((m) => m[1]);
      expect(names).toEqual([
        'login',
        'first_name',
        'last_name',
        'email',
        'job_title',
        'phone',
        'city',
        'state',
        'country_id',
        'birthdate',
        'USER_FIELD_xPH1D',
        'EMP_CODE',
        'CLEARANCE',
      ]);
      expect(xml).toContain(
        '<userFieldInfo><userFieldInfoId>2</userFieldInfoId><name>first_name</name><label>First name</label><type>first_name</type>' +
          '<isUnique>false</isUnique><isVisible>true</isVisible><isRequired>false</isRequired><orderPriority>1</orderPriority></userFieldInfo>',
      );
      expect(xml).toContain(
        '<userFieldInfo><userFieldInfoId>11</userFieldInfoId><name>USER_FIELD_xPH1D</name><label>Department</label><type>list</type>' +
          '<isUnique>false</isUnique><isVisible>true</isVisible><isRequired>false</isRequired><orderPriority>10</orderPriority>' +
          '<values><field><name>Sales</name><value>Sales</value></field><field><name>Support</name><value>Support</value></field>' +
          '<field><name>Forschung &amp; Entwicklung</name><value>Forschung &amp; Entwicklung</value></field></values></userFieldInfo>',
      );
      expect(xml).toContain('<name>EMP_CODE</name><label>Employee code</label><type>string</type><isUnique>true</isUnique>');
      expect(xml).toContain(
        '<name>CLEARANCE</name><label>Clearance</label><type>string</type><isUnique>false</isUnique><isVisible>true</isVisible><isRequired>true</isRequired>',
      );
      expect(xml.endsWith('</userFieldInfo></userProfileFields>')).toBe(true);
    });

    it('GET /user/profile/fields: the permissions of GET /user, and never read as a user id', async () => {
      expectXml(await send('GET', '/user/profile/fields', { as: actors.salesAdmin }));
      expectText(await send('GET', '/user/profile/fields', { as: actors.publisher }), 403, 'Permission Denied');
      expectText(await send('GET', '/user/profile/fields', { as: null }), 401, 'Unauthorized');
      const post = await send('POST', '/user/profile/fields', { headers: { 'X-Fields-Xml': '<fields/>' } });
      expect(post.status).toBe(405);
    });

    it('no answer carries a password or a hash', () => expectNoSecrets(answers, ['1234</']));
  });
}

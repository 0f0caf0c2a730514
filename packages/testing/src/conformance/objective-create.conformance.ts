import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import { expectJson, invalid, INVALID_BODY, keys, TAKEN, USER_LIMIT, useObjectiveHost } from './objective-wire';

const REQUIRED = 'The email field is required.';
const INVALID_EMAIL = 'The email field must be a valid email address.';
const NO_EXTENSION = 'The email must have a valid domain with an extension.';
const string = (attribute: string) => `The ${attribute} field must be a string.`;
const max = (attribute: string, n: number) => `The ${attribute} field must not be greater than ${n} characters.`;
const PASSWORD_MIN = 'The password field must be at least 8 characters.';
const NUMBER = 'The external id field must be a number.';
const BOOLEAN = 'The live scanner field must be true or false.';

/** POST /api/users: every row of the field table and of the message table. */
export function describeObjectiveCreate(startHost: StartConformanceHost): void {
  describe('objective POST /api/users', () => {
    const client = useObjectiveHost(startHost);
    let n = 0;
    const fresh = (): string => `create${(n += 1)}@example.com`;
    const post = (body: unknown, key?: string) => client.send('POST', '/api/users', { body, ...(key ? { key } : {}) });
    /** The 422 for one field, with a valid e-mail. */
    const expectInvalid = async (field: string, value: unknown, messages: readonly string[]) =>
      expectJson(await post({ email: fresh(), [field]: value }), 422, invalid({ [field]: messages }));

    it('201 with the id; defaults Student, Member, source api, live_scanner false; the lowest role whatever is sent', async () => {
      const id = await client.create({ email: fresh(), role: 'owner', backend_access: true });
      expect(await client.read(id)).toMatchObject({
        first_name: 'Student',
        last_name: 'Member',
        source: 'api',
        live_scanner: false,
        external_id: null,
        phone_number: null,
        role: 'Member',
      });
      expect(await client.create({ email: fresh() })).not.toBe(id);
    });

    it('email: required (absent, null or "")', async () => {
      for (const body of [{}, { email: null }, { email: '' }, { first_name: 'Ann' }]) {
        expectJson(await post(body), 422, invalid({ email: [REQUIRED] }));
      }
    });

    it('email: a valid address with a domain extension', async () => {
      expectJson(await post({ email: 'invalid-email' }), 422, invalid({ email: [INVALID_EMAIL, NO_EXTENSION] }));
      expectJson(await post({ email: 'a..b@example.com' }), 422, invalid({ email: [INVALID_EMAIL] }));
      expectJson(await post({ email: 'user@localhost' }), 422, invalid({ email: [NO_EXTENSION] }));
      expectJson(await post({ email: 'user@example.c' }), 422, invalid({ email: [NO_EXTENSION] }));
      expectJson(await post({ email: 42 }), 422, invalid({ email: [INVALID_EMAIL, NO_EXTENSION] }));
    });

    it('email: unique in the tenant, case-insensitively; stored trimmed and lower-cased', async () => {
      expectJson(await post({ email: fixture.acme.users.owner.email.toUpperCase() }), 422, TAKEN);
      const id = await client.create({ email: '  Mixed.Case@Example.COM ' });
      expect((await client.read(id))['email']).toBe('mixed.case@example.com');
      expectJson(await post({ email: 'MIXED.case@example.com' }), 422, TAKEN);
      const other = await client.create({ email: fixture.acme.users.owner.email }, fixture.globex.keys.admin);
      expect(other).toBeGreaterThan(0);
    });

    it('all failing fields together, in table order, each with its failing rules in rule order', async () => {
      const answer = await post({
        live_scanner: 'true',
        phone_number: 5550100,
        password: 'short',
        source: 's'.repeat(256),
        external_id: 'abc',
        last_name: ['x'],
        first_name: 'f'.repeat(256),
        email: 'admin@localhost',
      });
      expectJson(
        answer,
        422,
        invalid({
          email: [NO_EXTENSION],
          first_name: [max('first name', 255)],
          last_name: [string('last name')],
          external_id: [NUMBER],
          source: [max('source', 255)],
          password: [PASSWORD_MIN],
          phone_number: [string('phone number')],
          live_scanner: [BOOLEAN],
        }),
      );
      const taken = await post({ email: fixture.acme.users.admin.email, first_name: 1 });
      expectJson(taken, 422, invalid({ email: ['The email has already been taken.'], first_name: [string('first name')] }));
    });

    it('first_name, last_name, source: strings of at most 255 characters (a multibyte character counts once)', async () => {
      for (const [field, attribute] of [
        ['first_name', 'first name'],
        ['last_name', 'last name'],
        ['source', 'source'],
      ]) {
        await expectInvalid(field!, 12, [string(attribute!)]);
        await expectInvalid(field!, 'é'.repeat(256), [max(attribute!, 255)]);
        const id = await client.create({ email: fresh(), [field!]: '😀'.repeat(255) });
        expect((await client.read(id))[field!]).toBe('😀'.repeat(255));
      }
    });

    it('external_id: a number or numeric string, stored and returned as a JSON number', async () => {
      for (const [sent, stored] of [
        [123, 123],
        ['456', 456],
        ['12.5', 12.5],
        ['1e3', 1000],
        [' -7 ', -7],
      ] as const) {
        const id = await client.create({ email: fresh(), external_id: sent });
        expect((await client.read(id))['external_id']).toBe(stored);
      }
      for (const value of ['abc', '12abc', '0x1A', true, [1], { n: 1 }]) await expectInvalid('external_id', value, [NUMBER]);
    });

    it('password: a string of 8 to 255 characters, or generated; never returned', async () => {
      await expectInvalid('password', 'seven77', [PASSWORD_MIN]);
      await expectInvalid('password', 'p'.repeat(256), [max('password', 255)]);
      await expectInvalid('password', 1234, [string('password'), PASSWORD_MIN]);
      for (const password of ['eight888', 'p'.repeat(255), undefined]) {
        const answer = await post({ email: fresh(), ...(password === undefined ? {} : { password }) });
        expect(answer.status).toBe(201);
        expect(answer.text).not.toMatch(/password/i);
      }
    });

    it('phone_number: a string of at most 30 characters', async () => {
      await expectInvalid('phone_number', '1'.repeat(31), [max('phone number', 30)]);
      await expectInvalid('phone_number', 5550100, [string('phone number')]);
      const id = await client.create({ email: fresh(), phone_number: '1'.repeat(30) });
      expect((await client.read(id))['phone_number']).toBe('1'.repeat(30));
    });

    it('live_scanner: true, false, 0, 1, "0", "1" only', async () => {
      for (const [sent, stored] of [
        [true, true],
        [false, false],
        [1, true],
        [0, false],
        ['1', true],
        ['0', false],
      ] as const) {
        const id = await client.create({ email: fresh(), live_scanner: sent });
        expect((await client.read(id))['live_scanner']).toBe(stored);
      }
      for (const value of ['true', 'false', 2, 'yes', []]) await expectInvalid('live_scanner', value, [BOOLEAN]);
    });

    it('a body that is not a JSON object, or nested deeper than 64 levels → 422 email required', async () => {
      const deep = `{"email":"${fresh()}","x":${'['.repeat(65)}${']'.repeat(65)}}`;
      for (const body of ['', 'not json', '[]', '"a@example.com"', '42', 'null', deep]) {
        expectJson(await post(body), 422, INVALID_BODY);
      }
    });

    it('the tenant’s seat limit reached → 403', async () => {
      await client.create({ email: 'first@tiny.example.net' }, fixture.tiny.keys.admin);
      expectJson(await post({ email: 'second@tiny.example.net' }, fixture.tiny.keys.admin), 403, USER_LIMIT);
    });

    it('a key bound to an organization creates users it can then read', async () => {
      const id = await client.create({ email: fresh() }, keys.sales);
      expect((await client.read(id, keys.sales))['role']).toBe('Member');
    });
  });
}

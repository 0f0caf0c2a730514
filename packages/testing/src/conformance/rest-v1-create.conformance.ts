import { describe, expect, it } from '@jest/globals';
import { fixture } from './conformance-fixture';
import type { StartConformanceHost } from './conformance-host';
import {
  EMAIL_TAKEN,
  failureText,
  INSUFFICIENT,
  invalidText,
  PUBLIC_ID,
  REST_V1_JSON,
  restKeys,
  ROLE_NAMES,
  TIMESTAMP,
  useRestHost,
  USERS,
} from './rest-v1-client';

/** docs/dialects/rest-v1.md "Answers": create, and its 403 / 409 rows. */
export function describeRestV1CreateConformance(startHost: StartConformanceHost): void {
  describe('rest-v1: POST /api/v1/users', () => {
    const send = useRestHost(startHost);
    const post = (body: unknown, key: string = restKeys.admin) => send('POST', USERS, { key, body });

    it('201 with id, email, name, role, status "pending" and created_at, and nothing else', async () => {
      const answer = await post({
        email: 'NewUser@Example.com',
        name: 'Jane Smith',
        role: 'publisher',
        password: 'securePassword123',
        settings: { theme: 'dark', notifications: true },
      });
      expect(answer.status).toBe(201);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      const { id, created_at } = answer.json.data;
      expect(id).toMatch(PUBLIC_ID);
      expect(created_at).toMatch(TIMESTAMP);
      expect(answer.text).toBe(
        `{"data":{"id":"${id}","email":"newuser@example.com","name":"Jane Smith","role":"publisher","status":"pending","created_at":"${created_at}"}}`,
      );
      expect(answer.text).not.toContain('securePassword123');
    });

    it('gives the lowest role and default settings when none are sent', async () => {
      const answer = await post({ email: 'defaults@example.com', name: 'Dee Faults' });
      expect(answer.json.data).toMatchObject({ role: 'user', status: 'pending', name: 'Dee Faults' });
      const read = await send('GET', `${USERS}/${answer.json.data.id}`);
      expect(read.json.data).toMatchObject({ last_login: null, settings: { theme: 'system', notifications: true } });
    });

    it('keeps one-word names and names with several spaces whole', async () => {
      expect((await post({ email: 'cher@example.com', name: 'Cher' })).json.data.name).toBe('Cher');
      expect((await post({ email: 'mary@example.com', name: 'Mary Ann Jones' })).json.data.name).toBe('Mary Ann Jones');
    });

    it.each([
      ['no email', { name: 'No Email' }, { email: ['is required'] }],
      ['no name', { email: 'jane@example.com' }, { name: ['is required'] }],
      ['an invalid email', { email: 'not-an-email', name: 'Jane' }, { email: ['must be a valid e-mail address'] }],
      ['a 256-character name', { email: 'long@example.com', name: 'x'.repeat(256) }, { name: ['must be 1 to 255 characters'] }],
      ['an empty name', { email: 'empty@example.com', name: '' }, { name: ['must be 1 to 255 characters'] }],
      [
        'a 7-character password',
        { email: 'pw@example.com', name: 'P', password: 'short12' },
        { password: ['must be 8 to 255 characters'] },
      ],
      [
        'a 256-character password',
        { email: 'pw2@example.com', name: 'P', password: 'p'.repeat(256) },
        { password: ['must be 8 to 255 characters'] },
      ],
      ['an unknown role', { email: 'role@example.com', name: 'R', role: 'superuser' }, { role: [`must be one of: ${ROLE_NAMES}`] }],
      ['a status', { email: 'st@example.com', name: 'S', status: 'active' }, { status: ['is not allowed'] }],
      ['an unknown field', { email: 'xx@example.com', name: 'X', nickname: 'x' }, { nickname: ['is not allowed'] }],
      [
        'an unknown theme',
        { email: 'set@example.com', name: 'S', settings: { theme: 'blue' } },
        { 'settings.theme': ['must be one of: light, dark, system'] },
      ],
      [
        'a string notifications',
        { email: 'set2@example.com', name: 'S', settings: { notifications: 'yes' } },
        { 'settings.notifications': ['must be true or false'] },
      ],
      [
        'an unknown settings key',
        { email: 'set3@example.com', name: 'S', settings: { language: 'en' } },
        { 'settings.language': ['is not allowed'] },
      ],
      ['settings not an object', { email: 'set4@example.com', name: 'S', settings: 'dark' }, { settings: ['must be an object'] }],
    ])('400 Invalid parameters for %s', async (_label, body, errors) => {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(answer.text).toBe(invalidText(errors));
    });

    it('400 lists every wrong field', async () => {
      const answer = await post({ email: 'bad', name: '', extra: true });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.text)).toEqual(
        JSON.parse(
          invalidText({ extra: ['is not allowed'], email: ['must be a valid e-mail address'], name: ['must be 1 to 255 characters'] }),
        ),
      );
    });

    it('409 Email already in use, case-insensitively, within the tenant only', async () => {
      const answer = await post({ email: 'OWNER@ACME.example.com', name: 'Copy Cat' });
      expect([answer.status, answer.text]).toEqual([409, EMAIL_TAKEN]);
      expect(answer.headers['content-type']).toBe(REST_V1_JSON);
      expect((await post({ email: fixture.acme.users.owner.email, name: 'Globex Twin' }, restKeys.globex)).status).toBe(201);
    });

    it('403 Insufficient permissions for a role above the key, or a key that may only read', async () => {
      expect((await post({ email: 'up@example.com', name: 'Up', role: 'owner' })).text).toBe(INSUFFICIENT);
      const sales = await post({ email: 'up2@example.com', name: 'Up', role: 'administrator' }, restKeys.sales);
      expect([sales.status, sales.text]).toEqual([403, INSUFFICIENT]);
      for (const key of [restKeys.readOnly, restKeys.publisher]) {
        const answer = await post({ email: 'ro@example.com', name: 'Read Only' }, key);
        expect([answer.status, answer.text]).toEqual([403, INSUFFICIENT]);
      }
      expect((await post({ email: 'peer@example.com', name: 'Peer', role: 'administrator' })).status).toBe(201);
    });

    it('403 User limit reached once the seats are taken', async () => {
      expect((await post({ email: 'second@tiny.example.net', name: 'Second' }, restKeys.tiny)).status).toBe(201);
      const full = await post({ email: 'third@tiny.example.net', name: 'Third' }, restKeys.tiny);
      expect([full.status, full.text]).toEqual([403, failureText('User limit reached')]);
      expect(full.headers['content-type']).toBe(REST_V1_JSON);
    });
  });
}

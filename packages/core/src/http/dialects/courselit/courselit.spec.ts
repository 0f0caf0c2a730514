import { createHash } from 'node:crypto';
import { fixture } from '@roster/testing';
import { MAX_JSON_DEPTH } from '../../limits';
import type { Logger } from '../../../ports';
import { setupCourselit, type CourselitHarness } from './courselit.fixture';

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
const admin = fixture.acme.keys.admin;

describe('courselit dialect (in process)', () => {
  let h: CourselitHarness;
  beforeEach(async () => {
    h = await setupCourselit();
  });

  it('stores what the spec says a created user gets', async () => {
    const answer = await h.send('POST', { apikey: admin, email: ' New.Person@Example.COM', name: 'Ada  Lovelace King' });
    // Surrounding spaces are no valid address: nothing is created.
    expect([answer.status, answer.text]).toEqual([400, '{"message":"Invalid email format"}']);

    const created = await h.send('POST', {
      apikey: admin,
      email: 'New.Person@Example.COM',
      name: 'Ada  Lovelace King',
      permissions: ['site:manage'],
    });
    expect([created.status, created.text]).toEqual([200, JSON.stringify({ email: md5('New.Person@Example.COM') })]);
    const user = await h.readUser('acme', 'new.person@example.com');
    expect(user).toMatchObject({
      email: 'new.person@example.com',
      firstName: 'Ada',
      lastName: 'Lovelace King',
      role: 'user',
      status: 'active',
      source: 'api',
      subscribedToUpdates: true,
      organizationId: 1,
    });
    expect([...user!.permissions].sort()).toEqual(['course:enroll', 'media:manage', 'site:manage']);
  });

  it('uses the e-mail as login in a tenant that identifies users by login', async () => {
    const answer = await h.send(
      'POST',
      { apikey: fixture.globex.keys.admin, email: 'Worker@Globex.example.org' },
      { headers: { domain: 'globex' } },
    );
    expect(answer.status).toBe(200);
    expect(await h.readUser('globex', 'worker@globex.example.org')).toMatchObject({ login: 'worker@globex.example.org' });
  });

  it('updates only the fields sent; permissions replace the set', async () => {
    await h.send('POST', {
      apikey: admin,
      email: 'patch.me@example.com',
      name: 'Pat Me',
      subscribedToUpdates: false,
      permissions: ['site:manage'],
    });
    const answer = await h.send('PATCH', { apikey: admin, email: 'PATCH.me@example.com', permissions: ['community:manage'] });
    expect([answer.status, answer.text]).toEqual([200, JSON.stringify({ email: md5('PATCH.me@example.com') })]);
    const user = await h.readUser('acme', 'patch.me@example.com');
    expect(user).toMatchObject({ firstName: 'Pat', lastName: 'Me', subscribedToUpdates: false, permissions: ['community:manage'] });
    await h.send('PATCH', { apikey: admin, email: 'patch.me@example.com', name: 'Solo', subscribedToUpdates: true });
    expect(await h.readUser('acme', 'patch.me@example.com')).toMatchObject({
      firstName: 'Solo',
      lastName: '',
      subscribedToUpdates: true,
      permissions: ['community:manage'],
    });
  });

  it('checks a PATCH grant before looking the user up (step 10 before the 404)', async () => {
    const sales = fixture.acme.keys.sales;
    const grant = await h.send('PATCH', { apikey: sales, email: 'nobody@example.com', permissions: ['site:manage'] });
    expect([grant.status, grant.text]).toEqual([403, '{"message":"Forbidden"}']);
    const plain = await h.send('PATCH', { apikey: sales, email: 'nobody@example.com', name: 'X' });
    expect([plain.status, plain.text]).toEqual([404, '{"error":"User not found"}']);
  });

  it('finds the tenant by Host when told to', async () => {
    const byHost = await setupCourselit({ tenantFrom: 'host' });
    const body = { apikey: admin, email: 'host.based@example.com' };
    expect((await byHost.send('POST', body, { headers: { host: 'acme:8080', domain: 'globex' } })).status).toBe(200);
    expect((await byHost.send('POST', body, { headers: { domain: 'acme' } })).text).toBe('{"message":"Domain not found"}');
    expect(await byHost.readUser('acme', 'host.based@example.com')).not.toBeNull();
    // A host name the tenant lists works too, compared as host names compare; the domain is still ignored.
    const listed = { apikey: fixture.globex.keys.admin, email: 'listed.host@example.org' };
    expect((await byHost.send('POST', listed, { headers: { host: '[::1]:3000', domain: 'acme' } })).status).toBe(200);
    expect(await byHost.readUser('globex', 'listed.host@example.org')).not.toBeNull();
  });

  it('answers 413 and too-deep bodies in its own words', async () => {
    const large = await h.send('POST', '', { bodyTooLarge: true });
    expect([large.status, large.text, large.headers['Content-Type']]).toEqual([
      413,
      '{"message":"Bad request"}',
      'application/json; charset=utf-8',
    ]);
    const deep = `{"apikey":"${admin}","email":"deep@example.com","x":${'['.repeat(MAX_JSON_DEPTH)}${']'.repeat(MAX_JSON_DEPTH)}}`;
    expect([(await h.send('POST', deep)).status, (await h.send('POST', deep)).text]).toEqual([400, '{"message":"Bad request"}']);
    expect(await h.readUser('acme', 'deep@example.com')).toBeNull();
  });

  it('hides an unexpected failure behind its 500 answer and logs it', async () => {
    const logged: unknown[] = [];
    const logger: Logger = { info: () => {}, warn: () => {}, error: (_message, context) => logged.push(context) };
    const broken = await setupCourselit({}, logger);
    (broken.roster.users as { create: unknown }).create = async () => {
      throw new TypeError('database exploded at /secret/path');
    };
    const answer = await broken.send('POST', { apikey: admin, email: 'boom@example.com' });
    expect([answer.status, answer.text]).toEqual([500, '{"error":"An internal error occurred. Please try again."}']);
    expect(logged).toHaveLength(1);
  });

  it('answers any other method with an empty 405 before reading anything', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const answer = await h.send(method, undefined, { headers: {} });
      expect([answer.status, answer.text, answer.headers]).toEqual([405, '', { Allow: 'PATCH, POST' }]);
    }
    expect(await h.dialect.handle({ method: 'POST', path: '/api/users', query: {}, headers: {}, body: Buffer.alloc(0) })).toBeNull();
  });
});

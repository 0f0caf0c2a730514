import { createHash } from 'node:crypto';
import { fixture } from '@roster/testing';
import { setupCourselit } from './courselit.fixture';

const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');
const admin = fixture.acme.keys.admin;

describe('courselit upsert option (in process)', () => {
  it('off by default: a repeat is 400 and changes nothing', async () => {
    const h = await setupCourselit();
    await h.send('POST', { apikey: admin, email: 'once@example.com', name: 'First Name' });
    const again = await h.send('POST', { apikey: admin, email: 'once@example.com', name: 'Other Name', permissions: ['site:manage'] });
    expect([again.status, again.text]).toEqual([400, '{"error":"The user already exists"}']);
    const user = await h.readUser('acme', 'once@example.com');
    expect(user).toMatchObject({ firstName: 'First', lastName: 'Name' });
    expect([...user!.permissions].sort()).toEqual(['course:enroll', 'media:manage']);
  });

  it('on: applies what a create would store for the fields sent, and leaves the others', async () => {
    const h = await setupCourselit({ upsert: true });
    const first = {
      apikey: admin,
      email: 'Up@Example.com',
      name: 'Ada Lovelace',
      subscribedToUpdates: false,
      permissions: ['site:manage'],
    };
    expect((await h.send('POST', first)).text).toBe(JSON.stringify({ email: md5('Up@Example.com') }));
    const created = await h.readUser('acme', 'up@example.com');

    // An exact repeat: same answer, the same user as the first create left it.
    expect((await h.send('POST', first)).text).toBe(JSON.stringify({ email: md5('Up@Example.com') }));
    const repeated = await h.readUser('acme', 'up@example.com');
    expect({ ...repeated, version: 0, updatedAt: null }).toEqual({ ...created, version: 0, updatedAt: null });

    // Other fields: name replaced; permissions = tenant defaults + those sent; subscribedToUpdates kept when not sent.
    const changed = await h.send('POST', {
      apikey: admin,
      email: 'up@example.com',
      name: 'Grace Hopper',
      permissions: ['community:manage'],
    });
    expect([changed.status, changed.text]).toEqual([200, JSON.stringify({ email: md5('up@example.com') })]);
    const user = await h.readUser('acme', 'up@example.com');
    expect(user).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', subscribedToUpdates: false, source: 'api' });
    expect([...user!.permissions].sort()).toEqual(['community:manage', 'course:enroll', 'media:manage']);

    // Nothing sent but the e-mail: 200, nothing changed.
    expect((await h.send('POST', { apikey: admin, email: 'up@example.com' })).status).toBe(200);
    expect(await h.readUser('acme', 'up@example.com')).toMatchObject({ firstName: 'Grace', permissions: user!.permissions });
  });

  it('on: an organization-bound key cannot see, nor change, a user outside its subtree', async () => {
    const h = await setupCourselit({ upsert: true });
    const answer = await h.send('POST', { apikey: fixture.acme.keys.sales, email: fixture.acme.users.admin.email, name: 'Hijack' });
    expect([answer.status, answer.text]).toEqual([400, '{"error":"The user already exists"}']);
    expect(await h.readUser('acme', fixture.acme.users.admin.email)).not.toMatchObject({ firstName: 'Hijack' });
  });

  it('on: other failures of the create are not turned into an upsert', async () => {
    const h = await setupCourselit({ upsert: true });
    const full = await h.send('POST', { apikey: fixture.tiny.keys.admin, email: 'a@tiny.example.net' }, { headers: { domain: 'tiny' } });
    expect(full.status).toBe(200);
    const limit = await h.send('POST', { apikey: fixture.tiny.keys.admin, email: 'b@tiny.example.net' }, { headers: { domain: 'tiny' } });
    expect([limit.status, limit.text]).toEqual([400, '{"error":"User limit reached"}']);
  });
});

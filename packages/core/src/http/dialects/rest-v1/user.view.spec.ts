import { profileSchemaOf, toUserView, type User, type UserView } from '../../../domain';
import { createdUserView, listedUserView, updatedUserView, userDetailView, wireTimestamp } from './user.view';

const user: User = {
  tenantId: 't1',
  id: 7,
  publicId: 'usr_abc123',
  email: 'jane@example.com',
  login: 'jane',
  firstName: 'Jane',
  lastName: 'Smith Jones',
  passwordHash: 'secret-hash',
  role: 'publisher',
  permissions: [],
  status: 'active',
  organizationId: 1,
  groupIds: [],
  externalId: null,
  source: 'api',
  phoneNumber: null,
  liveScanner: false,
  subscribedToUpdates: true,
  settings: { theme: 'dark', notifications: false },
  backendAccess: false,
  createdAt: new Date('2023-06-21T09:15:30.999Z'),
  updatedAt: new Date('2023-06-21T10:22:15.001Z'),
  lastLoginAt: null,
  version: 3,
  profile: {},
};
const view = toUserView(user);

describe('rest-v1 user views', () => {
  it('writes UTC timestamps to the second, truncated, with Z', () => {
    expect(wireTimestamp(new Date('2023-06-21T09:15:30.999Z'))).toBe('2023-06-21T09:15:30Z');
    expect(wireTimestamp(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))).toBe('2024-01-02T03:04:05Z');
  });

  it('answers a create with the six fields, in order', () => {
    expect(JSON.stringify(createdUserView(view))).toBe(
      '{"id":"usr_abc123","email":"jane@example.com","name":"Jane Smith Jones","role":"publisher","status":"active","created_at":"2023-06-21T09:15:30Z"}',
    );
  });

  it('adds last_login (null when never) to list items, without settings', () => {
    expect(Object.keys(listedUserView(view))).toEqual(['id', 'email', 'name', 'role', 'status', 'created_at', 'last_login']);
    expect(listedUserView(view).last_login).toBeNull();
    const seen = { ...view, lastLoginAt: new Date('2023-06-20T14:22:10.500Z') };
    expect(listedUserView(seen).last_login).toBe('2023-06-20T14:22:10Z');
  });

  it('adds last_login, settings and the profile values (schema order, phone included) to a single user', () => {
    const schema = profileSchemaOf({
      identifyBy: 'email',
      profileFields: [{ name: 'EMP_CODE', label: 'Code', type: 'string', required: false, unique: true, values: [] }],
    });
    const withProfile = { ...view, phoneNumber: '555 010', profile: { EMP_CODE: 'E-1', city: 'Zürich' } };
    expect(JSON.stringify(userDetailView(withProfile, schema).profile)).toBe('{"phone":"555 010","city":"Zürich","EMP_CODE":"E-1"}');
    expect(userDetailView(view, schema)).toEqual({
      id: 'usr_abc123',
      email: 'jane@example.com',
      name: 'Jane Smith Jones',
      role: 'publisher',
      status: 'active',
      created_at: '2023-06-21T09:15:30Z',
      last_login: null,
      settings: { theme: 'dark', notifications: false },
      profile: {},
    });
  });

  it('adds updated_at to an update answer', () => {
    expect(Object.keys(updatedUserView(view))).toEqual(['id', 'email', 'name', 'role', 'status', 'created_at', 'updated_at']);
    expect(updatedUserView(view).updated_at).toBe('2023-06-21T10:22:15Z');
  });

  it('never carries the password hash or internal ids', () => {
    for (const shape of [createdUserView, listedUserView, (user: UserView) => userDetailView(user, []), updatedUserView]) {
      const text = JSON.stringify(shape(view));
      expect(text).not.toContain('secret-hash');
      expect(text).not.toContain('"version"');
      expect(text).not.toContain('"login"');
    }
  });
});

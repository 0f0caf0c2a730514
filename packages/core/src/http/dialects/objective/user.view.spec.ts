import { DEFAULT_ROLE_CATALOG, toUserView, type RoleCatalog, type User } from '../../../domain';
import { laravelTimestamp, objectiveRoleName, objectiveUser } from './user.view';

const user: User = {
  tenantId: 't1',
  id: 42,
  publicId: 'usr_x',
  email: 'ann@example.com',
  login: 'ann',
  firstName: 'Ann',
  lastName: 'Lee',
  passwordHash: 'plain:secret',
  role: 'user',
  permissions: [],
  status: 'active',
  organizationId: 1,
  groupIds: [10],
  externalId: 12.5,
  source: 'api',
  phoneNumber: null,
  liveScanner: true,
  subscribedToUpdates: true,
  settings: { theme: 'system', notifications: true },
  backendAccess: false,
  createdAt: new Date('2023-06-21T09:15:30Z'),
  updatedAt: new Date('2023-06-22T10:00:00.123Z'),
  lastLoginAt: null,
  version: 3,
  profile: {},
};

describe('objectiveUser', () => {
  it('gives exactly the spec keys, in order, and no secret', () => {
    const text = JSON.stringify(objectiveUser(toUserView(user), DEFAULT_ROLE_CATALOG));
    expect(text).toBe(
      '{"id":42,"email":"ann@example.com","first_name":"Ann","last_name":"Lee","external_id":12.5,"source":"api",' +
        '"phone_number":null,"live_scanner":true,"role":"Member",' +
        '"created_at":"2023-06-21T09:15:30.000000Z","updated_at":"2023-06-22T10:00:00.123000Z"}',
    );
  });
});

describe('objectiveRoleName', () => {
  it('calls the lowest role Member and the others by their catalog name', () => {
    expect(objectiveRoleName('user', DEFAULT_ROLE_CATALOG)).toBe('Member');
    expect(objectiveRoleName('administrator', DEFAULT_ROLE_CATALOG)).toBe('administrator');
  });

  it('follows a host catalog', () => {
    const catalog: RoleCatalog = {
      roles: [
        { name: 'editor', rank: 50, permissions: [], scope: 'tenant' },
        { name: 'learner', rank: 5, permissions: [], scope: 'tenant' },
      ],
    };
    expect(objectiveRoleName('learner', catalog)).toBe('Member');
    expect(objectiveRoleName('editor', catalog)).toBe('editor');
    expect(objectiveRoleName('user', catalog)).toBe('user');
  });
});

describe('laravelTimestamp', () => {
  it('writes UTC with microseconds', () => {
    expect(laravelTimestamp(new Date('2023-06-21T09:15:30Z'))).toBe('2023-06-21T09:15:30.000000Z');
    expect(laravelTimestamp(new Date('2023-06-21T09:15:30.007+02:00'))).toBe('2023-06-21T07:15:30.007000Z');
  });
});

import { setupRoster } from '../services/roster-test.fixture';
import { loginFromEmail } from './email-login';

describe('loginFromEmail', () => {
  it('makes the e-mail the login in a tenant that identifies users by login', async () => {
    const { roster } = await setupRoster({ identifyBy: 'login' });
    expect(await loginFromEmail(roster, { tenantId: 't1' }, 'Ann@Example.com')).toEqual({ login: 'Ann@Example.com' });
    expect(await loginFromEmail(roster, { tenantId: 't1' }, undefined)).toEqual({});
  });

  it('sets no login in a tenant that identifies users by e-mail, or an unknown one', async () => {
    const { roster } = await setupRoster({ identifyBy: 'email' });
    expect(await loginFromEmail(roster, { tenantId: 't1' }, 'ann@example.com')).toEqual({});
    expect(await loginFromEmail(roster, { tenantId: 'gone' }, 'ann@example.com')).toEqual({});
  });
});

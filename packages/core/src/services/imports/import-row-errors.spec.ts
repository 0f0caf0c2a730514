import { ERROR_CODES, RosterError } from '../../errors';
import { rowErrorsOf } from './import-row-errors';

describe('import row errors', () => {
  it('report the stable code and the table’s sentence, never the error’s own message', () => {
    const raised = new RosterError('ORGANIZATION_NOT_FOUND', 'no organization 99 in tenant t1 (roster_organizations)');
    expect(rowErrorsOf(4, raised)).toEqual([
      { line: 4, field: 'organizationId', code: 'ORGANIZATION_NOT_FOUND', message: 'no such organization in this tenant' },
    ]);
    const taken = new RosterError('EMAIL_TAKEN', 'e-mail already in use in this tenant', { value: 'ann@acme.example.com' });
    expect(rowErrorsOf(2, taken)).toEqual([{ line: 2, field: 'email', code: 'EMAIL_TAKEN', message: 'the e-mail is taken' }]);
    const profile = new RosterError('PROFILE_VALUE_TAKEN', 'badge "B-7" is held by user 12', { field: 'badge', value: 'B-7' });
    expect(rowErrorsOf(3, profile)).toEqual([
      { line: 3, field: 'profile.badge', code: 'PROFILE_VALUE_TAKEN', message: 'the profile value is taken' },
    ]);
  });

  it('answer every server fault as INTERNAL, without saying which', () => {
    for (const code of ['STORE_INTEGRITY', 'CONFIGURATION_INVALID', 'BOOTSTRAP_INVALID', 'INTERNAL'] as const) {
      const [error] = rowErrorsOf(5, new RosterError(code, 'duplicate key value violates unique constraint "roster_users_pkey"'));
      expect(error).toEqual({ line: 5, field: null, code: 'INTERNAL', message: expect.stringContaining('server fault') });
    }
  });

  it('keep the field issues of a validation error, one per issue', () => {
    const invalid = new RosterError('VALIDATION_FAILED', 'internal detail', {
      issues: [
        { field: 'email', message: 'must be an e-mail address' },
        { field: 'firstName', message: 'at most 100 characters' },
      ],
    });
    expect(rowErrorsOf(7, invalid)).toEqual([
      { line: 7, field: 'email', code: 'VALIDATION_FAILED', message: 'must be an e-mail address' },
      { line: 7, field: 'firstName', code: 'VALIDATION_FAILED', message: 'at most 100 characters' },
    ]);
  });

  it('have a sentence for every core code that names no internals', () => {
    for (const code of ERROR_CODES) {
      const secret = `secret-${code}`;
      const [error] = rowErrorsOf(1, new RosterError(code, secret));
      expect(error?.message).not.toContain(secret);
      expect(error?.message.length).toBeGreaterThan(0);
    }
  });
});

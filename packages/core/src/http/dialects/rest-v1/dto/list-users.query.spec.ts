import { validateDto } from '../../../validation/validate-dto';
import { ListUsersQuery, MAX_PAGE } from './list-users.query';

const check = (query: Record<string, unknown>) => validateDto(ListUsersQuery, query, { forbidUnknown: false });
const PAGE = `must be an integer from 1 to ${MAX_PAGE}`;
const LIMIT = 'must be an integer from 1 to 100';

describe('rest-v1 list query', () => {
  it('converts integers and keeps filters', () => {
    const { value, issues } = check({ page: '3', limit: '100', status: 'pending', role: 'user' });
    expect(issues).toEqual([]);
    expect(value).toMatchObject({ page: 3, limit: 100, status: 'pending', role: 'user' });
  });

  it('leaves absent parameters undefined and ignores unknown ones', () => {
    const { value, issues } = check({ sort: 'name', q: ['a', 'b'] });
    expect(issues).toEqual([]);
    expect(value).toEqual(new ListUsersQuery());
  });

  it.each([
    [{ page: '0' }, 'page', PAGE],
    [{ page: '-1' }, 'page', PAGE],
    [{ page: '1.5' }, 'page', PAGE],
    [{ page: '2.0' }, 'page', PAGE],
    [{ page: '1e3' }, 'page', PAGE],
    [{ page: ' 2' }, 'page', PAGE],
    [{ page: '' }, 'page', PAGE],
    [{ page: 'two' }, 'page', PAGE],
    [{ page: ['1', '2'] }, 'page', PAGE],
    [{ page: String(MAX_PAGE + 1) }, 'page', PAGE],
    [{ page: '99999999999999999999' }, 'page', PAGE],
    [{ limit: '0' }, 'limit', LIMIT],
    [{ limit: '101' }, 'limit', LIMIT],
    [{ limit: 'all' }, 'limit', LIMIT],
    [{ status: 'deleted' }, 'status', 'must be one of: active, inactive, pending'],
    [{ status: 'Active' }, 'status', 'must be one of: active, inactive, pending'],
    [{ status: ['active', 'pending'] }, 'status', 'must be one of: active, inactive, pending'],
    [{ role: ['user', 'owner'] }, 'role', 'must be a string'],
  ])('%j is refused on %s', (query, field, message) => {
    expect(check(query).issues).toEqual([{ field, message }]);
  });

  it('accepts the bounds', () => {
    expect(check({ page: '1', limit: '1' }).issues).toEqual([]);
    expect(check({ page: String(MAX_PAGE), limit: '100' }).issues).toEqual([]);
    expect(check({ page: '007' }).value.page).toBe(7);
  });
});

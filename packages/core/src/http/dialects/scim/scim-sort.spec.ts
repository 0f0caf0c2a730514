import { userSortOf } from './scim-sort';
import { issueOf } from './scim-issue.fixture';

describe('scim sortBy/sortOrder → store order', () => {
  it('maps the sortable attributes in any case; userName follows the tenant; ascending by default', () => {
    expect(userSortOf(undefined, 'descending', 'email')).toBeUndefined();
    expect(userSortOf('userName', undefined, 'email')).toEqual({ field: 'email' });
    expect(userSortOf('USERNAME', 'Descending', 'login')).toEqual({ field: 'login', descending: true });
    expect(userSortOf('name.familyName', 'ascending', 'email')).toEqual({ field: 'lastName' });
    expect(userSortOf('urn:ietf:params:scim:schemas:core:2.0:User:meta.created', undefined, 'email')).toEqual({ field: 'createdAt' });
    expect(userSortOf('meta.lastModified', 'descending', 'email')).toEqual({ field: 'updatedAt', descending: true });
    expect(userSortOf('emails.value', undefined, 'login')).toEqual({ field: 'email' });
  });

  it('refuses other attributes and orders (invalidValue)', () => {
    expect(issueOf(() => userSortOf('title', undefined, 'email'))).toBe('sortBy');
    expect(issueOf(() => userSortOf('userName', 'up', 'email'))).toBe('sortOrder');
  });
});

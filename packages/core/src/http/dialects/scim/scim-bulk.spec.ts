import { RosterError } from '../../../errors';
import { BULK_REQUEST_SCHEMA, bulkRequestOf, resolvedData, resolvedPath, UnresolvedBulkId } from './scim-bulk';

const request = (operations: unknown[], extra: Record<string, unknown> = {}) => ({
  schemas: [BULK_REQUEST_SCHEMA],
  ...extra,
  Operations: operations,
});
const refused = (body: Record<string, unknown>): string => {
  try {
    bulkRequestOf(body);
  } catch (error) {
    if (error instanceof RosterError) return error.details.issues?.[0]?.field ?? '';
  }
  return 'accepted';
};

describe('bulkRequestOf', () => {
  it('reads the operations, the method in any case, and failOnErrors', () => {
    const read = bulkRequestOf(
      request(
        [
          { method: 'post', path: '/Users', bulkId: 'a', data: {} },
          { method: 'DELETE', path: '/Users/x', version: 'W/"2"' },
        ],
        { failOnErrors: 2 },
      ),
    );
    expect(read).toEqual({
      failOnErrors: 2,
      operations: [
        { method: 'POST', path: '/Users', bulkId: 'a', data: {} },
        { method: 'DELETE', path: '/Users/x', version: 'W/"2"' },
      ],
    });
  });

  it('refuses what is not a BulkRequest as a body issue (invalidSyntax)', () => {
    expect(refused({ Operations: [] })).toBe('body');
    expect(refused(request([{ method: 'GET', path: '/Users' }]))).toBe('body');
    expect(refused(request([{ method: 'POST', path: '/Users', data: {} }]))).toBe('body');
    expect(refused(request([{ method: 'PUT', path: 'Users/x', data: {} }]))).toBe('body');
    expect(refused(request([{ method: 'PATCH', path: '/Users/x' }]))).toBe('body');
    expect(refused(request([], { failOnErrors: 1.5 }))).toBe('body');
    const twice = { method: 'POST', path: '/Users', bulkId: 'a', data: {} };
    expect(refused(request([twice, twice]))).toBe('body');
    expect(refused(request([]))).toBe('accepted');
  });
});

describe('bulkId references', () => {
  const created = new Map([['ada', 'usr_1']]);
  it('replaces bulkId:<id> strings in data, at any depth, and path segments', () => {
    expect(resolvedData({ members: [{ value: 'bulkId:ada' }, { value: 'usr_2' }], note: 'bulkId' }, created)).toEqual({
      members: [{ value: 'usr_1' }, { value: 'usr_2' }],
      note: 'bulkId',
    });
    expect(resolvedPath('/Users/bulkId:ada', created)).toBe('/Users/usr_1');
    expect(resolvedPath('/Users/bulkId%3Aada', created)).toBe('/Users/usr_1');
    expect(resolvedPath('/Groups/12', created)).toBe('/Groups/12');
  });

  it('throws UnresolvedBulkId for a bulkId no earlier POST created', () => {
    expect(() => resolvedData(['bulkId:bob'], created)).toThrow(UnresolvedBulkId);
    expect(() => resolvedPath('/Users/bulkId:bob', created)).toThrow(UnresolvedBulkId);
  });
});

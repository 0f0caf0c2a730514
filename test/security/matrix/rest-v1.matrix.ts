import type { MatrixCase } from './matrix-case';
import { jsonDialectCases } from './json-dialect.matrix';

/** Every rest-v1 cell (docs/dialects/rest-v1.md: the refusals, exactly). */
export function restV1Cases(): MatrixCase[] {
  return jsonDialectCases({
    users: '/api/v1/users',
    refusals: {
      forbidden: { status: 403, body: '{"success":false,"message":"Insufficient permissions"}' },
      not_found: { status: 404, body: '{"success":false,"message":"User does not exist"}' },
      protected: { status: 403, body: '{"success":false,"message":"Insufficient permissions"}' },
      unauthenticated: { status: 401, body: '{"success":false,"message":"Authentication required"}' },
    },
    createBody: (email, role) => ({ email, name: 'New User', role }),
    updateMethod: 'PUT',
    deleted: { status: 200, body: '{"success":true,"message":"User deleted successfully"}' },
    readId: (text) => (JSON.parse(text) as { data: { id: string } }).data.id,
  });
}

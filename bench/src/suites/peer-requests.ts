import { uniqueToken, type RequestScenario } from '../harness/request-scenario';
import { betterAuthSeedId } from '../db/better-auth-database';
import { REST_V1_GET, restV1Create, restV1List } from './bench-requests';

export type PeerOperation = 'get' | 'list' | 'create' | 'create-with-password';

export interface PeerPair {
  readonly operation: PeerOperation;
  readonly label: string;
  readonly betterAuth: RequestScenario;
  readonly roster: RequestScenario;
}

const newEmail = (): string => `p${uniqueToken()}@load.example.com`;

/** better-auth's admin endpoints and rest-v1's routes for the same operation, on equal data. */
export function peerPairs(cookie: string): PeerPair[] {
  const headers = { cookie };
  const create = (withPassword: boolean): RequestScenario => ({
    name: withPassword ? 'better-auth admin create-user with password' : 'better-auth admin create-user',
    method: 'POST',
    path: '/api/auth/admin/create-user',
    headers,
    body: () => JSON.stringify({ email: newEmail(), name: 'Load Test', ...(withPassword ? { password: 'load test password 1' } : {}) }),
    expectStatus: 200,
  });
  return [
    {
      operation: 'get',
      label: 'get one user',
      betterAuth: {
        name: 'better-auth admin get-user',
        method: 'GET',
        path: `/api/auth/admin/get-user?id=${betterAuthSeedId(1)}`,
        headers,
        expectStatus: 200,
      },
      roster: REST_V1_GET,
    },
    {
      operation: 'list',
      label: 'list users filtered by role (20, oldest first)',
      betterAuth: {
        name: 'better-auth admin list-users',
        method: 'GET',
        path: '/api/auth/admin/list-users?filterField=role&filterOperator=eq&filterValue=user&limit=20&offset=0&sortBy=createdAt&sortDirection=asc',
        headers,
        expectStatus: 200,
      },
      roster: restV1List('role=user&page=1&limit=20', 'rest-v1 list filtered by role'),
    },
    { operation: 'create', label: 'create a user without password', betterAuth: create(false), roster: restV1Create(false) },
    {
      operation: 'create-with-password',
      label: 'create a user with a password (each library hashes with its default)',
      betterAuth: create(true),
      roster: restV1Create(true),
    },
  ];
}

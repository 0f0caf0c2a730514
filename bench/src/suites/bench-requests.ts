import { uniqueToken, type RequestScenario } from '../harness/request-scenario';
import { seedPublicId } from '../db/seed-user.model';
import { BENCH_TENANT } from '../servers/bench-fixture';

/**
 * The requests the overhead and scale figures send, identical for Roster and the baselines
 * (same wire format). Reads name the first seeded user; creates make a new e-mail each time.
 */

const BEARER = { authorization: `Bearer ${BENCH_TENANT.apiKey}` };
const ISPRING_AUTH = {
  'x-auth-account-url': BENCH_TENANT.accountUrl,
  'x-auth-email': BENCH_TENANT.admin.email,
  'x-auth-password': BENCH_TENANT.admin.password,
};
/** The bootstrap's admin takes id 1; seeded user 1 gets id 2. */
export const FIRST_SEED_ID = 2;
const newEmail = (): string => `u${uniqueToken()}@load.example.com`;

export type HotRoute = 'get' | 'list' | 'create';

export interface DialectRoute {
  readonly dialect: 'courselit' | 'ispring' | 'objective' | 'rest-v1';
  readonly route: HotRoute;
  readonly scenario: RequestScenario;
}

export const REST_V1_GET: RequestScenario = {
  name: 'rest-v1 get one user',
  method: 'GET',
  path: `/api/v1/users/${seedPublicId(1)}`,
  headers: BEARER,
  expectStatus: 200,
};

export const restV1List = (query: string, name: string): RequestScenario => ({
  name,
  method: 'GET',
  path: `/api/v1/users?${query}`,
  headers: BEARER,
  expectStatus: 200,
});

export const restV1Create = (withPassword: boolean): RequestScenario => ({
  name: withPassword ? 'rest-v1 create with password' : 'rest-v1 create without password',
  method: 'POST',
  path: '/api/v1/users',
  headers: BEARER,
  body: () => JSON.stringify({ email: newEmail(), name: 'Load Test', ...(withPassword ? { password: 'load test password 1' } : {}) }),
  expectStatus: 201,
});

export const OVERHEAD_ROUTES: readonly DialectRoute[] = [
  { dialect: 'rest-v1', route: 'get', scenario: REST_V1_GET },
  { dialect: 'rest-v1', route: 'list', scenario: restV1List('page=1&limit=20', 'rest-v1 list a page') },
  { dialect: 'rest-v1', route: 'create', scenario: restV1Create(false) },
  {
    dialect: 'ispring',
    route: 'get',
    scenario: { name: 'ispring get one user', method: 'GET', path: `/user/${FIRST_SEED_ID}`, headers: ISPRING_AUTH, expectStatus: 200 },
  },
  {
    dialect: 'ispring',
    route: 'list',
    scenario: { name: 'ispring list (1000 per answer)', method: 'GET', path: '/user', headers: ISPRING_AUTH, expectStatus: 200 },
  },
  {
    dialect: 'ispring',
    route: 'create',
    scenario: {
      name: 'ispring create without password',
      method: 'POST',
      path: '/user',
      headers: { ...ISPRING_AUTH, 'x-send-login-email': '0' },
      headersFor: () => ({ 'x-email': newEmail() }),
      expectStatus: 201,
    },
  },
  {
    dialect: 'objective',
    route: 'get',
    scenario: { name: 'objective get one user', method: 'GET', path: `/api/users/${FIRST_SEED_ID}`, headers: BEARER, expectStatus: 200 },
  },
  {
    dialect: 'objective',
    route: 'create',
    scenario: {
      name: 'objective create without password',
      method: 'POST',
      path: '/api/users',
      headers: BEARER,
      body: () => JSON.stringify({ email: newEmail(), first_name: 'Load', last_name: 'Test' }),
      expectStatus: 201,
    },
  },
  {
    dialect: 'courselit',
    route: 'create',
    scenario: {
      name: 'courselit create',
      method: 'POST',
      path: '/api/user',
      headers: { domain: BENCH_TENANT.name },
      body: () => JSON.stringify({ apikey: BENCH_TENANT.apiKey, email: newEmail(), name: 'Load Test' }),
      expectStatus: 200,
    },
  },
];

import { betterAuth } from 'better-auth';
import { admin } from 'better-auth/plugins';
import { Pool } from 'pg';

/** The session cookie's name with better-auth's default prefix. */
export const BETTER_AUTH_SESSION_COOKIE = 'better-auth.session_token';
export const BETTER_AUTH_ADMIN = { email: 'admin@bench.example.com', password: 'bench admin password 1', name: 'Bench Admin' };

/**
 * better-auth as its documentation sets it up for PostgreSQL: a `pg` Pool (better-auth drives
 * it through Kysely), e-mail and password sign-in, and the admin plugin. Its rate limiter is
 * off (as Roster's is by default), and the origin check too: the load generator is no browser.
 */
export function createBenchAuth(databaseUrl: string, baseURL = 'http://127.0.0.1') {
  return betterAuth({
    database: new Pool({ connectionString: databaseUrl, max: 10 }),
    secret: 'bench-secret-0123456789abcdef0123456789abcdef',
    baseURL,
    emailAndPassword: { enabled: true },
    plugins: [admin()],
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { disabled: true },
    advanced: { disableCSRFCheck: true },
  });
}

export type BenchAuth = ReturnType<typeof createBenchAuth>;

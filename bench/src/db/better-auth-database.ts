import { getMigrations } from 'better-auth/db/migration';
import { BETTER_AUTH_ADMIN, BETTER_AUTH_SESSION_COOKIE, createBenchAuth } from '../servers/better-auth.config';
import { recreateDatabase, withDatabase } from './postgres-admin';
import { SEED_EPOCH_MS } from './seed-user.model';

export const BETTER_AUTH_DATABASE = 'better_auth_bench';

export interface BetterAuthDatabase {
  readonly url: string;
  /** `Cookie` header of the admin's session. */
  readonly cookie: string;
}

/**
 * A fresh better-auth database: its schema made by better-auth's own migrator, an admin signed
 * up, promoted and signed in (its session cookie is what the load sends), and `count` users
 * seeded with the same role mix and creation times as Roster's seed.
 */
export async function prepareBetterAuthDatabase(count: number): Promise<BetterAuthDatabase> {
  const url = await recreateDatabase(BETTER_AUTH_DATABASE);
  const auth = createBenchAuth(url);
  try {
    const { runMigrations } = await getMigrations(auth.options);
    await runMigrations();
    await auth.api.signUpEmail({ body: BETTER_AUTH_ADMIN });
    await withDatabase(BETTER_AUTH_DATABASE, (client) =>
      client.query(`UPDATE "user" SET role = 'admin' WHERE email = $1`, [BETTER_AUTH_ADMIN.email]),
    );
    const response = await auth.api.signInEmail({
      body: { email: BETTER_AUTH_ADMIN.email, password: BETTER_AUTH_ADMIN.password },
      asResponse: true,
    });
    const cookie = sessionCookie(response.headers.get('set-cookie'));
    await withDatabase(BETTER_AUTH_DATABASE, (client) => client.query(SEED_USERS, [SEED_EPOCH_MS / 1000, count]));
    await withDatabase(BETTER_AUTH_DATABASE, (client) => client.query('VACUUM ANALYZE "user"'));
    return { url, cookie };
  } finally {
    await auth.options.database.end();
  }
}

/** The `name=value` of the session cookie in a Set-Cookie header. */
function sessionCookie(setCookie: string | null): string {
  const match = setCookie?.match(new RegExp(`${BETTER_AUTH_SESSION_COOKIE.replace('.', '\\.')}=[^;]+`));
  if (!match) throw new Error('better-auth: sign-in gave no session cookie');
  return match[0];
}

/** Seeded user ids are `seed<n>`; role `publisher` for every 5th, like Roster's seed. */
export const betterAuthSeedId = (n: number): string => `seed${n}`;

const SEED_USERS = `
  INSERT INTO "user" (id, name, email, "emailVerified", image, "createdAt", "updatedAt", role, banned)
  SELECT 'seed' || g, 'Seed User ' || g, 'seed' || g || '@bench.example.com', false, NULL,
    to_timestamp($1::bigint + g), to_timestamp($1::bigint + g),
    CASE WHEN g % 5 = 0 THEN 'publisher' ELSE 'user' END, false
  FROM generate_series(1, $2::int) AS g`;

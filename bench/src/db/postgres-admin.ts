import { Client } from 'pg';

/** The PostgreSQL server the benchmarks use (override with BENCH_PG_URL, e.g. another port). */
export const SERVER_URL = process.env['BENCH_PG_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export function databaseUrl(database: string): string {
  const url = new URL(SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function withDatabase<T>(database: string, work: (client: Client) => Promise<T>): Promise<T> {
  return withClient(databaseUrl(database), work);
}

/** The server's version string, or null when it cannot be reached. */
export async function postgresVersion(): Promise<string | null> {
  try {
    return await withClient(
      SERVER_URL,
      async (client) => (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v,
    );
  } catch {
    return null;
  }
}

/** Drops (closing its connections) and creates a database, so every run starts empty. */
export async function recreateDatabase(database: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(database)) throw new Error(`bad database name ${database}`);
  await withClient(SERVER_URL, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${database}`);
  });
  return databaseUrl(database);
}

export async function dropDatabase(database: string): Promise<void> {
  await withClient(SERVER_URL, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}

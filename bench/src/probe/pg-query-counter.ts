import { Client } from 'pg';

let count = 0;
let installed = false;

/**
 * Counts the SQL round trips of this process: every `Client.prototype.query` call of the `pg`
 * driver, whoever makes it (MikroORM through Knex, better-auth through Kysely, the limit baseline
 * directly), BEGIN and COMMIT included. The workspace has one copy of `pg`, so one patch sees them
 * all. Returns a reader of the running count.
 */
export function countPgQueries(): () => number {
  if (!installed) {
    installed = true;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with .apply on the client it wraps
    const query = Client.prototype.query as (...args: unknown[]) => unknown;
    Client.prototype.query = function counted(this: Client, ...args: unknown[]) {
      count += 1;
      return query.apply(this, args);
    } as typeof Client.prototype.query;
  }
  return () => count;
}

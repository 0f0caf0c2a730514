/** What a server child process is told to be (passed as JSON in BENCH_SERVER_SPEC). */
export type ServerKind =
  | 'roster-express'
  | 'roster-nest'
  | 'bare-express'
  | 'bare-nest'
  | 'better-auth'
  /** The floor: node:http + `pg`, rest-v1's get, list and create only (servers/limit/). */
  | 'limit'
  /** What-if: Roster on Express over `tunedStores` (probe/tuned-stores.ts). */
  | 'roster-express-tuned';

/** Where Roster's data lives: PostgreSQL through @roster/mikro-orm, or memory (seeded by the child). */
export type StoreSpec = { readonly kind: 'postgres'; readonly url: string } | { readonly kind: 'memory'; readonly seedUsers: number };

/**
 * `argon2`: the core's default hasher (OWASP parameters). `fast`: a SHA-256 stand-in, so a
 * figure measures the code around the hash rather than the hash (which section 4 measures).
 */
export type HasherKind = 'argon2' | 'fast';

export interface ServerSpec {
  readonly kind: ServerKind;
  readonly store: StoreSpec;
  readonly hasher: HasherKind;
}

/** Messages between the orchestrator and a server child. */
export type ToServer = { readonly type: 'probe-start' } | { readonly type: 'probe-stop' } | { readonly type: 'queries' };

export interface EventLoopFigures {
  /** Event-loop delay in milliseconds over the probed interval. */
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  /** Share of the interval the event loop was busy (0..1). */
  readonly utilization: number;
}

export type FromServer =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'failed'; readonly message: string }
  | { readonly type: 'probe'; readonly figures: EventLoopFigures }
  /** SQL statements the process has sent to PostgreSQL so far (probe/pg-query-counter.ts). */
  | { readonly type: 'queries'; readonly count: number };

export const SPEC_VARIABLE = 'BENCH_SERVER_SPEC';

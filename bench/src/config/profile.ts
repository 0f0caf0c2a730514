import type { PairedOptions } from '../harness/paired-comparison';

export type ProfileName = 'quick' | 'full';

export interface Profile {
  readonly name: ProfileName;
  /** Load settings of every paired figure (autocannon runs last whole seconds). */
  readonly paired: PairedOptions;
  /** Overhead figures per framework: `dialect:route` keys, `*` for any part (`rest-v1:*`). */
  readonly overheadRoutes: { readonly express: readonly string[]; readonly nest: readonly string[] };
  /** What-if overhead figures (Roster on Express over tuned stores), same patterns. */
  readonly whatIfRoutes: readonly string[];
  /** Users seeded for the overhead and peer figures. */
  readonly baseUsers: number;
  /** The small and the large size of the scale figures. */
  readonly scaleSizes: readonly [number, number];
  /** Rounds and run length of the hashing figure. */
  readonly hashing: { readonly rounds: number; readonly durationSeconds: number };
}

const CONNECTIONS = 10;

/** Whether a `dialect:route` key is selected by one of the patterns (`*` matches any part). */
export function selects(patterns: readonly string[], dialect: string, route: string): boolean {
  return patterns.some((pattern) => {
    const [d, r] = pattern.split(':');
    return (d === '*' || d === dialect) && (r === '*' || r === route);
  });
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  quick: {
    name: 'quick',
    paired: { connections: CONNECTIONS, durationSeconds: 1, warmupSeconds: 0, rounds: 3 },
    overheadRoutes: { express: ['rest-v1:*', 'ispring:get'], nest: ['rest-v1:*'] },
    whatIfRoutes: [],
    baseUsers: 1_000,
    scaleSizes: [10_000, 100_000],
    hashing: { rounds: 3, durationSeconds: 2 },
  },
  full: {
    name: 'full',
    paired: { connections: CONNECTIONS, durationSeconds: 5, warmupSeconds: 2, rounds: 5 },
    overheadRoutes: { express: ['*:*'], nest: ['*:*'] },
    whatIfRoutes: ['rest-v1:*', 'ispring:get'],
    baseUsers: 1_000,
    scaleSizes: [10_000, 1_000_000],
    hashing: { rounds: 5, durationSeconds: 5 },
  },
};

export function profileFrom(argv: readonly string[]): Profile {
  const index = argv.indexOf('--profile');
  const name = index >= 0 ? argv[index + 1] : 'quick';
  if (name !== 'quick' && name !== 'full') throw new Error(`--profile must be quick or full, not ${name}`);
  return PROFILES[name];
}

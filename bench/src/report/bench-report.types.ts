import type { Profile, ProfileName } from '../config/profile';
import type { ClusterReport } from '../suites/cluster.suite';
import type { HashingReport } from '../suites/hashing.suite';
import type { OverheadRow } from '../suites/overhead.suite';
import type { PeerRow } from '../suites/peer.suite';
import type { ScaleReport } from '../suites/scale.suite';
import type { CensusRow } from '../suites/store-census.suite';
import type { EnvironmentInfo } from './environment-info';

/** Everything one run measured, saved as results/<profile>.json and rendered into RESULTS.md. */
export interface BenchReport {
  readonly profile: ProfileName;
  readonly settings: Profile;
  readonly startedAt: string;
  readonly durationSeconds: number;
  readonly command: string;
  readonly environment: EnvironmentInfo;
  /** Other work on the machine shows here (and at start, in `environment`). */
  readonly loadAverageAtEnd: readonly number[];
  readonly store: 'postgres' | 'memory';
  readonly overhead: readonly OverheadRow[] | null;
  readonly census: readonly CensusRow[] | null;
  readonly peer: readonly PeerRow[] | null;
  readonly scale: ScaleReport | null;
  readonly hashing: HashingReport | null;
  /** Absent in reports written before the section existed. */
  readonly cluster?: ClusterReport | null;
  /** `--only` runs merged into this report (report/carry-over.ts): each measured `sections` alone, later. */
  readonly partialRuns?: readonly PartialRun[];
  /** Why a section is missing or what went wrong in it. */
  readonly problems: readonly string[];
}

/** One `--only` run whose sections replaced the saved report's. */
export interface PartialRun {
  readonly sections: readonly string[];
  readonly startedAt: string;
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd: readonly number[];
  readonly problems: readonly string[];
}

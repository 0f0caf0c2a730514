import { describeAdminConformance } from './admin.conformance';
import { describeCommonConformance } from './common.conformance';
import type { StartConformanceHost } from './conformance-host';
import { describeCourselitConformance } from './courselit.conformance';
import { describeIspringConformance } from './ispring.conformance';
import { describeObjectiveConformance } from './objective.conformance';
import { describeRealClientsConformance } from './real-clients.conformance';
import { describeRestV1Conformance } from './rest-v1.conformance';
import { describeScimConformance } from './scim.conformance';

/**
 * The conformance suites by name: one per dialect (admin and scim included), `common` for the rules across
 * dialects, and `clients` for the requests of the platforms' real clients.
 */
export const CONFORMANCE_SUITES = {
  courselit: describeCourselitConformance,
  ispring: describeIspringConformance,
  objective: describeObjectiveConformance,
  'rest-v1': describeRestV1Conformance,
  common: describeCommonConformance,
  clients: describeRealClientsConformance,
  admin: describeAdminConformance,
  scim: describeScimConformance,
} as const satisfies Record<string, (startHost: StartConformanceHost) => void>;

export type ConformanceSuiteName = keyof typeof CONFORMANCE_SUITES;

/**
 * Every dialect's conformance suite against one kind of host (Express 5, Express 4, NestJS…).
 * The one list of suites: a host's e2e file calls this and nothing else. `suites` narrows a run to
 * some of them, for a host whose other cells another host already runs (the store behind the same
 * adapter, say); absent: all of them.
 */
export function describeAllDialectsConformance(
  startHost: StartConformanceHost,
  suites: readonly ConformanceSuiteName[] = Object.keys(CONFORMANCE_SUITES) as ConformanceSuiteName[],
): void {
  for (const suite of suites) CONFORMANCE_SUITES[suite](startHost);
}

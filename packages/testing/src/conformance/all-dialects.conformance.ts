import { describeCommonConformance } from './common.conformance';
import type { StartConformanceHost } from './conformance-host';
import { describeCourselitConformance } from './courselit.conformance';
import { describeIspringConformance } from './ispring.conformance';
import { describeObjectiveConformance } from './objective.conformance';
import { describeRestV1Conformance } from './rest-v1.conformance';

/**
 * Every dialect's conformance suite against one kind of host (Express 5, Express 4, NestJS…).
 * The one list of suites: a host's e2e file calls this and nothing else.
 */
export function describeAllDialectsConformance(startHost: StartConformanceHost): void {
  describeCourselitConformance(startHost);
  describeIspringConformance(startHost);
  describeObjectiveConformance(startHost);
  describeRestV1Conformance(startHost);
  describeCommonConformance(startHost);
}

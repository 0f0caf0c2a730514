import { describe } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { describeRestV1AuthConformance } from './rest-v1-auth.conformance';
import { describeRestV1CreateConformance } from './rest-v1-create.conformance';
import { describeRestV1ListCursorConformance } from './rest-v1-list-cursor.conformance';
import { describeRestV1ListConformance } from './rest-v1-list.conformance';
import { describeRestV1RateLimitConformance } from './rest-v1-rate-limit.conformance';
import { describeRestV1UserConformance } from './rest-v1-user.conformance';

/**
 * Black-box conformance of the rest-v1 dialect (docs/dialects/rest-v1.md, docs/dialects/common.md) against a host
 * started by `startHost`: exact statuses, bodies and headers. Each block starts its own host.
 */
export function describeRestV1Conformance(startHost: StartConformanceHost): void {
  describe('rest-v1 conformance', () => {
    describeRestV1AuthConformance(startHost);
    describeRestV1ListConformance(startHost);
    describeRestV1ListCursorConformance(startHost);
    describeRestV1CreateConformance(startHost);
    describeRestV1UserConformance(startHost);
    describeRestV1RateLimitConformance(startHost);
  });
}

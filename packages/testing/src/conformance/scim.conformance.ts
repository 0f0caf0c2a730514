import { describe } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { scimBulkCases } from './scim-bulk.cases';
import { scimSender } from './scim-client';
import { scimFilterCases } from './scim-filter.cases';
import { scimGroupCases } from './scim-group.cases';
import { scimGroupWriteCases } from './scim-group-writes.cases';
import { scimUserCycleCases } from './scim-user-cycle.cases';
import { scimUserRuleCases } from './scim-user-rules.cases';
import { useConformanceHost } from './use-conformance-host';

/**
 * Black-box conformance of the scim dialect (packages/core/src/http/dialects/scim/README.md),
 * written from RFC 7643/7644 and from the requests Microsoft Entra ID and Okta document that they
 * send during a provisioning cycle. One host for the whole suite: the cases use users of their own.
 */
export function describeScimConformance(startHost: StartConformanceHost): void {
  describe('scim conformance', () => {
    const baseUrl = useConformanceHost(startHost);
    const send = scimSender(baseUrl);

    scimUserCycleCases(send, baseUrl);
    scimUserRuleCases(send);
    scimFilterCases(send);
    scimGroupCases(send);
    scimGroupWriteCases(send, baseUrl);
    scimBulkCases(send);
  });
}

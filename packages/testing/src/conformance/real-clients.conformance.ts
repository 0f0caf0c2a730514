import { describe } from '@jest/globals';
import type { StartConformanceHost } from './conformance-host';
import { describeCourselitClients } from './courselit-clients.conformance';
import { describeCourselitUpsert } from './courselit-upsert.conformance';
import { describeIspringProfile } from './ispring-profile.conformance';

/**
 * The requests of the platforms' real clients, as they send them: iSpring Learn's own update
 * sample and custom profile fields, CourseLit's `x-api-key` header, its school chosen by the Host,
 * and its upsert on a repeated create. A suite of its own so that every host runs it, the SQL
 * hosts included (profile fields and upserts are store work: unique values, read-back order).
 */
export function describeRealClientsConformance(startHost: StartConformanceHost): void {
  describe('real clients', () => {
    describeIspringProfile(startHost);
    describeCourselitClients(startHost);
    describeCourselitUpsert(startHost);
  });
}

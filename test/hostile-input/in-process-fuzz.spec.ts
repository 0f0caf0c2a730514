import type { Logger } from '@roster/core';
import { createRoster } from '@roster/core';
import { adminDialect, courselitDialect, createAdminDialect, ispringDialect, objectiveDialect, restV1Dialect } from '@roster/core/http';
import { createMemoryStores } from '@roster/memory';
import {
  adminFuzzTarget,
  CONFORMANCE_OPERATOR_TOKEN,
  conformanceBootstrap,
  courselitFuzzTarget,
  describeDialectFuzz,
  fastFakeHasher,
  ispringFuzzTarget,
  objectiveFuzzTarget,
  restV1FuzzTarget,
} from '@roster/testing';

/**
 * Hostile input on every route of every dialect, in-process (`dialect.handle`): 100 cases per
 * route by default (ROSTER_FUZZ_RUNS to change). Memory stores, and a fast fake hasher instead of
 * argon2id (see fastFakeHasher): this is about the wire, not about hashing.
 */
async function fuzzRoster(logger: Logger) {
  const roster = createRoster({ stores: createMemoryStores(), passwordHasher: fastFakeHasher(), logger });
  await roster.bootstrap.load(conformanceBootstrap);
  return roster;
}

describeDialectFuzz({ plugin: courselitDialect, target: courselitFuzzTarget, createRoster: fuzzRoster });
describeDialectFuzz({ plugin: ispringDialect, target: ispringFuzzTarget, createRoster: fuzzRoster });
describeDialectFuzz({ plugin: objectiveDialect, target: objectiveFuzzTarget, createRoster: fuzzRoster });
describeDialectFuzz({ plugin: restV1Dialect, target: restV1FuzzTarget, createRoster: fuzzRoster });
// The admin dialect with the operator token, so the tenant routes are fuzzed past authentication too.
describeDialectFuzz({
  plugin: { ...adminDialect, create: (roster) => createAdminDialect(roster, { operatorToken: CONFORMANCE_OPERATOR_TOKEN }) },
  target: adminFuzzTarget,
  createRoster: fuzzRoster,
});

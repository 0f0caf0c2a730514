// What a store author or a host's test suite uses, each by name (packages/testing/README.md): the
// store contract, fixtures, the conformance suites and the fuzz arbitraries and targets. The fuzz
// runner's own helpers (request composition, the route loop, the bootstrap keys) stay inside.
// Every change here shows in packages/testing/api/testing.api.md (`pnpm api:update`).

// Store contract.
export { describeStoreContract, type StoreContractOptions, type StoreContractPart } from './store-contract/describe-store-contract';
export type {
  ContractAsyncMatchers,
  ContractBaseMatchers,
  ContractExpect,
  ContractMatchers,
  ContractRunner,
  ContractTestFn,
} from './store-contract/contract-runner';
export type {
  FixtureAccess,
  RawApiKeyRecord,
  RawGroupRecord,
  RawOrganizationRecord,
  RawReader,
  RawTenantRecord,
  RawUserFilter,
  RawUserRecord,
  StoreContractFixture,
  StoreContractSetup,
} from './store-contract/store-contract.types';

// Fixtures.
export { makeUser } from './fixtures/user.fixture';
export { makeTenant, makeOrganization, makeGroup } from './fixtures/tenant.fixture';
export { makeApiKey, hashSecret } from './fixtures/api-key.fixture';
export { fixtureDate } from './fixtures/fixture-sequence';
export { makeAuditEvent } from './fixtures/audit-event.fixture';
export { makeWebhookEndpoint } from './fixtures/webhook-endpoint.fixture';

// Conformance suites.
export { describeAllDialectsConformance, type ConformanceSuiteName } from './conformance/all-dialects.conformance';
export { conformanceBootstrap, fixture, ispringActors, type IspringCredentials } from './conformance/conformance-fixture';
export type { ConformanceHost, ConformanceHostOptions, StartConformanceHost } from './conformance/conformance-host';
export { sendRequest, type WireRequest, type WireResponse } from './conformance/http-client';
export { quietHostLogger } from './conformance/quiet-host-logger';

// Fuzzing: the per-dialect suites and targets, and the arbitraries for a host's own properties.
export { describeDialectFuzz, type DialectFuzzOptions } from './fuzz/describe-dialect-fuzz';
export type { DialectFuzzTarget, FuzzContext, RequestParts } from './fuzz/fuzz-target';
export { adminFuzzTarget } from './fuzz/targets/admin.fuzz-target';
export { CONFORMANCE_OPERATOR_TOKEN } from './conformance/admin-client';
export { courselitFuzzTarget } from './fuzz/targets/courselit.fuzz-target';
export { ispringFuzzTarget } from './fuzz/targets/ispring.fuzz-target';
export { objectiveFuzzTarget } from './fuzz/targets/objective.fuzz-target';
export { restV1FuzzTarget } from './fuzz/targets/rest-v1.fuzz-target';
export { capturingLogger, logViolations, type LogEntry } from './fuzz/capturing-logger';
export { fastFakeHasher } from './fuzz/fast-fake-hasher';
export { emailAddress, personName, jsonText, FUZZ_SECRETS } from './fuzz/fuzz-values';
export { hostileBody, type FuzzBody, type HostileBodyOptions } from './fuzz/hostile-body';
export { hostileBytes, withInvalidUtf8, INVALID_UTF8 } from './fuzz/hostile-bytes';
export { hostileHeaders, hostileHeaderValue } from './fuzz/hostile-headers';
export {
  deepJson,
  hostileJsonScalar,
  hostileJsonValue,
  hugeJson,
  jsonObjectText,
  plausibleObject,
  POLLUTION_KEYS,
} from './fuzz/hostile-json';
export { pathSegment, routePath } from './fuzz/hostile-paths';
export { hostileQuery, hostileQueryValue, type FuzzQuery } from './fuzz/hostile-query';
export { hostileString, longString, nastyCharacter, NASTY_STRINGS } from './fuzz/hostile-text';
export { hostileXml, XML_ATTACKS } from './fuzz/hostile-xml';
export { bodyText, jsonObjectProblems, responseViolations, type ResponseRules } from './fuzz/response-invariants';

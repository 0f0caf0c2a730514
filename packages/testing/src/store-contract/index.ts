export { describeStoreContract, type StoreContractOptions, type StoreContractPart } from './describe-store-contract';
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
} from './store-contract.types';
export type {
  ContractAsyncMatchers,
  ContractBaseMatchers,
  ContractExpect,
  ContractMatchers,
  ContractRunner,
  ContractTestFn,
} from './contract-runner';

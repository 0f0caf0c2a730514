export { describeStoreContract } from './describe-store-contract';
export type {
  FixtureAccess,
  RawApiKeyRecord,
  RawGroupRecord,
  RawOrganizationRecord,
  RawReader,
  RawTenantRecord,
  RawUserRecord,
  StoreContractFixture,
  StoreContractSetup,
} from './store-contract.types';

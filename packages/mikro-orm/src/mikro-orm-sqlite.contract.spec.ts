import { describeStoreContract } from '@roster/testing';
import { sqliteFileSetup, sqliteMemorySetup } from './test-support/contract-setups';

jest.setTimeout(30_000);

describeStoreContract('mikro-orm sqlite :memory:', sqliteMemorySetup);
describeStoreContract('mikro-orm sqlite file', sqliteFileSetup());

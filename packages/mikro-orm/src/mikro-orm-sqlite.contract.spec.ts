import { describeStoreContract } from '@roster/testing';
import { sqliteFileSetup, sqliteMemorySetup } from './test-support/contract-setups';

jest.setTimeout(30_000);

const jestRunner = { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll };

describeStoreContract('mikro-orm sqlite :memory:', sqliteMemorySetup(), jestRunner);
describeStoreContract('mikro-orm sqlite file', sqliteFileSetup(), jestRunner);

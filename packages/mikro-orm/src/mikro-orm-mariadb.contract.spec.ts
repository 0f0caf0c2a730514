import { describeStoreContract } from '@roster/testing';
import { serverSetup } from './test-support/contract-setups';

jest.setTimeout(60_000);

const jestRunner = { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll };

describeStoreContract('mikro-orm mariadb', serverSetup('mysql'), jestRunner);

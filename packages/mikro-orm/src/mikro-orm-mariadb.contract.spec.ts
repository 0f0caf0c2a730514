import { describeStoreContract } from '@roster/testing';
import { serverSetup } from './test-support/contract-setups';

jest.setTimeout(60_000);

describeStoreContract('mikro-orm mariadb', serverSetup('mysql'));

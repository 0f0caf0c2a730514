import { describeStoreContract } from '@roster/testing';
import { sqliteFileSetup, sqliteMemorySetup } from './test-support/contract-setups';

jest.setTimeout(30_000);

const jestRunner = { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll };

// A SQLite file, as the example hosts default to: the whole suite.
describeStoreContract('mikro-orm sqlite file', sqliteFileSetup(), jestRunner);

// `sqlite::memory:` is the same driver, SQL and mappings over one connection that every unit of
// work shares: it runs again only the parts one connection can change (transactions, parallel
// writes, idempotency claims, the lookups they rest on).
describeStoreContract('mikro-orm sqlite :memory:', sqliteMemorySetup(), jestRunner, {
  parts: ['users', 'unitOfWork', 'concurrency', 'idempotency', 'ping'],
});

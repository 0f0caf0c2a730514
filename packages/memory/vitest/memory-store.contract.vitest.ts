import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeStoreContract } from '@roster/testing/store-contract';
import { memoryContractSetup } from '../src/test-support/memory-contract-setup';

// The same contract the Jest spec (src/memory-stores.spec.ts) registers, here on Vitest's functions:
// proof that the suite depends on no runner of its own.
describeStoreContract('memory (vitest)', memoryContractSetup, { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll });

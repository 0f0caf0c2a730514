import { describeStoreContract } from '@roster/testing';
import { memoryContractSetup } from './test-support/memory-contract-setup';

describeStoreContract('memory', memoryContractSetup, { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll });

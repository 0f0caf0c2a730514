import { describeWebhookEndpointStore } from '@roster/testing';
import { createMemoryWebhookEndpointStore } from './in-memory-webhook-endpoint-store';

describeWebhookEndpointStore(() => Promise.resolve(createMemoryWebhookEndpointStore()), {
  describe,
  it,
  expect,
  beforeEach,
  afterEach,
  beforeAll,
  afterAll,
});

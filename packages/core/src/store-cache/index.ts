export { CachedApiKeyStore } from './cached-api-key-store';
export { CachedTenantStore } from './cached-tenant-store';
export { cachedStores, DEFAULT_STORE_CACHE_SECONDS } from './cached-stores';
export {
  CachedWebhookEndpointStore,
  cachedWebhookSubscribers,
  DEFAULT_WEBHOOK_SUBSCRIBER_CACHE_SECONDS,
  WebhookSubscriberCache,
} from './cached-webhook-subscribers';

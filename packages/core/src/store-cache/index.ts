export { CachedApiKeyStore } from './cached-api-key-store';
export { CachedTenantStore } from './cached-tenant-store';
export { cachedStores, DEFAULT_STORE_CACHE_SECONDS } from './cached-stores';

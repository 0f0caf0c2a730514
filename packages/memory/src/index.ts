export { createMemoryStores } from './memory-stores';
export { InMemoryUserStore } from './in-memory-user-store';
export { InMemoryTenantStore } from './in-memory-tenant-store';
export { InMemoryApiKeyStore } from './in-memory-api-key-store';
export { InMemoryUnitOfWork } from './in-memory-unit-of-work';

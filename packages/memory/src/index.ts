// A host uses the memory stores through createMemoryStores alone; the store classes, the state
// and the transaction runner stay inside (see packages/memory/api/memory.api.md).
export { createMemoryStores } from './memory-stores';

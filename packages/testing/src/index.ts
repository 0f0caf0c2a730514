export * from './store-contract';
export * from './fixtures';
export * from './conformance';
export * from './fuzz';

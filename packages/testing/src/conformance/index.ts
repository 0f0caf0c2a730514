export * from './conformance-fixture';
export * from './conformance-host';
export * from './http-client';
export * from './all-dialects.conformance';
export * from './quiet-host-logger';

export * from './http.types';
export * from './responses';
export * from './limits';
export * from './json-body';
export * from './headers';
export * from './route-matcher';
export * from './create-dialect';

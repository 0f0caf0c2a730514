import 'reflect-metadata';

export * from './http.types';
export * from './responses';
export * from './limits';
export * from './json-body';
export * from './headers';
export * from './bearer-auth';
export * from './path-params';
export * from './route-matcher';
export * from './create-dialect';
export * from './dialect-plugin';
export * from './node-io';
export * from './node-body';
export * from './openapi';
export * from './dialects/objective';
export * from './dialects/rest-v1';
export * from './dialects/ispring';
export * from './dialects/courselit';

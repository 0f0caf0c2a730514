export * from './openapi.types';
export * from './openapi-paths';
export * from './openapi-document';
export * from './openapi-answers';
export * from './built-in-apis';

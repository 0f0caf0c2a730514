export * from './error-code';
export * from './roster-error';

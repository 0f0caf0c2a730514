import 'reflect-metadata';

export * from './domain';
export * from './errors';
export * from './ports';
export * from './services';
export * from './roster.types';
export * from './rules';
export { createRoster } from './roster';
export * from './defaults';

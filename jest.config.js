/**
 * One jest run over the whole workspace. Sources are compiled by @swc/jest (types are checked
 * separately by `pnpm typecheck`), and `@roster/*` resolves to each package's `src/`, so tests
 * never need a build first.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@roster/core/http$': '<rootDir>/packages/core/src/http/index.ts',
    '^@roster/(core|memory|testing|express|nestjs|mikro-orm)$': '<rootDir>/packages/$1/src/index.ts',
  },
  testMatch: ['**/?(*.)+(spec|e2e-spec).ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/bench/'],
  setupFiles: ['reflect-metadata'],
};

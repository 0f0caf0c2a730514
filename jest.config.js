/**
 * One jest run over the whole workspace. Sources are compiled by @swc/jest (types are checked
 * separately by `pnpm typecheck`), and `@roster/*` resolves to each package's `src/`, so tests
 * never need a build first.
 *
 * Three projects: `workspace` runs every test on the dependencies the packages resolve (NestJS 11,
 * MikroORM 6.6); `nest12` runs the NestJS module's tests again on NestJS 12, which is ESM-only:
 * `@nestjs/*` is sent to test/nest12's copies and those (only those) are compiled to CommonJS by
 * @swc/jest. `mikro-orm-7` does the same for MikroORM 7 (test/mikro-orm-7's copies) with the store
 * contract suite (SQLite, PostgreSQL, MariaDB) and the SQL conformance hosts; MikroORM 7 needs
 * Node >= 22.17, so that project exists only when jest runs on such a Node (`pnpm test:node22`
 * runs it under Node 22; `pnpm test` runs the Node 20 projects, then that).
 */
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? { syntax, decorators: true } : { syntax },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const roster = {
  '^@roster/core/http$': '<rootDir>/packages/core/src/http/index.ts',
  '^@roster/testing/store-contract$': '<rootDir>/packages/testing/src/store-contract/index.ts',
  '^@roster/(core|memory|testing|express|nestjs|mikro-orm|console)$': '<rootDir>/packages/$1/src/index.ts',
  '^@roster/example-host-common$': '<rootDir>/examples/host-common/src/index.ts',
};

const common = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc('typescript') },
  setupFiles: ['reflect-metadata'],
};

/** The NestJS 12 packages, wherever pnpm put them (`.pnpm/@nestjs+core@12.x_…/node_modules/@nestjs/core`). */
const NEST12_PACKAGES = '/node_modules/\\.pnpm/@nestjs\\+(common|core|platform-express|testing)@12\\.';

/** The MikroORM 7 packages and kysely (both ESM-only), wherever pnpm put them. */
const MIKRO_ORM7_PACKAGES = '/node_modules/\\.pnpm/(@mikro-orm\\+[a-z-]+@7\\.|kysely@)';

/** NestJS 12 instead of the workspace's 11: `@nestjs/*` from test/nest12, compiled to CommonJS. */
const nest12 = {
  ...common,
  moduleNameMapper: {
    ...roster,
    '^@nestjs/(common|core|platform-express|testing)((?:/.*)?)$': '<rootDir>/test/nest12/node_modules/@nestjs/$1$2',
  },
  transform: { ...common.transform, '^.+\\.js$': swc('ecmascript') },
  transformIgnorePatterns: [`^(?!.*${NEST12_PACKAGES}).*/node_modules/`],
};

/** The NestJS module's own tests and the NestJS conformance hosts. */
const NEST_TESTS = ['<rootDir>/test/nestjs/**/*.spec.ts', '<rootDir>/test/conformance/nestjs-host.e2e-spec.ts'];

const [nodeMajor, nodeMinor] = process.versions.node.split('.').map(Number);
const NODE_FOR_MIKRO_ORM_7 = nodeMajor > 22 || (nodeMajor === 22 && nodeMinor >= 17);

/** @type {import('jest').Config} */
module.exports = {
  // Jest's default on 2 cores is one worker; most suites wait on databases, sockets and argon2's
  // threadpool rather than the CPU, so two workers nearly halve the run.
  maxWorkers: 2,
  // End-to-end tests send many real requests; on a busy 2-core machine one can take seconds.
  // Jest 30 reads testTimeout from the top level only (a project's own is ignored): see
  // test/jest-config.spec.ts.
  testTimeout: 30_000,
  // A fresh clone has no durations in jest's cache: order it slowest first all the same
  // (test/slowest-first-sequencer.js).
  testSequencer: '<rootDir>/test/slowest-first-sequencer.js',
  // A worker's heap grows over the files it runs (each file's host starts leave more behind than a
  // collection frees), and a file run late in a big worker ran several times slower than alone (the
  // escalation matrix: 22 s alone, 54 s after the Express conformance file, 674 s at the end of a
  // full run). A worker above this after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '400MB',
  projects: [
    {
      ...common,
      displayName: 'workspace',
      globals: { NEST_MAJOR: 11, MIKRO_ORM_MAJOR: 6 },
      moduleNameMapper: roster,
      testMatch: ['**/?(*.)+(spec|e2e-spec).ts'],
      testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    },
    { ...nest12, displayName: 'nest12', globals: { NEST_MAJOR: 12 }, testMatch: NEST_TESTS },
    // The admin console in Debian's Chromium (packages/console/e2e). Skipped only when asked:
    // ROSTER_SKIP_BROWSER_TESTS=1 (or --selectProjects without it); a missing /usr/bin/chromium fails it.
    process.env.ROSTER_SKIP_BROWSER_TESTS !== '1' && {
      ...common,
      displayName: 'browser',
      globals: { NEST_MAJOR: 11, MIKRO_ORM_MAJOR: 6 },
      moduleNameMapper: roster,
      testMatch: ['<rootDir>/packages/console/e2e/**/*.browser-spec.ts'],
    },
    // The Node 22 cells of the support matrix for what Node 20 runs above: NestJS 11 and 12, Express 4
    // and MikroORM 6.6 (PostgreSQL) on Node 22. better-sqlite3 (MikroORM 6.6's SQLite driver) is built
    // for the Node that installed the workspace (20), so these hosts run on memory (and NestJS 11 on
    // PostgreSQL: `NODE22_CELLS` in test/conformance/*-hosts.ts; the matrix: test/README.md);
    // MikroORM 7's SQLite on Node 22 is mikro-orm-7's.
    NODE_FOR_MIKRO_ORM_7 && {
      ...common,
      displayName: 'node22',
      globals: { NEST_MAJOR: 11, MIKRO_ORM_MAJOR: 6, NODE22_CELLS: true },
      moduleNameMapper: roster,
      testMatch: [
        ...NEST_TESTS,
        '<rootDir>/test/conformance/express-host.e2e-spec.ts',
        '<rootDir>/test/express/roster-router-express4.e2e-spec.ts',
      ],
    },
    NODE_FOR_MIKRO_ORM_7 && {
      ...nest12,
      displayName: 'nest12-node22',
      globals: { NEST_MAJOR: 12, NODE22_CELLS: true },
      testMatch: NEST_TESTS,
    },
    NODE_FOR_MIKRO_ORM_7 && {
      ...common,
      displayName: 'mikro-orm-7',
      globals: { NEST_MAJOR: 11, MIKRO_ORM_MAJOR: 7 },
      moduleNameMapper: {
        ...roster,
        '^@mikro-orm/(core|sql|libsql|postgresql|mariadb|migrations)$': '<rootDir>/test/mikro-orm-7/node_modules/@mikro-orm/$1',
      },
      transform: { ...common.transform, '^.+\\.js$': swc('ecmascript') },
      transformIgnorePatterns: [`^(?!.*${MIKRO_ORM7_PACKAGES}).*/node_modules/`],
      testMatch: [
        '<rootDir>/packages/mikro-orm/src/orm/mikro-orm-compat.spec.ts',
        '<rootDir>/packages/mikro-orm/src/mikro-orm-sqlite.contract.spec.ts',
        '<rootDir>/packages/mikro-orm/src/mikro-orm-postgresql.contract.spec.ts',
        '<rootDir>/packages/mikro-orm/src/mikro-orm-mariadb.contract.spec.ts',
        '<rootDir>/packages/mikro-orm/src/raw-reads/raw-reads.spec.ts',
        '<rootDir>/test/conformance/express-host-sql.e2e-spec.ts',
      ],
    },
  ].filter(Boolean),
};

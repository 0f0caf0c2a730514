import { dirname, join } from 'node:path';

/**
 * Jest 30 takes `testTimeout` from the top level of the configuration only; inside a project
 * it is silently ignored and every test gets the 5 s default. This reads jest.config.js the way
 * jest does and checks what the tests actually get.
 */
const root = join(__dirname, '..');
const jestConfigModule = require.resolve('jest-config', {
  paths: [dirname(require.resolve('jest-cli', { paths: [require.resolve('jest')] }))],
});

interface ReadConfigs {
  readConfigs(
    argv: Record<string, unknown>,
    projectPaths: string[],
  ): Promise<{ globalConfig: { testTimeout?: number }; configs: { displayName?: { name: string }; testMatch: string[] }[] }>;
}

describe('jest.config.js', () => {
  it('gives every test the 30 s timeout, set where jest 30 reads it', async () => {
    const { readConfigs } = require(jestConfigModule) as ReadConfigs;
    const { globalConfig } = await readConfigs({ $0: 'jest', _: [] }, [root]);
    expect(globalConfig.testTimeout).toBe(30_000);
  });

  it('sets no option inside a project that jest 30 only reads at the top level', () => {
    const config = require(join(root, 'jest.config.js')) as { projects: Record<string, unknown>[] };
    const topLevelOnly = ['testTimeout', 'maxWorkers', 'bail', 'reporters', 'maxConcurrency', 'workerIdleMemoryLimit'];
    for (const project of config.projects) {
      expect(Object.keys(project).filter((key) => topLevelOnly.includes(key))).toEqual([]);
    }
  });

  it('leaves the Vitest files (*.vitest.ts) to Vitest: no jest project matches them', async () => {
    const { readConfigs } = require(jestConfigModule) as ReadConfigs;
    const { globsToMatcher } = require(require.resolve('jest-util', { paths: [jestConfigModule] })) as {
      globsToMatcher(globs: string[]): (path: string) => boolean;
    };
    const { configs } = await readConfigs({ $0: 'jest', _: [] }, [root]);
    const workspace = configs.find((config) => config.displayName?.name === 'workspace');
    const vitestFile = join(root, 'packages/memory/vitest/memory-store.contract.vitest.ts');
    // The jest spec beside it is matched: the matcher is the one jest uses, not one that matches nothing.
    expect(workspace && globsToMatcher(workspace.testMatch)(join(root, 'packages/memory/src/memory-stores.spec.ts'))).toBe(true);
    for (const config of configs)
      expect([config.displayName?.name, globsToMatcher(config.testMatch)(vitestFile)]).toEqual([config.displayName?.name, false]);
  });

  it('orders a fresh clone slowest first: the committed durations where jest has none, new files first', async () => {
    const { readConfigs } = require(jestConfigModule) as ReadConfigs;
    const { globalConfig } = (await readConfigs({ $0: 'jest', _: [] }, [root])) as unknown as { globalConfig: { testSequencer: string } };
    const Sequencer = require(globalConfig.testSequencer) as new (options: object) => {
      sort<T extends { path: string }>(tests: T[]): T[];
    };
    // No cache: what a fresh clone's jest sees.
    const context = { config: { cache: false }, hasteFS: { getSize: () => 0 } };
    const files = [
      'packages/core/src/rules/seat.rules.spec.ts',
      'test/conformance/express-host-sql.e2e-spec.ts',
      'a-file-added-since.spec.ts',
      'packages/mikro-orm/src/mikro-orm-postgresql.contract.spec.ts',
    ];
    const sorted = new Sequencer({}).sort(files.map((file) => ({ path: join(root, file), context })));
    expect(sorted.map((test) => test.path.slice(root.length + 1))).toEqual([
      'a-file-added-since.spec.ts',
      'test/conformance/express-host-sql.e2e-spec.ts',
      'packages/mikro-orm/src/mikro-orm-postgresql.contract.spec.ts',
      'packages/core/src/rules/seat.rules.spec.ts',
    ]);
  });

  it('has a duration among the slowest for every conformance and store contract file (a fresh clone must start them first)', () => {
    const durations = require(join(root, 'test', 'test-durations.json')) as Record<string, number>;
    const heavy = [
      'test/conformance/express-host.e2e-spec.ts',
      'test/conformance/express-host-sql.e2e-spec.ts',
      'test/conformance/nestjs-host.e2e-spec.ts',
      'test/security/escalation-matrix.e2e-spec.ts',
      'packages/mikro-orm/src/mikro-orm-sqlite.contract.spec.ts',
      'packages/mikro-orm/src/mikro-orm-postgresql.contract.spec.ts',
      'packages/mikro-orm/src/mikro-orm-mariadb.contract.spec.ts',
    ];
    // Among the slowest tenth of the files, whatever the machine that measured them.
    const tenth = Object.values(durations).sort((a, b) => b - a)[Math.floor(Object.keys(durations).length / 10)] ?? 0;
    for (const file of heavy) expect([file, (durations[file] ?? 0) > tenth]).toEqual([file, true]);
  });
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** A workspace path, absolute (aliases must not depend on the directory vitest starts in). */
const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The Vitest run (`pnpm test:vitest`): the store contract suite on Vitest's own functions, to keep
 * it runner-neutral. Only `*.vitest.ts` files under a package's `vitest/` folder; jest's testMatch
 * (`*.spec.ts`, `*.e2e-spec.ts`) never matches them, and this include never matches jest's files.
 * Like jest.config.js, `@roster/*` resolves to the packages' `src/`, so no build is needed first.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@roster\/testing\/store-contract$/, replacement: at('./packages/testing/src/store-contract/index.ts') },
      { find: /^@roster\/(core|memory)$/, replacement: at('./packages/$1/src/index.ts') },
    ],
  },
  test: {
    include: ['packages/*/vitest/**/*.vitest.ts'],
    environment: 'node',
    // Same budget as jest's testTimeout: tests must pass on a busy shared machine.
    testTimeout: 30_000,
  },
});

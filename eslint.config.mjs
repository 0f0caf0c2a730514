// ESLint: typescript-eslint's strict and stylistic type-checked sets over the TypeScript sources;
// formatting is Prettier's job, so eslint-config-prettier switches off the rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/coverage/**', '**/node_modules/**', '.cache/**', 'bench/results/**'] },
  {
    files: ['packages/*/src/**/*.ts', 'examples/*/src/**/*.ts', 'test/**/*.ts', 'bench/src/**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Numbers and booleans in messages read fine; objects and unknowns are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // NestJS modules are classes with only decorators.
      '@typescript-eslint/no-extraneous-class': ['error', { allowWithDecorator: true }],
      // Index-signature records (process.env, headers, route params) are read with brackets, the form that marks a key
      // that may be absent; dot access stays required for declared properties.
      '@typescript-eslint/dot-notation': ['error', { allowIndexSignaturePropertyAccess: true }],
      // `() => resolve()` and `(line) => console.log(line)` are callbacks, not values; longer bodies are still checked.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // A leading underscore marks a parameter an interface or Express requires but the body does not read, and a
      // destructured key dropped from the rest (`{ passwordHash: _hash, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // An empty environment variable means unset, so `env.X || fallback` on strings is meant; ?? is still asked for elsewhere.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // A public input type may be its own name for another (UpdateUserInput extends UserFields) so it can grow apart.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Test code: spec files, shared test helpers and fixtures, and @roster/testing's suites (conformance, store
    // contract, fuzz), which are jest/vitest test bodies shipped as a package.
    files: [
      '**/*.spec.ts',
      '**/*.test.ts',
      'test/**/*.ts',
      '**/test-support/**/*.ts',
      '**/*.fixture.ts',
      'packages/testing/src/conformance/**/*.ts',
      'packages/testing/src/store-contract/**/*.ts',
      'packages/testing/src/fuzz/**/*.ts',
    ],
    rules: {
      // Tests assert presence right before dereferencing; a non-null assertion keeps them short.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // jest's expect(obj.fn) passes methods around without calling them.
      '@typescript-eslint/unbound-method': 'off',
      // No-op loggers and callbacks are the stub a test needs.
      '@typescript-eslint/no-empty-function': 'off',
      // Fakes of async ports are `async` without an await so that they reject, not throw, like the real thing.
      '@typescript-eslint/require-await': 'off',
      // Tests read untyped wire JSON (JSON.parse, answer.json) and caught errors; asserting on them is the test.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/use-unknown-in-catch-callback-variable': 'off',
      // Test doubles are partial literals of framework classes (IncomingMessage, NestApplicationOptions).
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // afterAll cleans up with `host?.close()`: a failed beforeAll leaves the variable unset, which `let host: Host` hides.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // These load CommonJS modules (jest's config, a package.json) at paths computed at run time, or alias express 4.
    files: ['test/jest-config.spec.ts', 'test/nestjs/nest-version.ts', 'test/express4.d.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The benchmark harness indexes arrays and matches it built itself a line earlier; with noUncheckedIndexedAccess
    // the `!` is that statement. (Production code under packages/*/src keeps the rule.)
    files: ['bench/src/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The silent logger is a no-op by definition.
    files: ['packages/core/src/defaults/silent-logger.ts'],
    rules: { '@typescript-eslint/no-empty-function': 'off' },
  },
  prettier,
);

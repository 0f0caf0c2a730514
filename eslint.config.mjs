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
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.ts', 'test/**/*.ts', '**/test-support/**/*.ts'],
    rules: {
      // Tests assert presence right before dereferencing; a non-null assertion keeps them short.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // jest's expect(obj.fn) passes methods around without calling them.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  prettier,
);

// Type-checked linting: floating promises are bugs in an action that must save its cache before exit.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'eval/corpus/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', 'scripts/dev/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Tests read JSON the action wrote; asserting on it is the point, so untyped access is allowed there.
    files: ['__tests__/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Fakes come in through interfaces: Jest's module mocking has no place in these suites.
      'no-restricted-properties': [
        'error',
        ...['mock', 'doMock', 'unstable_mockModule', 'spyOn'].map((property) => ({
          object: 'jest',
          property,
          message:
            'Pass a fake through the interface instead of mocking a module (see __tests__/unit/fakes.ts).',
        })),
      ],
    },
  },
  {
    // The pipeline (src/app.ts) depends on the adapters, never the other way round: they share the ports in
    // src/logging.ts, src/report/reporter.ts and src/cache/opened-cache.ts.
    files: ['src/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+app(\\.js)?$',
              message:
                'Modules under src/*/ must not import the pipeline (src/app.ts): import the port (src/logging.ts, src/report/reporter.ts, src/cache/opened-cache.ts) instead.',
            },
          ],
        },
      ],
    },
  },
  {
    // Functions short enough to read at once: orchestrators are a handful of named steps.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  { files: ['**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  prettier,
);

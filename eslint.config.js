// The house rules that a machine can check: type-aware bug catchers, React hooks, and DESIGN.md's import directions.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importDirections, noProcessEnv, sqlOutsideDb } from './eslint/houseRules.js';

const sourceFiles = ['**/src/**/*.{ts,tsx}', 'apps/web/e2e/**/*.ts'];
const testFiles = ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'packages/test-support/**', 'apps/web/e2e/**'];

export default tseslint.config(
  { ignores: ['**/node_modules/', '**/dist/', '**/.data/', '**/.turbo/', '**/test-results/'] },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: sourceFiles,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}', 'packages/forms/src/react/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  ...importDirections,
  { files: sourceFiles, ignores: ['**/src/env.ts', ...testFiles], rules: noProcessEnv },
  { files: sourceFiles, ignores: ['packages/db/**', ...testFiles], rules: sqlOutsideDb },
  // Tests feed malformed input on purpose.
  { files: testFiles, rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Migrations take Kysely<any> on purpose: they stay frozen in time, independent of today's schema.
  { files: ['packages/db/src/migrations/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);

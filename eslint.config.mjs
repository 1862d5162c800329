import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The pure core must stay free of `vscode`: it runs in unit tests, the CLI and the language server.
const pureCore = ['src/bank/**', 'src/core/**', 'src/server/**', 'src/cli.ts', 'src/**/model.ts',
  'src/drill/countdown.ts', 'src/drill/messages.ts', 'src/drill/session.ts', 'src/drill/workStore.ts', 'src/drill/render.ts', 'src/tree/grouping.ts', 'src/dashboard/messages.ts', 'src/dashboard/webview/**', 'src/drill/webview/**', 'src/exercises/plan.ts',
  'src/exercises/testCommand.ts', 'src/progress/**/*.ts', 'test/unit/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'questions/**', 'test/fixtures/**', 'test/mutants/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: pureCore,
    ignores: ['src/progress/progressService.ts', 'src/progress/planService.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The pure core must not import vscode; put VS Code glue in the feature shell.' }] }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', Buffer: 'readonly' } },
  },
);

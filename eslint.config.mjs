import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// `vscode` belongs to the shell: only the files below, which talk to VS Code, may import it. Everything
// else in src/ (the bank, the language server, the CLI, and the pure half of each feature: sessions,
// countdowns, grouping, mock plans, scaffold plans, the progress store) runs in unit tests, the CLI and
// the language server, where there is no `vscode`. A new file is pure until it is listed here.
const vscodeShell = [
  'src/extension.ts',
  'src/commands.ts',
  'src/client/**',
  'src/workspaceBanks/**',
  'src/config/config.ts',
  'src/common/statusClock.ts',
  'src/webview/webviewHost.ts',
  'src/webview/webviewPage.ts',
  'src/tree/questionTree.ts',
  'src/tree/treeCommands.ts',
  'src/drill/drillPanel.ts',
  'src/drill/sessionController.ts',
  'src/drill/panelInterviewer.ts',
  'src/drill/drillPicker.ts',
  'src/drill/mockController.ts',
  'src/dashboard/dashboardPanel.ts',
  'src/interviewer/languageModels.ts',
  'src/interviewer/chatParticipant.ts',
  'src/interviewer/chatGrading.ts',
  'src/interviewer/chatMockTurns.ts',
  'src/interviewer/solutionReview.ts',
  'src/progress/progressService.ts',
  'src/progress/planService.ts',
  'src/exercises/exerciseService.ts',
  'src/exercises/exercisePicks.ts',
  'src/exercises/scaffolder.ts',
  'src/exercises/testRunner.ts',
  'src/exercises/terminalRun.ts',
  'src/exercises/runOnSave.ts',
  'src/exercises/interviewConditions.ts',
  'src/exercises/exerciseLens.ts',
  'src/exercises/testingView.ts',
  'src/exercises/testResults.ts',
  'src/exercises/failureDiagnostics.ts',
  'src/exercises/timedExercise.ts',
];

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
    files: ['src/**/*.ts', 'test/unit/**/*.ts', 'test/integration/**/*.ts', 'test/bench/**/*.ts'],
    ignores: vscodeShell,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'vscode',
              message: 'Only the shell files listed in eslint.config.mjs import vscode; keep this file pure, or put the VS Code glue in a shell file.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**/*.js'],
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        Buffer: 'readonly',
      },
    },
  },
);

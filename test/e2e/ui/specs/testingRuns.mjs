// The Testing view's other runs (issue 18): a continuous run that runs an exercise's tests on each
// save, its per-case count on the dashboard's exercise row; and, in a window whose terminal has no
// shell integration (so no exit code), a run whose result is read from the run's report alone.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { WAIT } from '../timeline.mjs';
import { clearNotifications, escapeRegExp, frameWith, notification, runCommand, scaffoldFromPalette, waitUntil } from '../workbench.mjs';

const EXERCISE = 'max-window-sum';
const TITLE = /^title: "?(.*?)"?$/m.exec(readFileSync(join(ROOT, 'questions', 'exercises', EXERCISE, 'exercise.md'), 'utf8'))[1];
const REFERENCE = join(ROOT, 'questions', 'exercises', EXERCISE, 'typescript', 'reference.ts');
/** Misses the last window: "best window at the end" and "all negative" fail, the others pass. */
const wrongSolution = () => readFileSync(REFERENCE, 'utf8').replace('i < nums.length; i++', 'i < nums.length - 1; i++');
const FAILING = 'best window at the end';
/** What the run reports: every case of the exercise's test file but the two the wrong solution fails. */
const CASES = readFileSync(join(ROOT, 'questions', 'exercises', EXERCISE, 'typescript', 'solution.test.ts'), 'utf8').match(/^\s*(?:test|it)\(/gm).length;
const PASSING_COUNT = `${CASES - 2}/${CASES} passing`;
const PASSING = 'basic';

const testRow = (page, label) => page.locator('.test-explorer .monaco-list-row', { hasText: new RegExp(`^${escapeRegExp(label)}`) }).first();
const withIcon = (page, label, state) => testRow(page, label).locator(`.codicon-testing-${state}-icon`);

export const continuousRunSpec = {
  name: 'continuous run',
  // After the testing view spec, which scaffolds the same exercise, or on its own.
  needs: ['first run'],
  steps: ({ page, workspace }) => {
    const folder = join(workspace, 'interview-exercises', EXERCISE);
    return [
      [
        "runs the tests when a file is saved under a continuous run, with each case's result",
        async () => {
          if (!existsSync(join(folder, 'solution.test.ts'))) {
            await scaffoldFromPalette(page, 'Scaffold Exercise', EXERCISE, 'TypeScript');
            await waitUntil(`${EXERCISE} scaffolded`, () => existsSync(join(folder, 'solution.ts')) && existsSync(join(folder, 'solution.test.ts')));
          }
          writeFileSync(join(folder, 'solution.ts'), wrongSolution());
          await runCommand(page, 'View: Show Testing');
          await testRow(page, EXERCISE).waitFor({ timeout: WAIT });
          await runCommand(page, 'Test: Start Continuous Run');
          await clearNotifications(page);
          // The exercise's test file, from its case in the Testing view (a solution.ts of another exercise may be open too).
          await testRow(page, EXERCISE).click();
          await page.keyboard.press('ArrowRight');
          await testRow(page, PASSING).dblclick({ timeout: WAIT });
          await page
            .getByRole('tab', { name: /solution\.test\.ts/ })
            .first()
            .waitFor({ timeout: WAIT });
          // A save, as a person makes one: a click into the editor the test opened in (focus stays in the
          // Testing view, where Enter would run the case), an edit at its end, then Save.
          await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
          await page.keyboard.press('Control+End');
          await page.keyboard.type('\n// saved under a continuous run\n');
          await page.keyboard.press('Control+S');
          await notification(page, `tests failed for "${EXERCISE}" (typescript, ${PASSING_COUNT}`).waitFor({ timeout: 60_000 });
          await runCommand(page, 'View: Show Testing');
          await withIcon(page, FAILING, 'failed').waitFor({ timeout: WAIT });
          await withIcon(page, PASSING, 'passed').waitFor({ timeout: WAIT });
          await runCommand(page, 'Test: Stop Continuous Run');
        },
      ],
      [
        "shows the last run's per-case count on the dashboard's exercise row",
        async () => {
          await runCommand(page, 'Interview Prep: Show Progress Dashboard');
          const dashboard = await frameWith(page, '#exercises');
          await dashboard.locator('.exercise-runs li', { hasText: TITLE }).filter({ hasText: PASSING_COUNT }).first().waitFor({ timeout: WAIT });
          await runCommand(page, 'View: Close Editor');
          // Put back passing, for any spec after this one.
          writeFileSync(join(folder, 'solution.ts'), readFileSync(REFERENCE, 'utf8'));
        },
      ],
    ];
  },
};

export const noShellIntegrationSpec = {
  name: 'no shell integration',
  needs: [],
  steps: ({ page, url, workspace }) => {
    const folder = join(workspace, 'interview-exercises', EXERCISE);
    return [
      [
        "reads each case's result from the run's report when the terminal reports no exit code",
        async () => {
          await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
          await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
          await page.getByRole('tab', { name: /Interview Prep/ }).waitFor({ timeout: WAIT });
          await scaffoldFromPalette(page, 'Scaffold Exercise', EXERCISE, 'TypeScript');
          await waitUntil(`${EXERCISE} scaffolded`, () => existsSync(join(folder, 'solution.ts')) && existsSync(join(folder, 'solution.test.ts')));
          writeFileSync(join(folder, 'solution.ts'), wrongSolution());
          await clearNotifications(page);
          await runCommand(page, 'View: Show Testing');
          await testRow(page, EXERCISE).waitFor({ timeout: WAIT });
          await runCommand(page, 'Test: Run All Tests');
          // The exit code is "unknown": the counts and each case's result are the report's.
          await notification(page, `tests failed for "${EXERCISE}" (typescript, ${PASSING_COUNT}, exit code unknown)`).waitFor({ timeout: 60_000 });
          await runCommand(page, 'View: Show Testing');
          await testRow(page, EXERCISE).click();
          await page.keyboard.press('ArrowRight');
          await withIcon(page, FAILING, 'failed').waitFor({ timeout: WAIT });
          await withIcon(page, PASSING, 'passed').waitFor({ timeout: WAIT });
        },
      ],
    ];
  },
};

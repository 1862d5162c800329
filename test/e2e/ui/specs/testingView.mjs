// Exercises in VS Code's Testing view (issue 18): a TypeScript exercise solved wrongly (two cases
// fail) is run from the Testing view, its failure opened with its diff, found in the Problems panel,
// fixed and run again from the cursor; then a syntax error shows as one error.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { WAIT } from '../timeline.mjs';
import { escapeRegExp, runCommand, scaffoldFromPalette, waitUntil } from '../workbench.mjs';

const EXERCISE = 'max-window-sum';
const FAILING = 'best window at the end';
const FAILING_TOO = 'all negative';

export const spec = {
  name: 'testing view',
  needs: ['first run'],
  steps: ({ page, workspace }) => testingViewSteps(page, workspace),
};

function testingViewSteps(page, workspace) {
  const folder = join(workspace, 'interview-exercises', EXERCISE);
  const reference = join(ROOT, 'questions', 'exercises', EXERCISE, 'typescript', 'reference.ts');
  // A row of the Testing view's tree, by the label it shows first (its description and state follow;
  // VS Code names a row with a description by that description, so the accessible name will not do).
  const testRow = (label) => page.locator('.test-explorer .monaco-list-row', { hasText: new RegExp(`^${escapeRegExp(label)}`) }).first();
  const withIcon = (label, state) => testRow(label).locator(`.codicon-testing-${state}-icon`);
  const goToLine = async (line) => {
    await runCommand(page, 'Go to Line/Column...');
    await page.locator('.quick-input-widget input').fill(`:${line}`);
    await page.locator('.quick-input-widget input').press('Enter');
  };
  return [
    [
      'lists a scaffolded exercise and each of its test cases in the Testing view',
      async () => {
        await scaffoldFromPalette(page, 'Scaffold Exercise', EXERCISE, 'TypeScript');
        // Another exercise's solution.ts may already be open, so wait for this one's files.
        await waitUntil(`${EXERCISE} scaffolded`, () => existsSync(join(folder, 'solution.ts')) && existsSync(join(folder, 'solution.test.ts')));
        await page.getByRole('tab', { name: /solution\.ts/ }).waitFor({ timeout: WAIT });
        // Misses the last window: two cases fail, one of them with expected 20 and actual 11.
        writeFileSync(join(folder, 'solution.ts'), readFileSync(reference, 'utf8').replace('i < nums.length; i++', 'i < nums.length - 1; i++'));
        await runCommand(page, 'View: Show Testing');
        await testRow(EXERCISE).waitFor({ timeout: WAIT });
        await testRow(EXERCISE).click();
        await page.keyboard.press('ArrowRight');
        for (const label of ['basic', FAILING, FAILING_TOO, 'large input']) await testRow(label).waitFor({ timeout: WAIT });
      },
    ],
    [
      'runs it from the Testing view in the terminal, and marks each case passed or failed',
      async () => {
        const clicked = Date.now();
        await runCommand(page, 'Test: Run All Tests');
        await withIcon(FAILING, 'failed').waitFor({ timeout: 60_000 });
        console.log(`    Testing view: Run All to per-case results ${Date.now() - clicked} ms`);
        await withIcon(FAILING_TOO, 'failed').waitFor({ timeout: WAIT });
        for (const label of ['basic', 'mixed signs', 'large input']) await withIcon(label, 'passed').waitFor({ timeout: WAIT });
        // The terminal still shows the run, as the spec reporter prints it (its last screen: the
        // failure's details; xterm renders only the rows in view).
        await page.locator('.terminal .xterm-rows', { hasText: 'expected: 20' }).first().waitFor({ timeout: WAIT });
      },
    ],
    [
      'opens a failure at its line, with expected against actual',
      async () => {
        await testRow(FAILING).dblclick();
        await page.getByRole('tab', { name: /solution\.test\.ts/ }).waitFor({ timeout: WAIT });
        await runCommand(page, 'Test: Go to Next Test Failure');
        const peek = page.locator('.peekview-widget').first();
        await peek.waitFor({ timeout: WAIT });
        await peek.locator('.monaco-diff-editor').first().waitFor({ timeout: WAIT });
        // The first failure in the file is either case: expected 20 and actual 11 at the end, or -3
        // and -4 for the negatives (the window that is never summed is the last one).
        await peek
          .locator('.view-lines', { hasText: /^\s*(20|-3)\s*$/ })
          .first()
          .waitFor({ timeout: WAIT });
        await peek
          .locator('.view-lines', { hasText: /^\s*(11|-4)\s*$/ })
          .first()
          .waitFor({ timeout: WAIT });
        await page.keyboard.press('Escape');
      },
    ],
    [
      'lists the failing cases in the Problems panel',
      async () => {
        await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
        // The panel can list other problems above ours (the editor's own checks), so it is filtered
        // to each case, as a person would look.
        const filter = page.locator('.panel').getByPlaceholder(/\*\*\/\*\.ts/);
        for (const name of [FAILING, FAILING_TOO]) {
          await filter.fill(name);
          await page
            .locator('.markers-panel .monaco-list-row', { hasText: `${name}: ` })
            .first()
            .waitFor({ timeout: WAIT });
        }
        await filter.fill('');
      },
    ],
    [
      "shows no editor error about Node's own modules in the scaffolded tests, which come with their tsconfig.json and declarations",
      async () => {
        // The control: a TypeScript file outside any exercise, which the editor flags for the same imports.
        writeFileSync(
          join(workspace, 'scratch-node.ts'),
          'import { test } from "node:test";\nimport { Worker } from "node:worker_threads";\ntest("x", () => new Worker(""));\n',
        );
        await runCommand(page, 'Go to File...');
        await page.locator('.quick-input-widget input').fill('scratch-node.ts');
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'scratch-node.ts' }).first().click({ timeout: WAIT });
        await page.getByRole('tab', { name: /scratch-node\.ts/ }).waitFor({ timeout: WAIT });
        await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
        const filter = page.locator('.panel').getByPlaceholder(/\*\*\/\*\.ts/);
        await filter.fill('Cannot find');
        const rows = page.locator('.markers-panel .monaco-list-row');
        await rows.filter({ hasText: 'scratch-node.ts' }).first().waitFor({ timeout: 60_000 });
        // The exercise's test file has been open since the failure was opened: its checks are in already.
        // The panel lists each file (level 1) with its problems under it; the filter may still show our
        // own test failures, so look at what says "Cannot find", file by file.
        const listed = await rows.evaluateAll((items) => items.map((item) => [item.getAttribute('aria-level'), item.textContent ?? '']));
        let file = '';
        const flagged = [];
        let control = 0;
        for (const [level, text] of listed) {
          if (level === '1') file = text;
          else if (/Cannot find/.test(text)) {
            if (file.includes('scratch-node.ts')) control++;
            else flagged.push(`${file}: ${text}`);
          }
        }
        if (control === 0) throw new Error(`the control file's errors are not listed:\n${listed.map((row) => row.join(' ')).join('\n')}`);
        if (flagged.length) throw new Error(`the editor flags Node's names in the scaffolded exercise:\n${flagged.join('\n')}`);
        await filter.fill('');
        await runCommand(page, 'View: Close Editor');
      },
    ],
    [
      'runs one case from the cursor after the fix: it goes green, the other stays red',
      async () => {
        copyFileSync(reference, join(folder, 'solution.ts'));
        await page.getByRole('tab', { name: /solution\.test\.ts/ }).click();
        const line =
          readFileSync(join(folder, 'solution.test.ts'), 'utf8')
            .split('\n')
            .findIndex((text) => text.startsWith(`test("${FAILING}"`)) + 1;
        await goToLine(line);
        await runCommand(page, 'Test: Run Test at Cursor');
        await runCommand(page, 'View: Show Testing');
        await withIcon(FAILING, 'passed').waitFor({ timeout: 60_000 });
        await withIcon(FAILING_TOO, 'failed').waitFor({ timeout: WAIT });
      },
    ],
    [
      'shows a syntax error that stops the file as one error on the exercise',
      async () => {
        writeFileSync(join(folder, 'solution.ts'), 'export function maxWindowSum(nums: number[], k: number): number {\n  return nums[0] + ;\n}\n');
        await runCommand(page, 'Test: Run All Tests');
        await withIcon(EXERCISE, 'error').waitFor({ timeout: 60_000 });
        await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)');
        await page.locator('.markers-panel .monaco-list-row', { hasText: 'SyntaxError' }).first().waitFor({ timeout: WAIT });
        copyFileSync(reference, join(folder, 'solution.ts'));
      },
    ],
  ];
}

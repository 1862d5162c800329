// Coding exercises: scaffold, run in the terminal, reset, CodeLens, and a timed exercise run on save.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { WAIT } from '../timeline.mjs';
import { clearNotifications, notification, runCommand, scaffoldFromPalette, waitUntil } from '../workbench.mjs';

export const spec = {
  name: 'exercises',
  needs: ['first run'],
  steps: ({ page, workspace, exerciseDir }) => [
    [
      'scaffolds a Python exercise from the command palette',
      async () => {
        await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
        await page.getByRole('tab', { name: /solution\.py/ }).waitFor({ timeout: WAIT });
        await page.getByRole('tab', { name: /Preview README\.md/ }).waitFor({ timeout: WAIT });
        for (const name of ['solution.py', 'test_solution.py', 'README.md']) {
          if (!existsSync(join(exerciseDir, name))) throw new Error(`${name} was not written`);
        }
        if (existsSync(join(exerciseDir, 'reference.py'))) throw new Error('the reference solution was scaffolded');
      },
    ],
    [
      'runs the failing stub tests in the terminal and reports failure',
      async () => {
        await page.getByRole('tab', { name: /solution\.py/ }).click();
        await runCommand(page, 'Interview Prep: Run Exercise Tests');
        await page.locator('.notifications-toasts .notification-list-item', { hasText: 'tests failed for "reverse-string"' }).waitFor({ timeout: 60_000 });
        await page.locator('.terminal .xterm-rows', { hasText: 'NotImplementedError' }).first().waitFor({ timeout: WAIT });
      },
    ],
    [
      'runs the tests again after solving and reports success',
      async () => {
        copyFileSync(join(ROOT, 'questions', 'exercises', 'reverse-string', 'python', 'reference.py'), join(exerciseDir, 'solution.py'));
        await page.getByRole('tab', { name: /solution\.py/ }).click();
        await runCommand(page, 'Interview Prep: Run Exercise Tests');
        await page.locator('.notifications-toasts .notification-list-item', { hasText: 'all tests passed for "reverse-string"' }).waitFor({ timeout: 60_000 });
        await page.locator('.statusbar-item', { hasText: 'reverse-string: tests passed' }).waitFor({ timeout: WAIT });
        if (!readFileSync(join(exerciseDir, 'solution.py'), 'utf8').includes('def reverse_string')) throw new Error('solution.py lost its content');
      },
    ],
    [
      'scaffolds the TypeScript version and runs it failing, then passing',
      async () => {
        await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'TypeScript');
        await page.getByRole('tab', { name: /solution\.ts/ }).waitFor({ timeout: WAIT });
        for (const name of ['solution.ts', 'solution.test.ts']) if (!existsSync(join(exerciseDir, name))) throw new Error(`${name} was not written`);
        await page.getByRole('tab', { name: /solution\.ts/ }).click();
        await runCommand(page, 'Interview Prep: Run Exercise Tests');
        await page
          .locator('.notifications-toasts .notification-list-item', { hasText: 'tests failed for "reverse-string" (typescript' })
          .waitFor({ timeout: 60_000 });
        copyFileSync(join(ROOT, 'questions', 'exercises', 'reverse-string', 'typescript', 'reference.ts'), join(exerciseDir, 'solution.ts'));
        await runCommand(page, 'Interview Prep: Run Exercise Tests');
        await page
          .locator('.notifications-toasts .notification-list-item', { hasText: 'all tests passed for "reverse-string" (typescript)' })
          .waitFor({ timeout: 60_000 });
      },
    ],
    [
      'scaffolding again opens the exercise as it is, overwriting nothing',
      async () => {
        const before = readFileSync(join(exerciseDir, 'solution.py'), 'utf8');
        await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
        await page
          .locator('.notifications-toasts .notification-list-item', { hasText: 'is already in your workspace; opened it as it is' })
          .waitFor({ timeout: WAIT });
        if (readFileSync(join(exerciseDir, 'solution.py'), 'utf8') !== before) throw new Error('solution.py was overwritten');
      },
    ],
    [
      'resets the exercise from its CodeLens after asking, keeping the solved files in a backup',
      async () => {
        await clearNotifications(page);
        await page.getByRole('tab', { name: /solution\.py/ }).click();
        await page.locator('.codelens-decoration a', { hasText: 'Reset Exercise…' }).first().click({ timeout: WAIT });
        const dialog = page.locator('.monaco-dialog-box');
        await dialog.locator('.dialog-message-text', { hasText: 'Reset "reverse-string" (python) to its starting stub?' }).waitFor({ timeout: WAIT });
        await dialog.getByRole('button', { name: 'Reset Exercise' }).click();
        await notification(page, 'is back to its stub').waitFor({ timeout: WAIT });
        const stub = readFileSync(join(ROOT, 'questions', 'exercises', 'reverse-string', 'python', 'solution.py'), 'utf8');
        if (readFileSync(join(exerciseDir, 'solution.py'), 'utf8') !== stub) throw new Error('solution.py is not the stub after the reset');
        const backups = readdirSync(join(exerciseDir, '..')).filter((name) => name.startsWith('reverse-string.backup-'));
        if (backups.length !== 1) throw new Error(`expected one backup folder, found ${JSON.stringify(backups)}`);
        if (!readFileSync(join(exerciseDir, '..', backups[0], 'solution.py'), 'utf8').includes('chars[i], chars[j] = chars[j], chars[i]'))
          throw new Error('the backup does not hold the solved file');
      },
    ],
    [
      "runs the stub's tests from the CodeLens and reports the failure",
      async () => {
        await clearNotifications(page);
        await page.locator('.editor-instance .view-lines', { hasText: 'NotImplementedError' }).first().waitFor({ timeout: WAIT });
        await page.locator('.codelens-decoration a', { hasText: 'Run Exercise Tests' }).first().click({ timeout: WAIT });
        await notification(page, 'tests failed for "reverse-string" (python').waitFor({ timeout: 60_000 });
        await page.locator('.statusbar-item', { hasText: 'reverse-string: tests failed' }).waitFor({ timeout: WAIT });
      },
    ],
    [
      'counts a timed exercise down with completions off, runs its tests on save, and stops the clock at green',
      async () => {
        const settingsFile = join(workspace, '.vscode', 'settings.json');
        // Read while VS Code may be writing it: a half-written file counts as "not yet".
        const settings = () => {
          try {
            return JSON.parse(readFileSync(settingsFile, 'utf8'));
          } catch {
            return {};
          }
        };
        // Run on save, switched on in the workspace settings as a user would.
        mkdirSync(join(workspace, '.vscode'), { recursive: true });
        writeFileSync(settingsFile, `${JSON.stringify({ 'interviewPrep.runTestsOnSave': true }, null, 2)}\n`);
        await clearNotifications(page);
        await scaffoldFromPalette(page, 'Start Timed Exercise', 'reverse-string', 'Python');
        await page.locator('.statusbar-item', { hasText: /reverse-string · \d+:\d\d left/ }).waitFor({ timeout: WAIT });
        await waitUntil('completions off while the exercise is open', () => settings()['editor.inlineSuggest.enabled'] === false);
        // Solve it in the editor, on one line after the stub (so auto-indent has nothing to change), and save.
        await page.getByRole('tab', { name: /solution\.py/ }).click();
        await page.locator('.editor-instance .view-lines', { hasText: 'NotImplementedError' }).first().waitFor({ timeout: WAIT });
        await page.locator('.editor-instance .view-lines').first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.type('def reverse_string(s: str) -> str: return s[::-1]  # solved against the clock');
        await page.keyboard.press('Control+S');
        await page.locator('.statusbar-item', { hasText: /reverse-string: green in \d+:\d\d/ }).waitFor({ timeout: 60_000 });
        await waitUntil("the user's settings restored after the exercise", () => {
          const now = settings();
          return now['interviewPrep.runTestsOnSave'] === true && !('editor.inlineSuggest.enabled' in now) && !('editor.quickSuggestions' in now);
        });
        if (!readFileSync(join(exerciseDir, 'solution.py'), 'utf8').includes('# solved against the clock')) throw new Error('the saved edit is not on disk');
        writeFileSync(settingsFile, '{}\n');
      },
    ],
  ],
};

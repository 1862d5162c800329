// Restricted Mode: browsing works, scaffolding asks first, and no test command ever runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mark, WAIT } from '../timeline.mjs';
import { notification, runCommand, scaffoldFromPalette, treeItem } from '../workbench.mjs';

export const spec = {
  name: 'restricted mode',
  needs: [],
  steps: ({ page, url, workspace, exerciseDir }) => [
    [
      'opens the workspace in Restricted Mode with the extension running',
      async () => {
        await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ timeout: WAIT });
        await page.getByRole('tab', { name: /Interview Prep/ }).click({ timeout: WAIT });
        await treeItem(page, 'AI Engineer').waitFor({ timeout: WAIT });
      },
    ],
    [
      'asks before scaffolding, and writes nothing when the answer is no',
      async () => {
        await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
        const dialog = page.locator('.monaco-dialog-box');
        await dialog
          .locator('.dialog-message-text', { hasText: 'This workspace is in Restricted Mode. Write the "reverse-string" exercise files into it?' })
          .waitFor({ timeout: WAIT });
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await dialog.waitFor({ state: 'detached', timeout: WAIT });
        if (existsSync(join(workspace, 'interview-exercises'))) throw new Error('files were written although the user said no');
      },
    ],
    [
      'scaffolds after a yes, but refuses to run the tests',
      async () => {
        await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
        const dialog = page.locator('.monaco-dialog-box');
        await dialog.getByRole('button', { name: 'Scaffold Anyway' }).click({ timeout: WAIT });
        mark('scaffolded; waiting for solution.py');
        await page.getByRole('tab', { name: /solution\.py/ }).waitFor({ timeout: WAIT });
        mark('solution.py open');
        if (!existsSync(join(exerciseDir, 'test_solution.py'))) throw new Error('the tests were not scaffolded');
        await page.getByRole('tab', { name: /solution\.py/ }).click();
        await runCommand(page, 'Interview Prep: Run Exercise Tests');
        await notification(page, 'running exercise tests is disabled in Restricted Mode').waitFor({ timeout: WAIT });
        // Running unittest would import the solution and leave a __pycache__ folder; no terminal opens either.
        if (existsSync(join(exerciseDir, '__pycache__'))) throw new Error('the tests ran');
        if (await page.locator('.terminal-tabs-entry, .single-terminal-tab', { hasText: 'reverse-string' }).count())
          throw new Error('a test terminal was opened');
      },
    ],
  ],
};

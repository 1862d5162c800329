// Writing questions: the language server's diagnostics and quick fix, and New Question from the template.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { WAIT } from '../timeline.mjs';
import { findInTree, runCommand } from '../workbench.mjs';

export const spec = {
  name: 'authoring',
  needs: ['questions tree'],
  steps: ({ page, workspace }) => [
    [
      "shows a bank file's diagnostic in the Problems panel and applies a quick fix",
      async () => {
        await page.getByRole('tab', { name: /^broken-question\.md/ }).click();
        await page.getByRole('tab', { name: /^Problems/ }).click();
        const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'kind "concpt" is not one of' });
        await marker.waitFor({ timeout: 60_000 });
        await marker.click();
        await runCommand(page, 'Quick Fix...');
        await page.locator('.action-widget .monaco-list-row', { hasText: 'Change to "concept"' }).first().click({ timeout: WAIT });
        await page.locator('.editor-instance .view-lines', { hasText: 'kind: concept' }).first().waitFor({ timeout: WAIT });
        await marker.waitFor({ state: 'detached', timeout: WAIT });
      },
    ],
    [
      'writes a new question from the template, completes its fields, and shows it in the tree',
      async () => {
        await runCommand(page, 'Interview Prep: New Question');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New question' }).waitFor({ timeout: WAIT });
        const input = page.locator('.quick-input-widget input');
        await input.fill('Attention scaling check');
        await input.press('Enter');
        await page.getByRole('tab', { name: /^attention-scaling-check\.md/ }).waitFor({ timeout: WAIT });
        const file = join(workspace, '.interview-prep', 'questions', 'attention-scaling-check.md');
        if (!readFileSync(file, 'utf8').includes('id: attention-scaling-check')) throw new Error('the new file does not carry its id');
        // The language server completes the kind's values on line 6 ("kind: concept").
        await page.locator('.editor-instance .view-lines').first().click();
        await page.keyboard.press('Control+G');
        await page.locator('.quick-input-widget input').fill(':6');
        await page.locator('.quick-input-widget input').press('Enter');
        await page.keyboard.press('End');
        await page.keyboard.press('Control+Backspace');
        // As a person would: ask again if the list opens before the server has the edit.
        const quiz = page.locator('.suggest-widget .monaco-list-row', { hasText: 'quiz' }).first();
        for (let attempt = 0; ; attempt++) {
          await page.keyboard.press('Control+Space');
          try {
            await quiz.waitFor({ timeout: 5000 });
            break;
          } catch (error) {
            if (attempt >= 4) throw error;
            await page.keyboard.press('Escape');
          }
        }
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Z');
        await page.locator('.editor-instance .view-lines', { hasText: 'kind: concept' }).first().waitFor({ timeout: WAIT });
        // The template is a valid question: it shows in the tree under its role and topic.
        await findInTree(page, 'Attention scaling check', 'AI Engineer', 'Your topic', /^Attention scaling check,/);
      },
    ],
  ],
};

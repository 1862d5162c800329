// The Questions view: grouping, filtering, a file dropped in, its context menu, and the Problems node.
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { WAIT } from '../timeline.mjs';
import { clearTreeFilter, pickQuickInput, runCommand, treeItem } from '../workbench.mjs';

export const spec = {
  name: 'questions tree',
  needs: ['first run'],
  steps: ({ page, workspace, drill }) => [
    [
      'switches the tree to group by difficulty and back',
      async () => {
        await runCommand(page, 'Interview Prep: Group Questions By…');
        await pickQuickInput(page, 'Group questions by', 'Difficulty, then topic');
        for (const level of ['Easy', 'Medium', 'Hard']) await treeItem(page, level).waitFor({ timeout: WAIT });
        await runCommand(page, 'Interview Prep: Group Questions By…');
        await pickQuickInput(page, 'Group questions by', 'Role, then topic');
        await treeItem(page, 'AI Architect').waitFor({ timeout: WAIT });
      },
    ],
    [
      'narrows the tree with a text filter and clears it',
      async () => {
        await runCommand(page, 'Interview Prep: Filter Questions…');
        await pickQuickInput(page, 'Filter questions', 'Text…');
        const input = page.locator('.quick-input-widget input');
        await input.fill('workspace question');
        await input.press('Enter');
        // The view's description names the filter (the sidebar may be too narrow to show it all).
        await page.locator('.pane-header[aria-label*="\\"workspace question\\""]').waitFor({ state: 'attached', timeout: WAIT });
        await treeItem(page, 'AI Architect').waitFor({ state: 'detached', timeout: WAIT });
        await treeItem(page, 'Software Engineer').waitFor({ timeout: WAIT });
        await clearTreeFilter(page);
        await treeItem(page, 'AI Architect').waitFor({ timeout: WAIT });
      },
    ],
    [
      'shows a question file dropped into the workspace bank without a reload',
      async () => {
        writeFileSync(
          join(workspace, '.interview-prep', 'questions', 'dropped-in.md'),
          [
            '---',
            'id: dropped-in-question',
            'title: Dropped in',
            'roles: [Software Engineer]',
            'topic: Workspace practice',
            'kind: quiz',
            'difficulty: easy',
            'time: 1',
            '---',
            '',
            'What is 2 + 2?',
            '',
            '## Answer',
            'Four.',
            '',
          ].join('\n'),
        );
        await treeItem(page, 'Software Engineer').waitFor({ timeout: WAIT });
        const practice = treeItem(page, 'Workspace practice');
        if (!(await practice.isVisible())) await treeItem(page, 'Software Engineer').click();
        if ((await practice.getAttribute('aria-expanded')) !== 'true') await practice.click();
        await page.getByRole('treeitem', { name: /Dropped in/ }).waitFor({ timeout: WAIT });
      },
    ],
    [
      'starts a drill from the context menu',
      async () => {
        await page.getByRole('treeitem', { name: /Dropped in/ }).click({ button: 'right' });
        const item = page.getByRole('menuitem', { name: 'Open Question', exact: true });
        await item.waitFor({ timeout: WAIT });
        await item.hover();
        await item.click();
        await drill().locator('#title', { hasText: 'Dropped in' }).waitFor({ timeout: WAIT });
        await drill().locator('#prompt', { hasText: 'What is 2 + 2?' }).waitFor({ timeout: WAIT });
      },
    ],
    [
      'lists a broken file under Problems, opening it at the error',
      async () => {
        await treeItem(page, 'Problems').click();
        const problem = page.getByRole('treeitem', { name: /^error in .*broken-question\.md:5:7: kind "concpt"/ });
        await problem.waitFor({ timeout: WAIT });
        await problem.click();
        await page.getByRole('tab', { name: /broken-question\.md/ }).waitFor({ timeout: WAIT });
        await page.locator('.statusbar-item', { hasText: 'Ln 5, Col 7' }).waitFor({ timeout: WAIT });
      },
    ],
  ],
};

// A newcomer opens the workbench: Get Started, the roles in the tree, a question and its countdown.
import { clockSeconds, openGetStarted, runCommand, treeItem, WALKTHROUGH_STEPS, walkthroughStep } from '../workbench.mjs';
import { coveredBy } from '../drillPanel.mjs';
import { timings, WAIT } from '../timeline.mjs';

export const spec = {
  name: 'first run',
  needs: [],
  steps: ({ page, url, workspace, drill }) => [
    [
      'opens the workbench with the extension installed',
      async () => {
        await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.getByRole('tab', { name: /Interview Prep/ }).waitFor({ timeout: WAIT });
      },
    ],
    [
      'opens Get Started as a newcomer would, with no step ticked yet',
      async () => {
        await openGetStarted(page);
        for (const title of WALKTHROUGH_STEPS) await walkthroughStep(page, title, false).waitFor({ timeout: WAIT });
        await runCommand(page, 'View: Close Editor');
        await page.getByRole('tab', { name: /^Welcome/ }).waitFor({ state: 'detached', timeout: WAIT });
      },
    ],
    [
      'shows roles in the Questions view',
      async () => {
        const clicked = Date.now();
        await page.getByRole('tab', { name: /Interview Prep/ }).click();
        await treeItem(page, 'AI Engineer').waitFor({ timeout: WAIT });
        timings.clickToTreeMs = Date.now() - clicked;
        for (const role of ['AI Engineer', 'ML Engineer', 'Data Scientist', 'Software Engineer']) {
          await treeItem(page, role).waitFor({ timeout: WAIT });
        }
      },
    ],
    [
      'opens a question from the tree',
      async () => {
        await treeItem(page, 'Software Engineer').click();
        await treeItem(page, 'Workspace practice').click();
        const clicked = Date.now();
        await page.getByRole('treeitem', { name: /A workspace question/ }).click();
        await drill().locator('#title', { hasText: 'A workspace question' }).waitFor({ timeout: WAIT });
        timings.clickToDrillPanelMs = Date.now() - clicked;
        await drill().locator('#prompt', { hasText: 'hash map' }).waitFor({ timeout: WAIT });
        const cover = await coveredBy(drill().locator('#prompt'));
        if (cover) throw new Error(`the prompt is in the page but hidden under ${cover}`);
      },
    ],
    [
      'shows a countdown that runs down',
      async () => {
        const read = async () => clockSeconds(await drill().locator('#countdown').textContent());
        const first = await read();
        if (!(first > 0 && first <= 120)) throw new Error(`countdown shows ${first} s; expected 0-120 for a 2-minute question`);
        const deadline = Date.now() + 10_000;
        let now = first;
        while (now >= first) {
          if (Date.now() > deadline) throw new Error(`countdown stayed at ${first} s`);
          await page.waitForTimeout(200);
          now = await read();
        }
      },
    ],
  ],
};

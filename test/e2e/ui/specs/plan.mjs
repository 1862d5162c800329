// A plan for an interview date, started from the status bar.
import { WAIT } from '../timeline.mjs';
import { clearNotifications, notification, runCommand } from '../workbench.mjs';

export const spec = {
  name: 'study plan',
  needs: ['first run'],
  steps: ({ page, drill }) => [
    [
      "plans for an interview and starts today's items from the status bar",
      async () => {
        await clearNotifications(page);
        await runCommand(page, 'Interview Prep: Plan for an Interview…');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Plan for an interview (1/2): roles' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget input').fill('Data Scientist');
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Data Scientist' }).first().click({ timeout: WAIT });
        await page.locator('.quick-input-widget input').press('Enter');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Plan for an interview (2/2): date' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget input').press('Enter');
        await notification(page, /-day plan for Data Scientist until \d{4}-\d{2}-\d{2} is ready/).waitFor({ timeout: WAIT });
        const today = page.locator('.statusbar-item', { hasText: /^\s*\d+ today\s*$/ });
        await today.waitFor({ timeout: WAIT });
        const count = Number(/(\d+) today/.exec(await today.textContent())[1]);
        if (!(count > 0)) throw new Error(`the plan has ${count} items today`);
        await today.click();
        await drill()
          .locator('#session-progress', { hasText: new RegExp(`^1 / ${count}$`) })
          .waitFor({ timeout: WAIT });
      },
    ],
  ],
};

// The dashboard's "Ready on the day": predicted recall on the interview date per role and topic as
// text (values beside their bars, not colour alone), today's plan with a line on each item, and a drill
// over the weakest questions. Builds on the study plan spec, which plans for Data Scientist.
import { WAIT } from '../timeline.mjs';
import { frameWith, runCommand } from '../workbench.mjs';

export const spec = {
  name: 'ready on the day',
  needs: ['study plan'],
  steps: ({ page }) => [
    [
      'shows predicted recall on the interview day per role and topic, and drills the weakest questions',
      async () => {
        await runCommand(page, 'Interview Prep: Show Progress Dashboard');
        const dashboard = await frameWith(page, '#interview-summary');
        await dashboard
          .locator('#interview-summary', { hasText: /for Data Scientist\. Predicted recall on the day: \d+% over \d+ questions/ })
          .waitFor({ timeout: WAIT });

        const roles = dashboard.getByRole('table', { name: 'Predicted recall on the day, by role' });
        await roles.getByRole('row', { name: /^Data Scientist \d+% \d+ of \d+/ }).waitFor({ timeout: WAIT });
        const topics = dashboard.getByRole('table', { name: 'Predicted recall on the day, by topic' });
        await topics.getByRole('row').nth(1).waitFor({ timeout: WAIT });
        // Values are text, not colour alone: every body row of both tables reads "NN%".
        for (const table of [roles, topics]) {
          const values = await table.locator('tbody .recall-value').allTextContents();
          if (values.length === 0 || !values.every((value) => /^\d{1,3}%$/.test(value))) throw new Error(`recall values shown as ${JSON.stringify(values)}`);
        }

        // Today's plan explains each item in one line.
        const lines = await dashboard.locator('#today-plan .plan-line').allTextContents();
        if (!lines.every((line) => /^(due|weak on the day|brought forward|new): /.test(line))) throw new Error(`today's plan lines: ${JSON.stringify(lines)}`);

        // The weakest topics, each with its drill, and one drill over their weakest questions.
        const weakest = dashboard.locator('#weakest .weakest-list li');
        if ((await weakest.count()) === 0) throw new Error('no weakest topics listed');
        await dashboard.locator('#drill-weakest').click({ timeout: WAIT });
        const drill = await frameWith(page, '#session-title');
        await drill.locator('#session-title', { hasText: 'Drill: weakest on the interview day' }).waitFor({ timeout: WAIT });
        await drill.locator('#session-progress', { hasText: /^1 \/ \d+$/ }).waitFor({ timeout: WAIT });
      },
    ],
  ],
};

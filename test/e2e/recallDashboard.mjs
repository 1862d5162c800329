// A UI journey step for issue #21, kept apart from ui.mjs: the dashboard's "Ready on the day" section.
// It expects a study plan to exist (run it after the step "plans for an interview and starts today's
// items from the status bar", which plans for Data Scientist), and uses ui.mjs's own helpers, passed
// in. To hook it in, in ui.mjs's `journey` step list, right after that step:
//
//   import { recallDashboardStep } from './recallDashboard.mjs';
//   …
//   recallDashboardStep(page, { runCommand, frameWith, wait: WAIT }),
//
// Returns the [label, run] pair the journey's step list holds.

/**
 * The dashboard shows predicted recall on the interview day as text (a table per role and per topic,
 * each value a percentage beside its bar), the weakest topics, and today's plan with a line on each
 * item; "Drill These Questions" opens a drill over the weakest questions.
 */
export function recallDashboardStep(page, { runCommand, frameWith, wait }) {
  return ['shows predicted recall on the interview day per role and topic, and drills the weakest questions', async () => {
    await runCommand(page, 'Interview Prep: Show Progress Dashboard');
    const dashboard = await frameWith(page, '#interview-summary');
    await dashboard.locator('#interview-summary', { hasText: /for Data Scientist\. Predicted recall on the day: \d+% over \d+ questions/ }).waitFor({ timeout: wait });

    const roles = dashboard.getByRole('table', { name: 'Predicted recall on the day, by role' });
    await roles.getByRole('row', { name: /^Data Scientist \d+% \d+ of \d+/ }).waitFor({ timeout: wait });
    const topics = dashboard.getByRole('table', { name: 'Predicted recall on the day, by topic' });
    await topics.getByRole('row').nth(1).waitFor({ timeout: wait });
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
    await dashboard.locator('#drill-weakest').click({ timeout: wait });
    const drill = await frameWith(page, '#session-title');
    await drill.locator('#session-title', { hasText: 'Drill: weakest on the interview day' }).waitFor({ timeout: wait });
    await drill.locator('#session-progress', { hasText: /^1 \/ \d+$/ }).waitFor({ timeout: wait });
  }];
}

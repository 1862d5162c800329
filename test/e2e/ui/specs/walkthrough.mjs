// Get Started ticks what was used and its buttons run what they teach.
import { WAIT } from '../timeline.mjs';
import { openGetStarted, WALKTHROUGH_STEPS, walkthroughStep } from '../workbench.mjs';

export const spec = {
  name: 'Get Started',
  needs: ['exercises', 'drill panel'],
  steps: ({ page }) => [
    [
      "ticks Get Started's steps as they are used, and its buttons run what they teach",
      async () => {
        await openGetStarted(page);
        // VS Code counts a step's commands while its walkthroughs are loaded, which opening Get Started
        // did at the start; the reload in between unloaded them, so the first three steps (used before
        // it) stay ticked and the last two (used after it) are not.
        const [browse, drillStep, exercise, planStep, author] = WALKTHROUGH_STEPS;
        for (const title of [browse, drillStep, exercise]) await walkthroughStep(page, title, true).waitFor({ timeout: WAIT });
        for (const [title, button, asks] of [
          [planStep, 'Plan for an Interview', 'Plan for an interview (1/2): roles'],
          [author, 'New Question', 'New question'],
        ]) {
          await walkthroughStep(page, title, false).click({ timeout: WAIT });
          await page.locator('.getting-started-step.expanded .button-container').getByRole('button', { name: button }).click({ timeout: WAIT });
          await page.locator('.quick-input-widget .quick-input-title', { hasText: asks }).waitFor({ timeout: WAIT });
          await page.keyboard.press('Escape');
          await walkthroughStep(page, title, true).waitFor({ timeout: WAIT });
        }
      },
    ],
  ],
};

// The dashboard before any practice: its empty state says what to do, and passes the audit in every theme.
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { auditState } from '../accessibility.mjs';
import { WAIT } from '../timeline.mjs';
import { frameWith, runCommand, selectTheme, themedBody, THEMES } from '../workbench.mjs';

export const spec = {
  name: 'empty dashboard',
  needs: ['restricted mode'],
  steps: ({ page }) => [
    [
      "shows the dashboard's empty state before any practice, with no serious accessibility finding in any theme",
      async () => {
        await runCommand(page, 'Interview Prep: Show Progress Dashboard');
        const dashboard = await frameWith(page, '#empty');
        await dashboard.locator('#empty:not([hidden])').waitFor({ timeout: WAIT });
        const reported = [];
        for (const [theme, label, workbenchClass] of THEMES) {
          await selectTheme(page, label, workbenchClass);
          // The webview takes the theme a moment after the workbench does.
          await dashboard.locator(themedBody(theme)).waitFor({ timeout: WAIT });
          reported.push(
            ...(await auditState(page, dashboard, `${theme} empty dashboard`, join(ROOT, 'test-results', 'ui', 'themes', `${theme}-dashboard-empty.png`)))
              .reported,
          );
        }
        if (reported.length) console.log(`    moderate and minor axe findings (listed, not failing):\n      ${reported.join('\n      ')}`);
      },
    ],
  ],
};

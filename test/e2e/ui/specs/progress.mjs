// Progress shows where a person looks for it: the tree's status and the dashboard.
import { WAIT } from '../timeline.mjs';
import { findInTree, frameWith, runCommand } from '../workbench.mjs';

export const spec = {
  name: 'progress',
  needs: ['drill panel'],
  steps: ({ page }) => [
    [
      "shows a graded question's new status in the tree and the attempt in the dashboard",
      async () => {
        // The hostile-math question was graded "good" above: no longer new.
        await findInTree(
          page,
          'Softmax with a hostile twist',
          'Software Engineer',
          'Workspace practice',
          /^Softmax with a hostile twist,.*(learning|due|mastered)$/,
        );
        await runCommand(page, 'Interview Prep: Show Progress Dashboard');
        const dashboard = await frameWith(page, '#total-attempts');
        await dashboard.locator('#total-attempts', { hasText: /^[1-9]\d*$/ }).waitFor({ timeout: WAIT });
        await dashboard
          .getByRole('button', { name: /Workspace practice/ })
          .first()
          .waitFor({ timeout: WAIT });
      },
    ],
  ],
};

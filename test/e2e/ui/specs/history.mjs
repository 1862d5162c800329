// The practice history leaves and comes back: export, reset, import.
import { existsSync, readFileSync } from 'node:fs';
import { WAIT } from '../timeline.mjs';
import { clearNotifications, findInTree, notification, openFileDialog, pickQuickInput, runCommand, saveFileDialog } from '../workbench.mjs';

export const spec = {
  name: 'history',
  needs: ['drill panel'],
  steps: ({ page }) => [
    [
      'exports the history, resets it, and imports it back',
      async () => {
        await clearNotifications(page);
        await runCommand(page, 'Interview Prep: Export Practice History…');
        await pickQuickInput(page, 'Export practice history as', 'JSON');
        await saveFileDialog(page, 'Export practice history', 'interview-prep-history.json');
        const toast = notification(page, 'history exported to');
        await toast.waitFor({ timeout: WAIT });
        // The file dialog has the last word on the path: read it back from the message.
        const written = /history exported to (.+)\.\s*$/.exec(await toast.locator('.notification-list-item-message').textContent())?.[1];
        if (!written || !existsSync(written)) throw new Error(`the export is not at ${written}`);
        const exported = JSON.parse(readFileSync(written, 'utf8'));
        if (!(exported.attempts?.length >= 4)) throw new Error(`expected the graded attempts in the export, found ${exported.attempts?.length}`);

        await runCommand(page, 'Interview Prep: Reset All Progress…');
        await page.locator('.monaco-dialog-box').getByRole('button', { name: 'Reset All Progress' }).click({ timeout: WAIT });
        await notification(page, 'progress reset').waitFor({ timeout: WAIT });
        await findInTree(page, 'Softmax with a hostile twist', 'Software Engineer', 'Workspace practice', /^Softmax with a hostile twist,.*, new$/);

        await clearNotifications(page);
        await runCommand(page, 'Interview Prep: Import Practice History…');
        await openFileDialog(page, 'Import practice history', written);
        await notification(page, `imported ${exported.attempts.length} attempt(s); 0 already present, 0 rejected`).waitFor({ timeout: WAIT });
        await findInTree(
          page,
          'Softmax with a hostile twist',
          'Software Engineer',
          'Workspace practice',
          /^Softmax with a hostile twist,.*(learning|due|mastered)$/,
        );
      },
    ],
  ],
};

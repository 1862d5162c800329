// One history across machines (#21): two profiles of the real VS Code, each its own code-server with
// its own user data and workspace, share one folder. The first practises, then shares its history
// through the folder from the command; the second, whose settings already name the folder (as
// Settings Sync would bring them), shows the first one's attempt in the tree and the dashboard; then
// the second practises and the first shows that without a reload, as the folder changes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { installVsix, makeProfile, startCodeServer, vsixPath } from '../../../../scripts/vscode.mjs';
import { freshWorkspace } from '../../workspace.mjs';
import { WAIT } from '../timeline.mjs';
import { clearNotifications, drillFrame, findInTree, frameWith, notification, openFolderDialog, runCommand, treeItem, waitUntil } from '../workbench.mjs';

const SHARED_ROLE = 'Software Engineer';
const SHARED_TOPIC = 'Workspace practice';

/** The activity bar's Interview Prep view, shown (clicking its tab while it shows would hide it). */
async function showView(page) {
  if (await treeItem(page, SHARED_ROLE).isVisible()) return;
  await page.getByRole('tab', { name: 'Interview Prep', exact: true }).click({ timeout: WAIT });
}

/** Opens a question from the tree, opening its role and topic rows if they are closed, and grades it "good". */
async function openAndGrade(page, title) {
  const drill = await openQuestion(page, title);
  await drill.locator('#reveal').click();
  await drill.locator('button.grade[data-grade="good"]').click();
  await drill.locator('#saved', { hasText: 'Attempt saved.' }).waitFor({ timeout: WAIT });
}

/** Opens a question from the tree in the drill panel. */
async function openQuestion(page, title) {
  await showView(page);
  for (const label of [SHARED_ROLE, SHARED_TOPIC]) {
    const row = treeItem(page, label);
    await row.waitFor({ timeout: WAIT });
    if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  await page.getByRole('treeitem', { name: new RegExp(`^${title},`) }).click({ timeout: WAIT });
  await drillFrame(page).locator('#title', { hasText: title }).waitFor({ timeout: WAIT });
  return drillFrame(page);
}

/** Every machine's copy of a per-machine file in the folder whose name starts with `prefix`. */
const copiesIn = (folder, prefix) => readdirSync(folder).filter((name) => name.startsWith(prefix));

const practised = (title) => new RegExp(`^${title},.*(learning|due|mastered)$`);

const logsIn = (folder) => readdirSync(folder).filter((name) => /^attempts-.+\.log$/.test(name));

export function sharedHistorySpec() {
  const root = mkdtempSync(join(tmpdir(), 'interview-prep-synced-'));
  const folder = join(root, 'Sync', 'interview-prep');
  mkdirSync(folder, { recursive: true });
  let second;
  return {
    name: 'shared history',
    needs: [],
    async cleanup() {
      await second?.browserContext.close().catch(() => undefined);
      await second?.server.stop().catch(() => undefined);
      second?.profile.remove();
      if (second) rmSync(dirname(second.workspace), { recursive: true, force: true });
      rmSync(root, { recursive: true, force: true });
    },
    steps: ({ page, url, workspace }) => [
      [
        'practises on the first machine, then shares its history through a folder, keeping a copy',
        async () => {
          await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
          await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
          await openAndGrade(page, 'A workspace question');
          await clearNotifications(page);
          await runCommand(page, 'Interview Prep: Share Practice History Through a Folder…');
          await openFolderDialog(page, 'Share practice history through a folder you sync', folder);
          await notification(page, `practice history shared through ${folder}`).waitFor({ timeout: WAIT });
          await waitUntil(`a log in ${folder}`, () => logsIn(folder).length === 1);
          const log = readFileSync(join(folder, logsIn(folder)[0]), 'utf8');
          if (!/"kind":"question"/.test(log)) throw new Error(`the first machine's attempt is not in its shared log:\n${log.slice(0, 500)}`);
        },
      ],
      [
        "shows the first machine's attempt on a second profile pointed at the folder, in the tree and the dashboard",
        async () => {
          const profile = makeProfile('shared-b', { 'interviewPrep.historyFolder': folder });
          const secondWorkspace = freshWorkspace('shared-b');
          installVsix(profile, vsixPath());
          const server = await startCodeServer(profile, { workspace: secondWorkspace });
          const browserContext = await page
            .context()
            .browser()
            .newContext({ viewport: { width: 1400, height: 900 } });
          second = { profile, server, browserContext, workspace: secondWorkspace, page: await browserContext.newPage() };
          await second.page.goto(`${server.url}/?folder=${encodeURIComponent(secondWorkspace)}`);
          await second.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
          await showView(second.page);
          await findInTree(second.page, 'A workspace question', SHARED_ROLE, SHARED_TOPIC, practised('A workspace question'));
          await runCommand(second.page, 'Interview Prep: Show Progress Dashboard');
          const dashboard = await frameWith(second.page, '#total-attempts');
          await dashboard.locator('#total-attempts', { hasText: /^1$/ }).waitFor({ timeout: WAIT });
        },
      ],
      [
        "shows the second machine's practice on the first without a reload, each machine writing its own log",
        async () => {
          await openAndGrade(second.page, 'Softmax with a hostile twist');
          await waitUntil(`two logs in ${folder}`, () => logsIn(folder).length === 2);
          await findInTree(page, 'Softmax with a hostile twist', SHARED_ROLE, SHARED_TOPIC, practised('Softmax with a hostile twist'));
          for (const name of logsIn(folder)) {
            const ids = readFileSync(join(folder, name), 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line).attempt.questionId);
            if (ids.length !== 1) throw new Error(`${name} should hold only its own machine's one attempt, holds ${JSON.stringify(ids)}`);
          }
        },
      ],
      [
        "shows notes written on the first machine on the second, and the second follows the first one's new plan",
        async () => {
          const note = 'Note from the first machine: say the base case first.';
          const onFirst = await openQuestion(page, 'A workspace question');
          await onFirst.locator('#notes-box summary').click();
          await onFirst.locator('#notes').fill(note);
          await onFirst.locator('#saved', { hasText: 'Notes saved.' }).waitFor({ timeout: WAIT });
          await waitUntil("the first machine's notes in the folder", () =>
            copiesIn(folder, 'work-').some((dir) =>
              readdirSync(join(folder, dir)).some((file) => readFileSync(join(folder, dir, file), 'utf8').includes('say the base case first')),
            ),
          );
          await clearNotifications(page);
          await runCommand(page, 'Interview Prep: Plan for an Interview…');
          await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Plan for an interview (1/2): roles' }).waitFor({ timeout: WAIT });
          await page.locator('.quick-input-widget input').fill(SHARED_ROLE);
          await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: SHARED_ROLE }).first().click({ timeout: WAIT });
          await page.locator('.quick-input-widget input').press('Enter');
          await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Plan for an interview (2/2): date' }).waitFor({ timeout: WAIT });
          await page.locator('.quick-input-widget input').press('Enter');
          await notification(page, `-day plan for ${SHARED_ROLE} until`).waitFor({ timeout: WAIT });
          await waitUntil('one plan in the folder', () => copiesIn(folder, 'plan-').filter((name) => name.endsWith('.json')).length === 1);

          const onSecond = await openQuestion(second.page, 'A workspace question');
          await onSecond.locator('#notes-box[open]').waitFor({ timeout: WAIT });
          const shown = await onSecond.locator('#notes').inputValue();
          if (shown !== note) throw new Error(`the second machine shows the notes ${JSON.stringify(shown)}`);
          await runCommand(second.page, 'Interview Prep: Show Progress Dashboard');
          const dashboard = await frameWith(second.page, '#interview-summary');
          await dashboard.locator('#interview-summary', { hasText: `for ${SHARED_ROLE}` }).waitFor({ timeout: WAIT });
        },
      ],
    ],
  };
}

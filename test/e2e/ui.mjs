// UI journeys: the packaged VSIX installed into a throwaway code-server profile, driven through
// Chromium the way a person would use it. Each step waits on what the screen shows, never on sleeps,
// and leaves a screenshot in test-results/ui/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, installVsix, makeProfile, ROOT, startCodeServer, vsixPath } from '../../scripts/vscode.mjs';
import { browserArgs } from './extensionHost.mjs';
import { freshWorkspace } from './workspace.mjs';

const SHOTS = join(ROOT, 'test-results', 'ui');
const WAIT = 30_000;

export async function runUiJourneys() {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const profile = makeProfile('ui');
  const workspace = freshWorkspace('ui');
  installVsix(profile, vsixPath());
  const server = await startCodeServer(profile, { workspace, extraArgs: ['--disable-workspace-trust'] });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs() });
  const results = { passed: 0, failed: 0 };
  let shot = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const steps = journey(page, server.url, workspace);
    for (const [name, run] of steps) {
      const started = Date.now();
      try {
        await run();
        results.passed++;
        console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        results.failed++;
        console.log(`  ✘ ${name}\n    ${String(error?.message ?? error).split('\n').slice(0, 6).join('\n    ')}`);
      } finally {
        await page.screenshot({ path: join(SHOTS, `${String(++shot).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) }).catch(() => undefined);
      }
      if (results.failed > 0) break; // later steps build on earlier ones
    }
    results.failed += steps.length - results.passed - results.failed;
  } finally {
    await browser.close();
    await server.stop();
    profile.remove();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
  console.log(`ui: ${results.passed} passed, ${results.failed} failed`);
  return results;
}

function journey(page, url, workspace) {
  const drill = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const exerciseDir = join(workspace, 'interview-exercises', 'reverse-string');
  return [
    ['opens the workbench with the extension installed', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.getByRole('tab', { name: /Interview Prep/ }).waitFor({ timeout: WAIT });
    }],
    ['shows roles in the Questions view', async () => {
      await page.getByRole('tab', { name: /Interview Prep/ }).click();
      for (const role of ['AI Engineer', 'ML Engineer', 'Data Scientist', 'Software Engineer']) {
        await page.getByRole('treeitem', { name: role, exact: true }).waitFor({ timeout: WAIT });
      }
    }],
    ['opens a question from the tree', async () => {
      await page.getByRole('treeitem', { name: 'Software Engineer', exact: true }).click();
      await page.getByRole('treeitem', { name: 'Workspace practice' }).click();
      await page.getByRole('treeitem', { name: /A workspace question/ }).click();
      await drill().locator('#title', { hasText: 'A workspace question' }).waitFor({ timeout: WAIT });
      await drill().locator('#prompt', { hasText: 'hash map' }).waitFor({ timeout: WAIT });
    }],
    ['shows a countdown that runs down', async () => {
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
    }],
    ['scaffolds a Python exercise from the command palette', async () => {
      await runCommand(page, 'Interview Prep: Scaffold Exercise');
      await pickQuickInput(page, 'Scaffold an exercise', 'reverse-string');
      await pickQuickInput(page, 'Language for "reverse-string"', 'Python');
      await page.getByRole('tab', { name: /solution\.py/ }).waitFor({ timeout: WAIT });
      for (const name of ['solution.py', 'test_solution.py', 'README.md']) {
        if (!existsSync(join(exerciseDir, name))) throw new Error(`${name} was not written`);
      }
      if (existsSync(join(exerciseDir, 'reference.py'))) throw new Error('the reference solution was scaffolded');
    }],
    ['runs the failing stub tests in the terminal and reports failure', async () => {
      await page.getByRole('tab', { name: /solution\.py/ }).click();
      await runCommand(page, 'Interview Prep: Run Exercise Tests');
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'tests failed for "reverse-string"' }).waitFor({ timeout: 60_000 });
      await page.locator('.terminal .xterm-rows', { hasText: 'NotImplementedError' }).first().waitFor({ timeout: WAIT });
    }],
    ['runs the tests again after solving and reports success', async () => {
      copyFileSync(join(ROOT, 'questions', 'exercises', 'reverse-string', 'python', 'reference.py'), join(exerciseDir, 'solution.py'));
      await page.getByRole('tab', { name: /solution\.py/ }).click();
      await runCommand(page, 'Interview Prep: Run Exercise Tests');
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'all tests passed for "reverse-string"' }).waitFor({ timeout: 60_000 });
      await page.locator('.statusbar-item', { hasText: 'reverse-string: tests passed' }).waitFor({ timeout: WAIT });
      if (!readFileSync(join(exerciseDir, 'solution.py'), 'utf8').includes('def reverse_string')) throw new Error('solution.py lost its content');
    }],
  ];
}

async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: WAIT });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
}

/** Waits for the quick pick titled `title`, filters it by `text`, and accepts the match. */
async function pickQuickInput(page, title, text) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  await page.locator('.quick-input-widget input').fill(text);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first().waitFor({ timeout: WAIT });
  await page.keyboard.press('Enter');
}

function clockSeconds(text) {
  const match = /^\+?(\d+):(\d{2})$/.exec((text ?? '').trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

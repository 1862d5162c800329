// UI journeys: the packaged VSIX installed into a throwaway code-server profile, driven through
// Chromium the way a person would use it. Each step waits on what the screen shows, never on sleeps,
// and leaves a screenshot in test-results/ui/.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, installVsix, makeProfile, ROOT, startCodeServer, vsixPath } from '../../scripts/vscode.mjs';
import { browserArgs } from './extensionHost.mjs';
import { freshWorkspace } from './workspace.mjs';

const SHOTS = join(ROOT, 'test-results', 'ui');
const WAIT = 30_000;
/** Figures for the benchmark notes; printed, never asserted. */
const timings = {};

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
  console.log(`ui timings (ms, measured, not asserted): ${JSON.stringify(timings)}`);
  writeFileSync(join(ROOT, 'test-results', 'ui-timings.json'), JSON.stringify(timings));
  console.log(`ui: ${results.passed} passed, ${results.failed} failed`);
  return results;
}

function journey(page, url, workspace) {
  // The drill panel's frame (a markdown preview may be open too): two iframes deep, per webview.
  const drill = () => page.frameLocator('iframe.webview.ready[src*="extensionId=interview-prep.interview-prep"]').frameLocator('#active-frame');
  const exerciseDir = join(workspace, 'interview-exercises', 'reverse-string');
  return [
    ['opens the workbench with the extension installed', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.getByRole('tab', { name: /Interview Prep/ }).waitFor({ timeout: WAIT });
    }],
    ['shows roles in the Questions view', async () => {
      const clicked = Date.now();
      await page.getByRole('tab', { name: /Interview Prep/ }).click();
      await treeItem(page, 'AI Engineer').waitFor({ timeout: WAIT });
      timings.clickToTreeMs = Date.now() - clicked;
      for (const role of ['AI Engineer', 'ML Engineer', 'Data Scientist', 'Software Engineer']) {
        await treeItem(page, role).waitFor({ timeout: WAIT });
      }
    }],
    ['opens a question from the tree', async () => {
      await treeItem(page, 'Software Engineer').click();
      await treeItem(page, 'Workspace practice').click();
      const clicked = Date.now();
      await page.getByRole('treeitem', { name: /A workspace question/ }).click();
      await drill().locator('#title', { hasText: 'A workspace question' }).waitFor({ timeout: WAIT });
      timings.clickToDrillPanelMs = Date.now() - clicked;
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
      await page.getByRole('tab', { name: /Preview README\.md/ }).waitFor({ timeout: WAIT });
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
    ['scaffolds the TypeScript version and runs it failing, then passing', async () => {
      await runCommand(page, 'Interview Prep: Scaffold Exercise');
      await pickQuickInput(page, 'Scaffold an exercise', 'reverse-string');
      await pickQuickInput(page, 'Language for "reverse-string"', 'TypeScript');
      await page.getByRole('tab', { name: /solution\.ts/ }).waitFor({ timeout: WAIT });
      for (const name of ['solution.ts', 'solution.test.ts']) if (!existsSync(join(exerciseDir, name))) throw new Error(`${name} was not written`);
      await page.getByRole('tab', { name: /solution\.ts/ }).click();
      await runCommand(page, 'Interview Prep: Run Exercise Tests');
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'tests failed for "reverse-string" (typescript' }).waitFor({ timeout: 60_000 });
      copyFileSync(join(ROOT, 'questions', 'exercises', 'reverse-string', 'typescript', 'reference.ts'), join(exerciseDir, 'solution.ts'));
      await runCommand(page, 'Interview Prep: Run Exercise Tests');
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'all tests passed for "reverse-string" (typescript)' }).waitFor({ timeout: 60_000 });
    }],
    ['scaffolding again opens the exercise as it is, overwriting nothing', async () => {
      const before = readFileSync(join(exerciseDir, 'solution.py'), 'utf8');
      await runCommand(page, 'Interview Prep: Scaffold Exercise');
      await pickQuickInput(page, 'Scaffold an exercise', 'reverse-string');
      await pickQuickInput(page, 'Language for "reverse-string"', 'Python');
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'is already in your workspace; opened it as it is' }).waitFor({ timeout: WAIT });
      if (readFileSync(join(exerciseDir, 'solution.py'), 'utf8') !== before) throw new Error('solution.py was overwritten');
    }],
    ['switches the tree to group by difficulty and back', async () => {
      await runCommand(page, 'Interview Prep: Group Questions By…');
      await pickQuickInput(page, 'Group questions by', 'Difficulty, then topic');
      for (const level of ['Easy', 'Medium', 'Hard']) await treeItem(page, level).waitFor({ timeout: WAIT });
      await runCommand(page, 'Interview Prep: Group Questions By…');
      await pickQuickInput(page, 'Group questions by', 'Role, then topic');
      await treeItem(page, 'AI Architect').waitFor({ timeout: WAIT });
    }],
    ['narrows the tree with a text filter and clears it', async () => {
      await runCommand(page, 'Interview Prep: Filter Questions…');
      await pickQuickInput(page, 'Filter questions', 'Text…');
      const input = page.locator('.quick-input-widget input');
      await input.fill('workspace question');
      await input.press('Enter');
      // The view's description names the filter (the sidebar may be too narrow to show it all).
      await page.locator('.pane-header[aria-label*="\\"workspace question\\""]').waitFor({ state: 'attached', timeout: WAIT });
      await treeItem(page, 'AI Architect').waitFor({ state: 'detached', timeout: WAIT });
      await treeItem(page, 'Software Engineer').waitFor({ timeout: WAIT });
      await page.getByRole('button', { name: 'Clear Question Filter' }).click();
      await treeItem(page, 'AI Architect').waitFor({ timeout: WAIT });
    }],
    ['shows a question file dropped into the workspace bank without a reload', async () => {
      writeFileSync(join(workspace, '.interview-prep', 'questions', 'dropped-in.md'), ['---', 'id: dropped-in-question', 'title: Dropped in', 'roles: [Software Engineer]',
        'topic: Workspace practice', 'kind: quiz', 'difficulty: easy', 'time: 1', '---', '', 'What is 2 + 2?', '', '## Answer', 'Four.', ''].join('\n'));
      await treeItem(page, 'Software Engineer').waitFor({ timeout: WAIT });
      const practice = treeItem(page, 'Workspace practice');
      if (!(await practice.isVisible())) await treeItem(page, 'Software Engineer').click();
      if ((await practice.getAttribute('aria-expanded')) !== 'true') await practice.click();
      await page.getByRole('treeitem', { name: /Dropped in/ }).waitFor({ timeout: WAIT });
    }],
    ['starts a drill from the context menu', async () => {
      await page.getByRole('treeitem', { name: /Dropped in/ }).click({ button: 'right' });
      const item = page.getByRole('menuitem', { name: 'Open Question', exact: true });
      await item.waitFor({ timeout: WAIT });
      await item.hover();
      await item.click();
      await drill().locator('#title', { hasText: 'Dropped in' }).waitFor({ timeout: WAIT });
      await drill().locator('#prompt', { hasText: 'What is 2 + 2?' }).waitFor({ timeout: WAIT });
    }],
    ['lists a broken file under Problems, opening it at the error', async () => {
      await treeItem(page, 'Problems').click();
      const problem = page.getByRole('treeitem', { name: /^error in .*broken-question\.md:5:7: kind "concpt"/ });
      await problem.waitFor({ timeout: WAIT });
      await problem.click();
      await page.getByRole('tab', { name: /broken-question\.md/ }).waitFor({ timeout: WAIT });
      await page.locator('.statusbar-item', { hasText: 'Ln 5, Col 7' }).waitFor({ timeout: WAIT });
    }],
    ['keeps the countdown and the draft across hiding the panel and reloading the window', async () => {
      await page.getByRole('treeitem', { name: /Softmax with a hostile twist/ }).click();
      await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: WAIT });
      await drill().locator('#draft').fill('Overflow: e^1000 is infinite in float64.');
      await drill().locator('#saved', { hasText: 'Draft saved.' }).waitFor({ timeout: WAIT });
      const before = clockSeconds(await drill().locator('#countdown').textContent());
      await page.getByRole('tab', { name: /solution\.py/ }).click();
      await page.getByRole('tab', { name: /Softmax with a hostile twist/ }).click();
      await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: WAIT });
      const afterHide = clockSeconds(await drill().locator('#countdown').textContent());
      if (!(afterHide <= before && afterHide > 0)) throw new Error(`countdown went from ${before} s to ${afterHide} s across hiding the panel`);
      // Reload as a user does (Developer: Reload Window), which lets the workbench save its state first.
      await runCommand(page, 'Developer: Reload Window');
      await page.waitForEvent('load', { timeout: 60_000 }).catch(() => undefined);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      // The restored window may bring another tab to the front; the drill tab is restored either way.
      await page.getByRole('tab', { name: /Softmax with a hostile twist/ }).click({ timeout: 60_000 });
      await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: 60_000 });
      const afterReload = clockSeconds(await drill().locator('#countdown').textContent());
      if (!(afterReload <= afterHide && afterReload < 180)) throw new Error(`countdown restarted after the reload: ${afterHide} s before, ${afterReload} s after`);
      const draft = await drill().locator('#draft').inputValue();
      if (draft !== 'Overflow: e^1000 is infinite in float64.') throw new Error(`the draft did not survive the reload: ${JSON.stringify(draft)}`);
    }],
    ['renders the math and runs no script from the question file', async () => {
      const prompt = drill().locator('#prompt');
      await prompt.locator('math mfrac').first().waitFor({ timeout: WAIT });
      const findings = await prompt.evaluate((element) => ({
        pwned: element.ownerDocument.body.dataset.pwned ?? null,
        scripts: element.querySelectorAll('script').length,
        handlers: [...element.querySelectorAll('*')].filter((node) => [...node.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
        javascriptLinks: [...element.querySelectorAll('a')].filter((link) => /^javascript:/i.test(link.getAttribute('href') ?? '')).length,
      }));
      if (findings.pwned || findings.scripts || findings.handlers || findings.javascriptLinks) throw new Error(`unsafe content reached the page: ${JSON.stringify(findings)}`);
    }],
    ['reveals the answer, ticks an evaluation point and saves a grade', async () => {
      await drill().locator('#reveal').click();
      await drill().locator('#answer', { hasText: 'cancels' }).waitFor({ timeout: WAIT });
      await drill().locator('#checklist input[type="checkbox"]').first().check();
      await drill().locator('button.grade[data-grade="good"]').click();
      await drill().locator('#saved', { hasText: 'Attempt saved.' }).waitFor({ timeout: WAIT });
    }],
    ['runs a 3-question timed drill to its summary', async () => {
      await runCommand(page, 'Interview Prep: Start Drill…');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what to practise' }).waitFor({ timeout: WAIT });
      await page.locator('.quick-input-widget input').fill('Workspace practice');
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Workspace practice' }).first().click();
      await page.keyboard.press('Enter');
      await pickQuickInput(page, 'how many questions', 'All 3 matching');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'total time budget' }).waitFor({ timeout: WAIT });
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().click();
      await drill().locator('#session-progress', { hasText: '1 / 3' }).waitFor({ timeout: WAIT });
      await page.locator('.statusbar-item', { hasText: /1\/3 · / }).waitFor({ timeout: WAIT });
      for (let position = 1; position <= 3; position++) {
        if (position > 1) await drill().locator('#session-progress', { hasText: `${position} / 3` }).waitFor({ timeout: WAIT });
        await drill().locator('#reveal').click();
        await drill().locator('#assess').waitFor({ timeout: WAIT });
        await drill().locator('button.grade[data-grade="good"]').click();
      }
      await drill().locator('#summary', { hasText: 'Answered' }).waitFor({ timeout: WAIT });
      await drill().locator('#summary dd', { hasText: '3 of 3' }).waitFor({ timeout: WAIT });
    }],
    ['shows a mock interview\'s first section in the status bar', async () => {
      await runCommand(page, 'Interview Prep: Start Mock Interview…');
      await page.locator('.statusbar-item', { hasText: /Fundamentals · 4[45]:\d\d left/ }).waitFor({ timeout: WAIT });
      await drill().locator('#session-title', { hasText: 'Three-hour AI interview loop: Fundamentals' }).waitFor({ timeout: WAIT });
      await drill().locator('#session-progress', { hasText: '1 / 15' }).waitFor({ timeout: WAIT });
      await runCommand(page, 'Interview Prep: Stop Mock Interview');
      await page.locator('.statusbar-item', { hasText: /Fundamentals · / }).waitFor({ state: 'detached', timeout: WAIT });
      await page.locator('.statusbar-item', { hasText: /1\/15 · / }).waitFor({ state: 'detached', timeout: WAIT });
    }],
    ['shows a bank file\'s diagnostic in the Problems panel and applies a quick fix', async () => {
      await page.getByRole('tab', { name: /^broken-question\.md/ }).click();
      await page.getByRole('tab', { name: /^Problems/ }).click();
      const marker = page.locator('.markers-panel .monaco-list-row', { hasText: 'kind "concpt" is not one of' });
      await marker.waitFor({ timeout: 60_000 });
      await marker.click();
      await runCommand(page, 'Quick Fix...');
      await page.locator('.action-widget .monaco-list-row', { hasText: 'Change to "concept"' }).first().click({ timeout: WAIT });
      await page.locator('.editor-instance .view-lines', { hasText: 'kind: concept' }).first().waitFor({ timeout: WAIT });
      await marker.waitFor({ state: 'detached', timeout: WAIT });
    }],
    ['shows a graded question\'s new status in the tree and the attempt in the dashboard', async () => {
      // The hostile-math question was graded "good" above: no longer new.
      await page.getByRole('treeitem', { name: /Softmax with a hostile twist.*(learning|due|mastered)/ }).waitFor({ timeout: WAIT });
      await runCommand(page, 'Interview Prep: Show Progress Dashboard');
      const dashboard = await frameWith(page, '#total-attempts');
      await dashboard.locator('#total-attempts', { hasText: /^[1-9]\d*$/ }).waitFor({ timeout: WAIT });
      await dashboard.getByRole('button', { name: /Workspace practice/ }).first().waitFor({ timeout: WAIT });
    }],
  ];
}

/** The frame of whichever of our webviews contains `selector` (the drill and the dashboard may both be open). */
async function frameWith(page, selector) {
  const frames = page.locator('iframe.webview.ready[src*="extensionId=interview-prep.interview-prep"]');
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    for (let index = 0; index < (await frames.count()); index++) {
      const frame = frames.nth(index).contentFrame().locator('#active-frame').contentFrame();
      if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no webview shows ${selector}`);
}

/** A tree row by its label; group rows read "AI Engineer, 130 questions" to screen readers. */
function treeItem(page, label) {
  return page.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(label)}(,|$)`) });
}

async function runCommand(page, title) {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) }).first();
  // The palette closes when something else takes focus (a webview, an editor opened by the previous
  // command): then focus the workbench and start again.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 3000 });
      await input.fill(`>${title}`, { timeout: 3000 });
      // Click the row itself: Enter would accept whichever row is focused, which may lag the filter.
      await row.click({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
      await page.locator('.part.sidebar .pane-header').first().click().catch(() => undefined);
    }
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits for the quick pick titled `title`, filters it by `text`, and accepts the match. */
async function pickQuickInput(page, title, text) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  await page.locator('.quick-input-widget input').fill(text);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first().click({ timeout: WAIT });
}

function clockSeconds(text) {
  const match = /^\+?(\d+):(\d{2})$/.exec((text ?? '').trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

// UI journeys: the packaged VSIX installed into a throwaway code-server profile, driven through
// Chromium the way a person would use it. Each step waits on what the screen shows, never on sleeps,
// and leaves a screenshot in test-results/ui/.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, installVsix, makeProfile, ROOT, startCodeServer, vsixPath } from '../../scripts/vscode.mjs';
import { browserArgs } from './extensionHost.mjs';
import { freshWorkspace } from './workspace.mjs';

const SHOTS = join(ROOT, 'test-results', 'ui');
const WAIT = 30_000;
/** Figures for the benchmark notes; printed, never asserted. */
const timings = {};
/** What a step was doing when (commands, dialogs, waits), printed when a step runs slow or fails. */
const marks = [];
const SLOW_STEP_MS = 20_000;
function mark(label) {
  marks.push([label, Date.now()]);
}

export async function runUiJourneys() {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const results = { passed: 0, failed: 0 };
  const add = (counts) => { results.passed += counts.passed; results.failed += counts.failed; };
  // UI_JOURNEY=main or =restricted runs one of them, for a quicker loop while writing steps.
  const only = process.env.UI_JOURNEY;
  if (!only || only === 'main') add(await runJourney('ui', { extraArgs: ['--disable-workspace-trust'] }, journey));
  // Workspace Trust on and this folder not trusted: VS Code opens it in Restricted Mode.
  if (!only || only === 'restricted') add(await runJourney('restricted', { settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } }, restrictedJourney));
  console.log(`ui timings (ms, measured, not asserted): ${JSON.stringify(timings)}`);
  writeFileSync(join(ROOT, 'test-results', 'ui-timings.json'), JSON.stringify(timings));
  console.log(`ui: ${results.passed} passed, ${results.failed} failed`);
  return results;
}

/** One code-server window on a fresh workspace, and the steps a person takes in it, in order. */
async function runJourney(label, { settings = {}, extraArgs = [] }, steps) {
  const profile = makeProfile(label, settings);
  const workspace = freshWorkspace(label);
  installVsix(profile, vsixPath());
  const server = await startCodeServer(profile, { workspace, extraArgs });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs() });
  const results = { passed: 0, failed: 0 };
  let list = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    list = steps(page, server.url, workspace);
    for (const [name, run] of list) {
      const started = Date.now();
      marks.length = 0;
      try {
        await run();
        results.passed++;
        console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
        if (Date.now() - started > SLOW_STEP_MS) printMarks(started);
      } catch (error) {
        results.failed++;
        console.log(`  ✘ ${name}\n    ${String(error?.message ?? error).split('\n').slice(0, 6).join('\n    ')}`);
        printMarks(started);
        await printDiagnostics(page, profile.userDataDir);
      } finally {
        await page.screenshot({ path: join(SHOTS, `${label}-${String(results.passed + results.failed).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) }).catch(() => undefined);
      }
      if (results.failed > 0) break; // later steps build on earlier ones
    }
  } finally {
    results.failed += Math.max(0, list.length - results.passed - results.failed);
    if (list.length === 0) results.failed++;
    await browser.close();
    await server.stop();
    profile.remove();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
  return results;
}

function printMarks(started) {
  if (marks.length) console.log(`    timeline (ms from the step's start): ${marks.map(([label, at]) => `${at - started} ${label}`).join(' · ')}`);
}

/**
 * What CI needs to tell a flaky wait from a real bug after a failed step: the tree rows on screen and
 * the end of the extension's own log (its output channels, which VS Code writes under logs/).
 */
async function printDiagnostics(page, userDataDir) {
  const rows = await page.getByRole('treeitem').evaluateAll((items) => items.map((item) => `${'  '.repeat(Number(item.getAttribute('aria-level') ?? 1) - 1)}${item.getAttribute('aria-label')}${item.getAttribute('aria-expanded') === 'false' ? ' ▸' : ''}`)).catch(() => []);
  console.log(`    tree rows on screen:\n      ${rows.slice(0, 40).join('\n      ') || '(none)'}`);
  const logsDir = join(userDataDir, 'logs');
  const logs = existsSync(logsDir) ? readdirSync(logsDir, { recursive: true }).filter((name) => /Interview Prep[^/]*\.log$/.test(name)).sort() : [];
  for (const log of logs) {
    const lines = readFileSync(join(logsDir, log), 'utf8').trimEnd().split('\n');
    console.log(`    logs/${log} (last ${Math.min(lines.length, 25)} of ${lines.length} lines):\n      ${lines.slice(-25).join('\n      ')}`);
  }
}

/** Restricted Mode: browsing works, scaffolding asks first, and no test command ever runs. */
function restrictedJourney(page, url, workspace) {
  const exerciseDir = join(workspace, 'interview-exercises', 'reverse-string');
  return [
    ['opens the workspace in Restricted Mode with the extension running', async () => {
      await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ timeout: WAIT });
      await page.getByRole('tab', { name: /Interview Prep/ }).click({ timeout: WAIT });
      await treeItem(page, 'AI Engineer').waitFor({ timeout: WAIT });
    }],
    ['asks before scaffolding, and writes nothing when the answer is no', async () => {
      await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.locator('.dialog-message-text', { hasText: 'This workspace is in Restricted Mode. Write the "reverse-string" exercise files into it?' }).waitFor({ timeout: WAIT });
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'detached', timeout: WAIT });
      if (existsSync(join(workspace, 'interview-exercises'))) throw new Error('files were written although the user said no');
    }],
    ['scaffolds after a yes, but refuses to run the tests', async () => {
      await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.getByRole('button', { name: 'Scaffold Anyway' }).click({ timeout: WAIT });
      mark('scaffolded; waiting for solution.py');
      await page.getByRole('tab', { name: /solution\.py/ }).waitFor({ timeout: WAIT });
      mark('solution.py open');
      if (!existsSync(join(exerciseDir, 'test_solution.py'))) throw new Error('the tests were not scaffolded');
      await page.getByRole('tab', { name: /solution\.py/ }).click();
      await runCommand(page, 'Interview Prep: Run Exercise Tests');
      await notification(page, 'running exercise tests is disabled in Restricted Mode').waitFor({ timeout: WAIT });
      // Running unittest would import the solution and leave a __pycache__ folder; no terminal opens either.
      if (existsSync(join(exerciseDir, '__pycache__'))) throw new Error('the tests ran');
      if (await page.locator('.terminal-tabs-entry, .single-terminal-tab', { hasText: 'reverse-string' }).count()) throw new Error('a test terminal was opened');
    }],
  ];
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
    ['opens Get Started as a newcomer would, with no step ticked yet', async () => {
      await openGetStarted(page);
      for (const title of WALKTHROUGH_STEPS) await walkthroughStep(page, title, false).waitFor({ timeout: WAIT });
      await runCommand(page, 'View: Close Editor');
      await page.getByRole('tab', { name: /^Welcome/ }).waitFor({ state: 'detached', timeout: WAIT });
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
      await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
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
      await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'TypeScript');
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
      await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
      await page.locator('.notifications-toasts .notification-list-item', { hasText: 'is already in your workspace; opened it as it is' }).waitFor({ timeout: WAIT });
      if (readFileSync(join(exerciseDir, 'solution.py'), 'utf8') !== before) throw new Error('solution.py was overwritten');
    }],
    ['resets the exercise from its CodeLens after asking, keeping the solved files in a backup', async () => {
      await clearNotifications(page);
      await page.getByRole('tab', { name: /solution\.py/ }).click();
      await page.locator('.codelens-decoration a', { hasText: 'Reset Exercise…' }).first().click({ timeout: WAIT });
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.locator('.dialog-message-text', { hasText: 'Reset "reverse-string" (python) to its starting stub?' }).waitFor({ timeout: WAIT });
      await dialog.getByRole('button', { name: 'Reset Exercise' }).click();
      await notification(page, 'is back to its stub').waitFor({ timeout: WAIT });
      const stub = readFileSync(join(ROOT, 'questions', 'exercises', 'reverse-string', 'python', 'solution.py'), 'utf8');
      if (readFileSync(join(exerciseDir, 'solution.py'), 'utf8') !== stub) throw new Error('solution.py is not the stub after the reset');
      const backups = readdirSync(join(exerciseDir, '..')).filter((name) => name.startsWith('reverse-string.backup-'));
      if (backups.length !== 1) throw new Error(`expected one backup folder, found ${JSON.stringify(backups)}`);
      if (!readFileSync(join(exerciseDir, '..', backups[0], 'solution.py'), 'utf8').includes('chars[i], chars[j] = chars[j], chars[i]')) throw new Error('the backup does not hold the solved file');
    }],
    ['runs the stub\'s tests from the CodeLens and reports the failure', async () => {
      await clearNotifications(page);
      await page.locator('.editor-instance .view-lines', { hasText: 'NotImplementedError' }).first().waitFor({ timeout: WAIT });
      await page.locator('.codelens-decoration a', { hasText: 'Run Exercise Tests' }).first().click({ timeout: WAIT });
      await notification(page, 'tests failed for "reverse-string" (python').waitFor({ timeout: 60_000 });
      await page.locator('.statusbar-item', { hasText: 'reverse-string: tests failed' }).waitFor({ timeout: WAIT });
    }],
    ['counts a timed exercise down with completions off, runs its tests on save, and stops the clock at green', async () => {
      const settingsFile = join(workspace, '.vscode', 'settings.json');
      // Read while VS Code may be writing it: a half-written file counts as "not yet".
      const settings = () => { try { return JSON.parse(readFileSync(settingsFile, 'utf8')); } catch { return {}; } };
      // Run on save, switched on in the workspace settings as a user would.
      mkdirSync(join(workspace, '.vscode'), { recursive: true });
      writeFileSync(settingsFile, `${JSON.stringify({ 'interviewPrep.runTestsOnSave': true }, null, 2)}\n`);
      await clearNotifications(page);
      await scaffoldFromPalette(page, 'Start Timed Exercise', 'reverse-string', 'Python');
      await page.locator('.statusbar-item', { hasText: /reverse-string · \d+:\d\d left/ }).waitFor({ timeout: WAIT });
      await waitUntil('completions off while the exercise is open', () => settings()['editor.inlineSuggest.enabled'] === false);
      // Solve it in the editor, on one line after the stub (so auto-indent has nothing to change), and save.
      await page.getByRole('tab', { name: /solution\.py/ }).click();
      await page.locator('.editor-instance .view-lines', { hasText: 'NotImplementedError' }).first().waitFor({ timeout: WAIT });
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('def reverse_string(s: str) -> str: return s[::-1]  # solved against the clock');
      await page.keyboard.press('Control+S');
      await page.locator('.statusbar-item', { hasText: /reverse-string: green in \d+:\d\d/ }).waitFor({ timeout: 60_000 });
      await waitUntil('the user\'s settings restored after the exercise', () => {
        const now = settings();
        return now['interviewPrep.runTestsOnSave'] === true && !('editor.inlineSuggest.enabled' in now) && !('editor.quickSuggestions' in now);
      });
      if (!readFileSync(join(exerciseDir, 'solution.py'), 'utf8').includes('# solved against the clock')) throw new Error('the saved edit is not on disk');
      writeFileSync(settingsFile, '{}\n');
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
    ['reveals the hints and the answer with every formula shown once, as rendered math only', async () => {
      for (let shown = 1; shown <= 2; shown++) {
        await drill().locator('#hint').click();
        await drill().locator('#hints .hint').nth(shown - 1).waitFor({ timeout: WAIT });
      }
      await drill().locator('#reveal').click();
      await drill().locator('#answer', { hasText: 'cancels' }).waitFor({ timeout: WAIT });
      // Inline and display math, an aligned block, a matrix and formulas in list items.
      await drill().locator('#answer math[display="block"]').nth(1).waitFor({ timeout: WAIT });
      await drill().locator('#answer li math mtable').first().waitFor({ timeout: WAIT });
      await drill().locator('body').evaluate(installVisibleText);
      for (const part of ['#prompt', '#hints', '#answer']) {
        const leaks = texLeaks(await drill().locator(part).evaluate((element) => globalThis.visibleText(element)));
        if (leaks.length) throw new Error(`${part} shows TeX source as text: ${JSON.stringify(leaks)}`);
      }
    }],
    ['ticks an evaluation point and saves a grade', async () => {
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
    ['writes a new question from the template, completes its fields, and shows it in the tree', async () => {
      await runCommand(page, 'Interview Prep: New Question');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'New question' }).waitFor({ timeout: WAIT });
      const input = page.locator('.quick-input-widget input');
      await input.fill('Attention scaling check');
      await input.press('Enter');
      await page.getByRole('tab', { name: /^attention-scaling-check\.md/ }).waitFor({ timeout: WAIT });
      const file = join(workspace, '.interview-prep', 'questions', 'attention-scaling-check.md');
      if (!readFileSync(file, 'utf8').includes('id: attention-scaling-check')) throw new Error('the new file does not carry its id');
      // The language server completes the kind's values on line 6 ("kind: concept").
      await page.locator('.editor-instance .view-lines').first().click();
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').fill(':6');
      await page.locator('.quick-input-widget input').press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('Control+Backspace');
      // As a person would: ask again if the list opens before the server has the edit.
      const quiz = page.locator('.suggest-widget .monaco-list-row', { hasText: 'quiz' }).first();
      for (let attempt = 0; ; attempt++) {
        await page.keyboard.press('Control+Space');
        try {
          await quiz.waitFor({ timeout: 5000 });
          break;
        } catch (error) {
          if (attempt >= 4) throw error;
          await page.keyboard.press('Escape');
        }
      }
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Z');
      await page.locator('.editor-instance .view-lines', { hasText: 'kind: concept' }).first().waitFor({ timeout: WAIT });
      // The template is a valid question: it shows in the tree under its role and topic.
      await findInTree(page, 'Attention scaling check', 'AI Engineer', 'Your topic', /^Attention scaling check,/);
    }],
    ['shows a graded question\'s new status in the tree and the attempt in the dashboard', async () => {
      // The hostile-math question was graded "good" above: no longer new.
      await findInTree(page, 'Softmax with a hostile twist', 'Software Engineer', 'Workspace practice', /^Softmax with a hostile twist,.*(learning|due|mastered)$/);
      await runCommand(page, 'Interview Prep: Show Progress Dashboard');
      const dashboard = await frameWith(page, '#total-attempts');
      await dashboard.locator('#total-attempts', { hasText: /^[1-9]\d*$/ }).waitFor({ timeout: WAIT });
      await dashboard.getByRole('button', { name: /Workspace practice/ }).first().waitFor({ timeout: WAIT });
    }],
    ['shows every hostile bank question without running its scripts or loading anything remote', async () => {
      // The body- and math- files of test/fixtures/hostile-bank carry scripts, handlers, remote CSS and
      // KaTeX escapes that would write "pwned" into the page's title or body if any of them ran.
      const source = join(ROOT, 'test', 'fixtures', 'hostile-bank');
      const target = join(workspace, '.interview-prep', 'questions', 'hostile');
      mkdirSync(target, { recursive: true });
      const hostile = readdirSync(source).filter((name) => /^(body|math)-.*\.md$/.test(name)).map((name) => {
        const text = readFileSync(join(source, name), 'utf8');
        copyFileSync(join(source, name), join(target, name));
        // What a title with markup shows: the words after the tags (the tags show as characters).
        const title = /^title: "?(.*?)"?$/m.exec(text)[1].replace(/<[^>]*>/g, '').replace(/\\"/g, '"').trim();
        return { name, title, topic: /^topic: "?(.*?)"?$/m.exec(text)[1] };
      });
      if (hostile.length < 10) throw new Error(`only ${hostile.length} hostile questions in the fixture`);
      // All of them load without a refresh, though they arrived with their folder in one go.
      const role = treeItem(page, 'Software Engineer');
      if ((await role.getAttribute('aria-expanded')) !== 'true') await role.click();
      const plainTopic = hostile.filter((question) => question.topic === 'Hostile banks').length;
      await page.getByRole('treeitem', { name: new RegExp(`^Hostile banks, ${plainTopic}\\b`) }).waitFor({ timeout: WAIT });
      const local = new URL(url).host;
      const remote = [];
      const onRequest = (request) => {
        const requested = new URL(request.url());
        // The webview's own files come from a vscode-cdn.net name its service worker answers locally.
        if (/^https?:$/.test(requested.protocol) && requested.host !== local && !requested.host.endsWith('.vscode-resource.vscode-cdn.net')) remote.push(request.url());
      };
      page.on('request', onRequest);
      try {
        for (const { name, title } of hostile) {
          await runCommand(page, 'Interview Prep: Open Question');
          await pickQuickInput(page, 'Open a question', title);
          await drill().locator('#title', { hasText: title }).waitFor({ timeout: WAIT });
          await drill().locator('#reveal').click();
          await drill().locator('#answer').waitFor({ timeout: WAIT });
          const findings = await drill().locator('body').evaluate((body) => {
            const document = body.ownerDocument;
            const all = [...document.querySelectorAll('*')];
            return {
              title: document.title,
              pwned: body.dataset.pwned ?? null,
              scripts: document.querySelectorAll('#prompt script, #answer script').length,
              handlers: all.filter((node) => [...node.attributes].some((attribute) => /^on/i.test(attribute.name))).map((node) => node.tagName),
              javascriptUrls: all.filter((node) => [...node.attributes].some((attribute) => /^\s*javascript:/i.test(attribute.value))).map((node) => node.tagName),
              embedded: document.querySelectorAll('iframe, object, embed, frame, meta[http-equiv="refresh"], base, form').length,
              csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
            };
          });
          const problems = [];
          if (/pwned/i.test(findings.title) || findings.pwned) problems.push(`a script ran (title "${findings.title}")`);
          if (findings.scripts) problems.push(`${findings.scripts} script elements in the content`);
          if (findings.handlers.length) problems.push(`event handlers on ${findings.handlers.join(', ')}`);
          if (findings.javascriptUrls.length) problems.push(`javascript: URLs on ${findings.javascriptUrls.join(', ')}`);
          if (findings.embedded) problems.push(`${findings.embedded} frames, objects, forms or meta refreshes`);
          const policy = Object.fromEntries(findings.csp.split(';').map((part) => part.trim().split(/\s+/)).map(([directive, ...values]) => [directive, values]));
          if (policy['default-src']?.join(' ') !== "'none'") problems.push(`default-src is ${policy['default-src']}`);
          if (!(policy['script-src']?.length === 1 && policy['script-src'][0].startsWith("'nonce-"))) problems.push(`script-src is ${policy['script-src']}`);
          if (/unsafe-(eval|inline)/.test(findings.csp)) problems.push('the CSP allows unsafe-eval or unsafe-inline');
          if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
        }
      } finally {
        page.off('request', onRequest);
      }
      if (remote.length) throw new Error(`remote requests were made: ${remote.join(', ')}`);
      timings.hostileQuestionsShown = hostile.length;

      // The webview may load the webview files only: the extension's icon, in the folder above its
      // stylesheet's, is refused.
      const icon = await drill().locator('body').evaluate((body) => {
        const stylesheet = body.ownerDocument.querySelector('link[rel="stylesheet"][href*="drill.css"]').href;
        return new Promise((resolve) => {
          const image = body.ownerDocument.createElement('img');
          image.onload = () => resolve('loaded');
          image.onerror = () => resolve('refused');
          image.src = stylesheet.replace(/webview\/drill\.css(\?.*)?$/, 'icon.svg');
        });
      });
      if (icon !== 'refused') throw new Error(`the drill webview could load media/icon.svg (${icon})`);

      // The dashboard lists every topic, the one made of markup too: as text.
      await runCommand(page, 'Interview Prep: Show Progress Dashboard');
      const dashboard = await frameWith(page, '#total-attempts');
      const topic = dashboard.locator('.mastery-name', { hasText: 'Hostile topic name' }).first();
      await topic.waitFor({ timeout: WAIT });
      const shownTopic = await topic.textContent();
      if (!shownTopic.includes('<script>')) throw new Error(`the topic's markup did not show as text: ${JSON.stringify(shownTopic)}`);
      const board = await dashboard.locator('body').evaluate((body) => ({ title: body.ownerDocument.title, scripts: body.querySelectorAll('script:not([nonce])').length }));
      if (/pwned/i.test(board.title) || board.scripts) throw new Error(`markup in a topic ran in the dashboard: ${JSON.stringify(board)}`);
    }],
    ['exports the history, resets it, and imports it back', async () => {
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
      await findInTree(page, 'Softmax with a hostile twist', 'Software Engineer', 'Workspace practice', /^Softmax with a hostile twist,.*(learning|due|mastered)$/);
    }],
    ['plans for an interview and starts today\'s items from the status bar', async () => {
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
      await drill().locator('#session-progress', { hasText: new RegExp(`^1 / ${count}$`) }).waitFor({ timeout: WAIT });
    }],
    ['ticks Get Started\'s steps as they are used, and its buttons run what they teach', async () => {
      await openGetStarted(page);
      // VS Code counts a step's commands while its walkthroughs are loaded, which opening Get Started
      // did at the start; the reload in between unloaded them, so the first three steps (used before
      // it) stay ticked and the last two (used after it) are not.
      const [browse, drillStep, exercise, planStep, author] = WALKTHROUGH_STEPS;
      for (const title of [browse, drillStep, exercise]) await walkthroughStep(page, title, true).waitFor({ timeout: WAIT });
      for (const [title, button, asks] of [[planStep, 'Plan for an Interview', 'Plan for an interview (1/2): roles'], [author, 'New Question', 'New question']]) {
        await walkthroughStep(page, title, false).click({ timeout: WAIT });
        await page.locator('.getting-started-step.expanded .button-container').getByRole('button', { name: button }).click({ timeout: WAIT });
        await page.locator('.quick-input-widget .quick-input-title', { hasText: asks }).waitFor({ timeout: WAIT });
        await page.keyboard.press('Escape');
        await walkthroughStep(page, title, true).waitFor({ timeout: WAIT });
      }
    }],
    ['shows every built-in question\'s prompt, hints and answer with its math rendered once', async () => {
      // The whole bank as one drill, each question opened in turn with all its hints and its answer.
      const builtin = builtinQuestions();
      await runCommand(page, 'Interview Prep: Start Drill…');
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what to practise' }).waitFor({ timeout: WAIT });
      await page.keyboard.press('Enter');
      const all = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /^All \d+ matching/ });
      const total = Number(/All (\d+) matching/.exec(await all.textContent({ timeout: WAIT }))[1]);
      await all.click();
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'total time budget' }).waitFor({ timeout: WAIT });
      await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().click();
      // One script in the panel clicks its buttons question after question (a round trip from the
      // test per click would take minutes for the whole bank) and reads what each shows.
      await drill().locator('body').evaluate(installVisibleText);
      const shown = await drill().locator('body').evaluate(async (body, { total, titles }) => {
        const doc = body.ownerDocument;
        const $ = (id) => doc.getElementById(id);
        const until = (what, check) => new Promise((resolve, reject) => {
          if (check()) { resolve(); return; }
          const observer = new globalThis.MutationObserver(() => {
            if (!check()) return;
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          const timer = setTimeout(() => { observer.disconnect(); reject(new Error(`timed out waiting for ${what}`)); }, 30_000);
          observer.observe(doc.body, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        const builtin = new Map(titles);
        const texts = [];
        for (let position = 1; position <= total; position++) {
          await until(`question ${position} / ${total}`, () => $('session-progress').textContent.trim() === `${position} / ${total}`);
          const id = builtin.get($('title').textContent.trim());
          if (id) {
            // The hint button hides when a question has none and disables once all are shown.
            for (let count = 0; !$('hint').hidden && !$('hint').disabled; count++) {
              $('hint').click();
              await until(`hint ${count + 1} of ${id}`, () => $('hints').querySelectorAll('.hint').length > count);
            }
            $('reveal').click();
            await until(`the answer of ${id}`, () => !$('answer').hidden);
            const errors = doc.querySelectorAll('.katex-error').length;
            texts.push({ id, errors, parts: ['prompt', 'hints', 'answer', 'checklist'].map((part) => [part, globalThis.visibleText($(part))]) });
          }
          if (position < total) $('next').click();
        }
        return texts;
      }, { total, titles: [...builtin].map(([title, { id }]) => [title, id]) });
      const problems = [];
      for (const { id, errors, parts } of shown) {
        if (errors) problems.push(`${id}: ${errors} formula(s) KaTeX could not parse`);
        for (const [part, text] of parts) {
          const leaks = texLeaks(text);
          if (leaks.length) problems.push(`${id} #${part}: ${JSON.stringify(leaks)}`);
        }
      }
      const seen = shown.map(({ id }) => id);
      const missed = [...builtin.values()].filter(({ id }) => !seen.includes(id)).map(({ id }) => id);
      if (missed.length) problems.push(`not shown in the whole-bank drill: ${missed.slice(0, 5).join('; ')}`);
      console.log(`    rendered ${seen.length} built-in questions in the drill panel`);
      if (problems.length) throw new Error(`${problems.length} rendering problem(s):\n      ${problems.join('\n      ')}`);
    }],
  ];
}

/** The built-in bank's questions by title (from the packaged CLI, which reads the same files). */
function builtinQuestions() {
  const list = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'list', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return new Map(list.map((question) => [question.title, { id: question.id }]));
}

const WALKTHROUGH_STEPS = ['Browse questions by role and topic', 'Answer against the clock', 'Solve a coding exercise', 'Plan for your interview date', 'Write your own questions'];

/** Opens the Get Started walkthrough from the palette and waits for its page. */
async function openGetStarted(page) {
  await runCommand(page, 'Interview Prep: Get Started');
  await page.locator('.getting-started-category .category-title', { hasText: 'Get started with Interview Prep' }).first().waitFor({ timeout: WAIT });
}

/** A step of the Get Started walkthrough, ticked or not. */
function walkthroughStep(page, title, ticked) {
  return page.locator(`button.getting-started-step[aria-checked="${ticked}"]`, { hasText: title });
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
    mark(`${attempt ? 'retry ' : ''}command "${title}"`);
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
      // Briefly: with the sidebar hidden or covered there is no header to click, and Playwright's
      // default 30 s wait for one would spend the whole retry budget.
      await page.locator('.part.sidebar .pane-header').first().click({ timeout: 2000 }).catch(() => undefined);
    }
  }
}

/**
 * Filters the tree to `text`, opens the role and topic rows, and waits for a question row whose
 * accessible name matches `name` (a long tree renders only the rows in view). Clears the filter.
 */
async function findInTree(page, text, role, topic, name) {
  // As a person would: if the question does not show, set the filter again (a text typed while the
  // quick pick was still switching to its text box can land in the wrong place), then give up.
  for (let attempt = 1; ; attempt++) {
    try {
      await filterAndFind(page, text, role, topic, name, attempt === 1 ? WAIT / 2 : WAIT);
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

async function filterAndFind(page, text, role, topic, name, waitMs) {
  await runCommand(page, 'Interview Prep: Filter Questions…');
  await pickQuickInput(page, 'Filter questions', 'Text…');
  await page.locator('.quick-input-widget input').fill(text);
  await page.locator('.quick-input-widget input').press('Enter');
  // The tree redraws when the filter lands and again when the bank changes; a row seen before a
  // redraw may be gone or collapsed after it. So look again until the question shows, opening its
  // role and topic whenever they are there and closed, as a person would.
  const target = page.getByRole('treeitem', { name });
  try {
    const deadline = Date.now() + waitMs;
    while (!(await target.isVisible())) {
      if (Date.now() > deadline) throw new Error(`the tree showed no ${name} under ${role} › ${topic} within ${waitMs} ms`);
      for (const label of [role, topic]) {
        const row = treeItem(page, label);
        if (!(await row.isVisible())) break;
        if ((await row.getAttribute('aria-expanded')) !== 'true') {
          await row.click({ timeout: 2000 }).catch(() => undefined); // detached by a redraw: the next round finds it again
          break;
        }
      }
      await page.waitForTimeout(250);
    }
  } finally {
    await page.getByRole('button', { name: 'Clear Question Filter' }).click();
  }
}

/** Runs Scaffold Exercise (or Start Timed Exercise) from the palette and picks the exercise and language. */
async function scaffoldFromPalette(page, command, exercise, language) {
  await runCommand(page, `Interview Prep: ${command}`);
  await pickQuickInput(page, 'Scaffold an exercise', exercise);
  await pickQuickInput(page, `Language for "${exercise}"`, language);
}

/** A notification toast by its text. */
function notification(page, text) {
  mark(`notification ${text}`);
  return page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
}

/** Closes every toast, so a later wait cannot match an earlier run's message. */
async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'detached', timeout: WAIT });
}

/**
 * code-server's file dialogs are a path box over a list of the folder's entries, which updates as the
 * box changes. Saving accepts the proposed name once it shows; opening goes to the file's folder and
 * clicks the file in the list.
 */
async function saveFileDialog(page, title, name) {
  mark(`saveFileDialog "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + WAIT;
  while (!(await input.inputValue()).endsWith(`/${name}`)) {
    if (Date.now() > deadline) throw new Error(`the save dialog does not propose ${name}`);
    await page.waitForTimeout(100);
  }
  await input.press('Enter');
}

async function openFileDialog(page, title, file) {
  mark(`openFileDialog "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  // The dialog fills in its starting folder on its own, and may do so just after it shows: type the
  // folder again until the box holds exactly it.
  const input = page.locator('.quick-input-widget input');
  const folder = `${dirname(file)}/`;
  const deadline = Date.now() + WAIT;
  do {
    if (Date.now() > deadline) throw new Error(`the open dialog did not take ${folder}`);
    await input.fill(folder);
    await page.waitForTimeout(200);
  } while ((await input.inputValue()) !== folder);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: basename(file) }).first().click({ timeout: WAIT });
  const widget = page.locator('.quick-input-widget .quick-input-title', { hasText: title });
  if (await widget.isVisible()) await page.locator('.quick-input-widget input').press('Enter');
}

/** Polls a condition on files the extension writes (no sleeps of fixed length). */
async function waitUntil(what, probe) {
  const deadline = Date.now() + WAIT;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits for the quick pick titled `title`, filters it by `text`, and accepts the match. */
async function pickQuickInput(page, title, text) {
  mark(`pickQuickInput "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  await page.locator('.quick-input-widget input').fill(text);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first().click({ timeout: WAIT });
}

/** Puts `visibleText(element)` on the page: the text a reader sees in it, outside code. */
function installVisibleText() {
  globalThis.visibleText = (element) => {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('pre, code') || !parent.checkVisibility()) continue;
      text += `${node.textContent} `;
    }
    return text;
  };
}

/**
 * What of a visible text reads as TeX source: commands such as \\frac or \\times, or ^{ and _{
 * groups. Rendered MathML shows none of these, so any hit is a formula whose source reached the
 * page as text (KaTeX keeps it in an annotation the sanitiser must drop whole).
 */
function texLeaks(text) {
  return [...text.matchAll(/\\(?:frac|text|times|sum|begin|end|mathrm|approx|pmatrix)\b|[\^_]\{/g)].map((match) => text.slice(Math.max(0, match.index - 20), match.index + 30));
}

function clockSeconds(text) {
  const match = /^\+?(\d+):(\d{2})$/.exec((text ?? '').trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

// UI journeys: the packaged VSIX installed into a throwaway code-server profile, driven through
// Chromium the way a person would use it. Each journey is a list of specs, one per feature; each step
// waits on what the screen shows, never on sleeps, and leaves a screenshot in test-results/ui/.
// A failed step ends its spec; specs that need it are not run, and the others still are.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, fakeLmVsix, installVsix, makeProfile, ROOT, startCodeServer, vsixPath } from '../../../scripts/vscode.mjs';
import { browserArgs } from '../extensionHost.mjs';
import { freshWorkspace } from '../workspace.mjs';
import { spec as authoring } from './specs/authoring.mjs';
import { spec as drill } from './specs/drill.mjs';
import { spec as emptyDashboard } from './specs/emptyDashboard.mjs';
import { spec as exercises } from './specs/exercises.mjs';
import { spec as firstRun } from './specs/firstRun.mjs';
import { spec as history } from './specs/history.mjs';
import { spec as hostile } from './specs/hostile.mjs';
import { spec as importQuestions } from './specs/import.mjs';
import { spec as interviewer } from './specs/interviewer.mjs';
import { consentSpec as interviewerConsent, spec as interviewerChat } from './specs/interviewerChat.mjs';
import { spec as plan } from './specs/plan.mjs';
import { spec as progress } from './specs/progress.mjs';
import { spec as recall } from './specs/recall.mjs';
import { spec as reSolve } from './specs/reSolve.mjs';
import { spec as restricted } from './specs/restricted.mjs';
import { sharedHistorySpec } from './specs/sharedHistory.mjs';
import { continuousRunSpec, noShellIntegrationSpec } from './specs/testingRuns.mjs';
import { spec as testingView } from './specs/testingView.mjs';
import { spec as themes } from './specs/themes.mjs';
import { spec as tree } from './specs/tree.mjs';
import { spec as walkthrough } from './specs/walkthrough.mjs';
import { spec as wholeBank } from './specs/wholeBank.mjs';
import { marks, timings } from './timeline.mjs';
import { drillFrame } from './workbench.mjs';

const SHOTS = join(ROOT, 'test-results', 'ui');
const SLOW_STEP_MS = 20_000;

/** The journeys, each in one window on a fresh workspace; their specs run in order and share that window. */
const JOURNEYS = [
  // The main journey has a language model: a scripted test-only provider (test/fixtures/fake-lm).
  {
    label: 'ui',
    options: { extraArgs: ['--disable-workspace-trust'], languageModel: true },
    specs: [
      firstRun,
      exercises,
      tree,
      drill,
      authoring,
      progress,
      hostile,
      history,
      plan,
      recall,
      walkthrough,
      wholeBank,
      interviewer,
      themes,
      testingView,
      continuousRunSpec,
      reSolve,
    ],
  },
  // The Chat view on (the other journeys keep chat.disableAIFeatures, which hides it), with the scripted
  // model chosen, and a second one that asks for consent (FAKE_LM_CONSENT).
  {
    label: 'chat',
    options: {
      extraArgs: ['--disable-workspace-trust'],
      languageModel: true,
      settings: { 'chat.disableAIFeatures': false, 'interviewPrep.languageModelVendor': 'scripted' },
      env: { FAKE_LM_CONSENT: '1' },
    },
    specs: [interviewerChat, interviewerConsent],
  },
  // Workspace Trust on and this folder not trusted: VS Code opens it in Restricted Mode.
  {
    label: 'restricted',
    options: { settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' } },
    specs: [restricted, emptyDashboard],
  },
  // Two profiles, each its own code-server, sharing one history folder (the spec starts the second).
  { label: 'shared', options: {}, specs: [sharedHistorySpec()] },
  // Its own window: the imports add roles, topics and a broken file that the main journey's counts would see.
  { label: 'import', options: { extraArgs: ['--disable-workspace-trust'] }, specs: [importQuestions] },
  // A terminal without shell integration, so no exit code: results come from the run's report alone.
  {
    label: 'no-shell-integration',
    options: { extraArgs: ['--disable-workspace-trust'], settings: { 'terminal.integrated.shellIntegration.enabled': false } },
    specs: [noShellIntegrationSpec],
  },
];

export async function runUiJourneys() {
  rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const results = { passed: 0, failed: 0, notRun: 0 };
  // UI_JOURNEY=ui or =restricted runs one journey; UI_SPECS=tree,drill panel only those specs (and what they need).
  const only = process.env.UI_JOURNEY;
  for (const journey of JOURNEYS) {
    if (only && only !== journey.label && !(only === 'main' && journey.label === 'ui')) continue;
    // UI_SPECS naming none of this journey's specs: no window to start for it.
    if (selected(journey.specs).length === 0) continue;
    const counts = await runJourney(journey);
    for (const key of Object.keys(results)) results[key] += counts[key];
  }
  console.log(`ui timings (ms, measured, not asserted): ${JSON.stringify(timings)}`);
  writeFileSync(join(ROOT, 'test-results', 'ui-timings.json'), JSON.stringify(timings));
  console.log(`ui: ${results.passed} passed, ${results.failed} failed, ${results.notRun} not run`);
  // A step that could not run because one it builds on failed is not a pass.
  return { passed: results.passed, failed: results.failed + results.notRun };
}

/** Which specs to run: all, or those UI_SPECS names and every spec they need. */
function selected(specs) {
  const wanted = process.env.UI_SPECS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!wanted?.length) return specs;
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const keep = new Set();
  const add = (name) => {
    if (keep.has(name) || !byName.has(name)) return;
    keep.add(name);
    for (const need of byName.get(name).needs) add(need);
  };
  for (const name of wanted) add(name);
  return specs.filter((spec) => keep.has(spec.name));
}

/** One code-server window on a fresh workspace, and the specs a person goes through in it, in order. */
async function runJourney({ label, options: { settings = {}, extraArgs = [], languageModel = false, env = {} }, specs }) {
  const profile = makeProfile(label, settings);
  const workspace = freshWorkspace(label);
  installVsix(profile, vsixPath());
  if (languageModel) installVsix(profile, fakeLmVsix());
  const server = await startCodeServer(profile, { workspace, extraArgs, env });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs() });
  const results = { passed: 0, failed: 0, notRun: 0 };
  const passedSpecs = new Set();
  let shot = 0;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const context = {
      page,
      url: server.url,
      workspace,
      drill: () => drillFrame(page),
      exerciseDir: join(workspace, 'interview-exercises', 'reverse-string'),
      userDataDir: profile.userDataDir,
    };
    for (const spec of selected(specs)) {
      const steps = spec.steps(context);
      const missing = spec.needs.filter((need) => !passedSpecs.has(need));
      if (missing.length) {
        results.notRun += steps.length;
        console.log(`  - ${spec.name}: ${steps.length} step(s) not run; they build on ${missing.join(', ')}, which did not pass`);
        continue;
      }
      if (results.failed > 0) await recover(page);
      let specPassed = true;
      for (const [index, [name, run]] of steps.entries()) {
        const started = Date.now();
        marks.length = 0;
        try {
          await run();
          results.passed++;
          console.log(`  ✔ ${spec.name} › ${name} (${Date.now() - started} ms)`);
          if (Date.now() - started > SLOW_STEP_MS) printMarks(started);
        } catch (error) {
          results.failed++;
          specPassed = false;
          console.log(
            `  ✘ ${spec.name} › ${name}\n    ${String(error?.message ?? error)
              .split('\n')
              .slice(0, 6)
              .join('\n    ')}`,
          );
          printMarks(started);
          await printDiagnostics(page, profile.userDataDir);
        } finally {
          shot++;
          await page
            .screenshot({ path: join(SHOTS, `${label}-${String(shot).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`) })
            .catch(() => undefined);
        }
        if (!specPassed) {
          // The spec's later steps build on this one.
          const rest = steps.length - index - 1;
          results.notRun += rest;
          if (rest) console.log(`  - ${spec.name}: ${rest} later step(s) not run`);
          break;
        }
      }
      if (specPassed) passedSpecs.add(spec.name);
    }
  } catch (error) {
    results.failed++;
    console.log(`  ✘ ${label}: the journey could not go on: ${error?.stack ?? error}`);
  } finally {
    // What a spec started beside the journey's window (a second code-server, say) ends with it.
    for (const spec of specs) await spec.cleanup?.().catch((error) => console.log(`  ! ${spec.name}: cleanup failed: ${error?.message ?? error}`));
    await browser.close();
    await server.stop();
    profile.remove();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
  return results;
}

/** After a failure, what a person does before going on: close whatever dialog, menu or picker is open. */
async function recover(page) {
  for (let press = 0; press < 3; press++) await page.keyboard.press('Escape').catch(() => undefined);
}

function printMarks(started) {
  if (marks.length) console.log(`    timeline (ms from the step's start): ${marks.map(([label, at]) => `${at - started} ${label}`).join(' · ')}`);
}

/**
 * What CI needs to tell a flaky wait from a real bug after a failed step: the tree rows on screen and
 * the end of the extension's own log (its output channels, which VS Code writes under logs/).
 */
async function printDiagnostics(page, userDataDir) {
  const rows = await page
    .getByRole('treeitem')
    .evaluateAll((items) =>
      items.map(
        (item) =>
          `${'  '.repeat(Number(item.getAttribute('aria-level') ?? 1) - 1)}${item.getAttribute('aria-label')}${item.getAttribute('aria-expanded') === 'false' ? ' ▸' : ''}`,
      ),
    )
    .catch(() => []);
  console.log(`    tree rows on screen:\n      ${rows.slice(0, 40).join('\n      ') || '(none)'}`);
  const logsDir = join(userDataDir, 'logs');
  const logs = existsSync(logsDir)
    ? readdirSync(logsDir, { recursive: true })
        .filter((name) => /Interview Prep[^/]*\.log$/.test(name))
        .sort()
    : [];
  for (const log of logs) {
    const lines = readFileSync(join(logsDir, log), 'utf8').trimEnd().split('\n');
    console.log(`    logs/${log} (last ${Math.min(lines.length, 25)} of ${lines.length} lines):\n      ${lines.slice(-25).join('\n      ')}`);
  }
}

// Runs the mocha suites in out/test/suite inside code-server's extension host, with the extension
// loaded from this folder (the @vscode/test-electron style; see shared/REAL-VSCODE.md §5).
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, fakeLmVsix, installVsix, makeProfile, ROOT, startCodeServer } from '../../scripts/vscode.mjs';
import { freshWorkspace } from './workspace.mjs';

const TIMEOUT_MS = 300_000;

export async function runExtensionHostSuite() {
  const profile = makeProfile('exthost');
  const workspace = freshWorkspace('exthost');
  const logFile = join(profile.dir, 'mocha.log');
  // A deterministic language model for the interviewer's tests (test/fixtures/fake-lm), installed
  // into this profile only; what it was asked goes to FAKE_LM_LOG.
  installVsix(profile, fakeLmVsix());
  const fakeLmLog = join(profile.dir, 'fake-lm.log');
  const timingsFile = join(ROOT, 'test-results', 'extension-host-timings.json');
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  rmSync(timingsFile, { force: true });
  const server = await startCodeServer(profile, { workspace, extraArgs: ['--disable-workspace-trust'], env: { VSCODE_OPTIONS: 'enable-smoke-test-driver' } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs() });
  try {
    const page = await browser.newPage();
    const exit = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    const authority = `vscode-remote://127.0.0.1:${server.port}`;
    const payload = [
      ['extensionDevelopmentPath', `${authority}${ROOT}`],
      ['extensionTestsPath', `${authority}${join(ROOT, 'out', 'test', 'suite', 'index')}`],
      [
        'extensionEnvironment',
        JSON.stringify({
          INTERVIEW_PREP_TEST_LOG: logFile,
          INTERVIEW_PREP_TIMINGS: timingsFile,
          FAKE_LM_LOG: fakeLmLog,
          INTERVIEW_PREP_SUITE: process.env.INTERVIEW_PREP_SUITE ?? '',
        }),
      ],
    ];
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS);
    });
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    process.stdout.write(log);
    const summary = /extension-host: (\d+) passed, (\d+) failed/.exec(log);
    if (existsSync(timingsFile)) console.log(`extension-host timings: ${readFileSync(timingsFile, 'utf8')}`);
    if (code === 'timeout') {
      console.log(`extension-host suite did not finish within ${TIMEOUT_MS / 1000} s`);
      return { passed: summary ? Number(summary[1]) : 0, failed: Math.max(1, summary ? Number(summary[2]) : 1) };
    }
    if (!summary) return { passed: 0, failed: 1 };
    const failed = Number(summary[2]);
    return { passed: Number(summary[1]), failed: code === 0 ? failed : Math.max(failed, 1) };
  } finally {
    await browser.close();
    await server.stop();
    profile.remove();
    rmSync(join(workspace, '..'), { recursive: true, force: true });
  }
}

export function browserArgs() {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
}

// `npm test`: every check, in order, with one summary at the end. Exits non-zero if anything failed.
//   static checks (tsc, ESLint) → unit and integration tests (node --test) → install code-server if missing → package the VSIX →
//   extension-host suites in code-server → UI journeys on the installed VSIX.
// `--only=e2e` runs just the packaging and the two real-VS-Code suites; `--only=ui` only the UI journeys.
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runExtensionHostSuite } from '../test/e2e/extensionHost.mjs';
import { runUiJourneys } from '../test/e2e/ui/run.mjs';
import { checkPrerequisites, ensureVsCode, ROOT, vsixPath } from './vscode.mjs';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const results = [];
const started = Date.now();

function command(label, cmd, args, { parse } = {}) {
  console.log(`\n── ${label}: ${[cmd, ...args].join(' ')}`);
  const t = Date.now();
  const run = spawnSync(cmd, args, { cwd: ROOT, stdio: parse ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: process.env });
  if (parse) process.stdout.write(run.stdout ?? '');
  const counts = parse ? parse(run.stdout ?? '') : { passed: run.status === 0 ? 1 : 0, failed: run.status === 0 ? 0 : 1 };
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  results.push({ label, ...counts, ms: Date.now() - t });
  return run.status === 0;
}

async function suite(label, fn) {
  console.log(`\n── ${label}`);
  const t = Date.now();
  try {
    const counts = await fn();
    results.push({ label, ...counts, ms: Date.now() - t });
    return counts.failed === 0;
  } catch (error) {
    console.log(`${label} could not run: ${error?.stack ?? error}`);
    results.push({ label, passed: 0, failed: 1, ms: Date.now() - t });
    return false;
  }
}

/** Reads node:test's spec summary ("ℹ pass 12", "ℹ fail 0"). */
function nodeTestCounts(output) {
  const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)$`, 'm').exec(output)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

const npx = (bin, ...args) => ['node', [`node_modules/.bin/${bin}`, ...args]];

if (only !== 'e2e' && only !== 'ui') {
  // Node 24 first (seconds): the unit tests run the TypeScript exercises with it.
  try {
    ensureVsCode({ nodeOnly: true });
  } catch (error) {
    console.log(error.message);
  }
  command('typecheck', ...npx('tsc', '-p', '.', '--noEmit'));
  command('lint', ...npx('eslint', '.'));
  command('format check', ...npx('prettier', '--check', 'src/**/*.ts', 'test/**/*.{ts,mjs}', 'scripts/**/*.mjs', '*.mjs'));
  if (command('build tests', 'node', ['esbuild.config.mjs', '--tests'])) {
    command('unit and integration tests', 'node', ['--test', '--test-reporter=spec', 'out/test/unit/', 'out/test/integration/'], { parse: nodeTestCounts });
  }
} else {
  command('build tests', 'node', ['esbuild.config.mjs', '--tests']);
}

// code-server is installed after the static checks and unit tests, so a broken install never hides
// a unit failure.
let missing;
try {
  ensureVsCode();
  missing = checkPrerequisites();
} catch (error) {
  missing = [error.message];
}
if (missing.length) console.log(`\nMissing for the real-VS-Code suites: ${missing.join('; ')}`);

if (command('package VSIX', 'npm', ['run', 'package', '--silent'])) {
  console.log(`VSIX: ${vsixPath()} (${(statSync(vsixPath()).size / 1024).toFixed(0)} KB)`);
  // The release bundles' sizes, for `npm run bench` (which rebuilds dist/ for development).
  const sizes = Object.fromEntries(
    [vsixPath(), 'dist/extension.js', 'dist/server.js', 'dist/cli.js', 'dist/webview/drill.js', 'dist/webview/dashboard.js'].map((file) => [
      relative(ROOT, resolve(ROOT, file)),
      statSync(resolve(ROOT, file)).size,
    ]),
  );
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'bundle-sizes.json'), JSON.stringify(sizes, null, 2));
  if (missing.length === 0) {
    if (only !== 'ui') await suite('extension-host suite (code-server)', runExtensionHostSuite);
    await suite('UI journeys (code-server + Chromium)', runUiJourneys);
  } else {
    results.push({ label: 'real VS Code suites', passed: 0, failed: 1, ms: 0 });
  }
}

const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log('\n── summary');
for (const result of results) {
  console.log(
    `${result.failed ? '✘' : '✔'} ${result.label.padEnd(40)} ${String(result.passed).padStart(4)} passed ${String(result.failed).padStart(3)} failed  ${(result.ms / 1000).toFixed(1)} s`,
  );
}
console.log(`total time ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;

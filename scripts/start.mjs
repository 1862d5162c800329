// `npm start`: build, package, install the VSIX into a throwaway profile of a real VS Code
// (code-server), open a demo workspace, and print the URL to open in a browser. Ctrl-C stops it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CACHE, ensureVsCode, installVsix, makeProfile, ROOT, startCodeServer, vsixPath } from './vscode.mjs';

const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: ROOT, stdio: 'inherit' });
if (packaged.status !== 0) process.exit(packaged.status ?? 1);
ensureVsCode();

// The demo workspace persists between runs (what you scaffold or write there is kept); the profile does not.
const folderArg = process.argv.indexOf('--folder');
const workspace = folderArg > 0 ? resolve(process.argv[folderArg + 1]) : join(CACHE, 'demo-workspace');
if (!existsSync(workspace)) cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
const profile = makeProfile('start');
installVsix(profile, vsixPath());
const server = await startCodeServer(profile, { workspace, extraArgs: ['--disable-workspace-trust'] });

console.log(`
Interview Prep is running in VS Code (code-server) with a throwaway profile.

  Open:  ${server.url}/?folder=${encodeURIComponent(workspace)}

Workspace: ${workspace} (kept between runs; pass --folder <path> to open another)
Press Ctrl-C to stop; the throwaway profile is removed.
`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  profile.remove();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

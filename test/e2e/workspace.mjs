// A fresh copy of the fixture workspace for each run, so tests never write into the repository.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/vscode.mjs';

export function freshWorkspace(label) {
  const dir = join(mkdtempSync(join(tmpdir(), `interview-prep-ws-${label}-`)), 'workspace');
  cpSync(join(ROOT, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  return dir;
}

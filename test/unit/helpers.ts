// Small fixtures for the unit tests: temporary banks written file by file.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const BUILTIN_BANK = path.join(REPO, 'questions');

export function tempBank(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'interview-prep-unit-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export function question(fields: Record<string, string>, body = 'What is the prompt?\n\n## Hints\n- one\n- two\n\n## Answer\nThe answer.\n'): string {
  const front = { id: 'sample-question', title: 'Sample', roles: '[AI Engineer]', topic: 'Testing', kind: 'concept', difficulty: 'easy', time: '5', ...fields };
  const lines = Object.entries(front).filter(([, value]) => value !== '').map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

// Issue 15 §5: one plain document of many questions against as many one-question plain files, in
// the same run: a cold load of each, and re-reading the document into a loaded index after one
// question in it changed (what the file watcher does), which re-splits the whole document.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadBank, loadFile } from '../../src/bank/bankLoader';
import { measure, type Figure } from './measure';

/** A document of `count` bold questions with their answers, a section heading every hundred: under 1 MB for 10,000, the size cap. */
export function questionDocument(count: number, edited = -1): string {
  const parts = ['# Practice questions\n\nWritten for the benchmark.\n'];
  for (let at = 0; at < count; at++) {
    if (at % 100 === 0) parts.push(`## Section ${at / 100 + 1}\n`);
    parts.push(`**Why does step ${at} ${at === edited ? 'now ' : ''}need a cache?** ⭐️\n\nIt reads the rows step ${at + 1} reads.\n`);
  }
  return parts.join('\n');
}

function questionFile(at: number): string {
  return `# Step ${at}\n\n## Question\nWhy does step ${at} need a cache?\n\n## Answer\nIt reads the rows step ${at + 1} reads.\n`;
}

export interface DocumentFigures {
  bytes: number;
  questions: number;
  document: Figure;
  /** The same document cut to a tenth of its questions: linear splitting takes about a tenth of the time. */
  tenth: Figure;
  files: Figure;
  reread: Figure;
}

export async function benchDocuments(count: number, runs: number): Promise<DocumentFigures> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'interview-prep-bench-documents-'));
  try {
    const documentBank = path.join(root, 'document');
    const filesBank = path.join(root, 'files');
    mkdirSync(documentBank);
    mkdirSync(filesBank);
    const tenthBank = path.join(root, 'tenth');
    mkdirSync(tenthBank);
    writeFileSync(path.join(tenthBank, 'practice.md'), questionDocument(Math.ceil(count / 10)));
    writeFileSync(path.join(documentBank, 'practice.md'), questionDocument(count));
    for (let at = 0; at < count; at++) writeFileSync(path.join(filesBank, `step-${String(at).padStart(5, '0')}.md`), questionFile(at));
    let questions = 0;
    const document = await measure(runs, async () => {
      questions = (await loadBank([{ path: documentBank, kind: 'setting' }])).questions().length;
    });
    const tenth = await measure(runs, () => loadBank([{ path: tenthBank, kind: 'setting' }]).then((index) => index.questions()));
    const files = await measure(runs, () => loadBank([{ path: filesBank, kind: 'setting' }]).then((index) => index.questions()));
    const file = path.join(documentBank, 'practice.md');
    const index = await loadBank([{ path: documentBank, kind: 'setting' }]);
    writeFileSync(file, questionDocument(count, count >> 1));
    const reread = await measure(runs, async () => {
      index.set(await loadFile(file, documentBank));
      index.questions();
    });
    return { bytes: Buffer.byteLength(questionDocument(count)), questions, document, tenth, files, reread };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

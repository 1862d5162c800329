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
  const lines = Object.entries(front)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

// ---------------------------------------------------------------------------------------------
// The hostile bank (issue #11). test/fixtures/hostile-bank/ is a bank of small files, each one a
// hostile input written for these tests: question bodies with script, event handlers, javascript:
// and data: links, SVG, frames, meta refresh, remote CSS and comments; math that tries to leave
// KaTeX; front matter with alias bombs, deep nesting, unsafe tags, duplicate and __proto__ keys;
// odd file names; bytes that are not UTF-8 text; and exercise folders with escaping ids and files
// named with "..". It has no README.md, which the loader would read as a question.
// What must not be committed (large files, links, a named pipe, names Windows cannot hold, lines
// long enough to make a backtracking pattern hang) is added by `hostileBankCopy` to a copy of it.
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';

export const HOSTILE_BANK = path.join(REPO, 'test', 'fixtures', 'hostile-bank');

export interface HostileBank {
  /** Holds `bank`, `outside` and `workspace`. */
  root: string;
  /** The copy of the fixture, with the generated inputs added. */
  bank: string;
  /** Files the bank's links point at; nothing may read them through the bank. */
  outside: string;
  /** An empty folder to scaffold into. */
  workspace: string;
  /** Paths (relative to `bank`) of every input added here, and why each is hostile. */
  generated: Map<string, string>;
  /** Inputs this platform cannot make (links without privileges, pipes and odd names on Windows). */
  unavailable: string[];
  /** Text in every file under `outside`: it must never show up in what the bank yields. */
  secret: string;
  cleanup(): void;
}

const SECRET = 'HOSTILE-BANK-SECRET-7f3a';

function hostileFront(id: string, extra = ''): string {
  return `---\nid: ${id}\ntitle: Generated hostile input\nroles: [Software Engineer]\ntopic: Hostile banks\nkind: concept\ndifficulty: easy\ntime: 2\n${extra}---\n\n`;
}

/** Copies the hostile fixture to a temporary folder and adds the inputs that are made, not committed. */
export function hostileBankCopy(): HostileBank {
  const root = mkdtempSync(path.join(tmpdir(), 'interview-prep-hostile-'));
  const bank = path.join(root, 'bank');
  const outside = path.join(root, 'outside');
  const workspace = path.join(root, 'workspace');
  fs.cpSync(HOSTILE_BANK, bank, { recursive: true });
  mkdirSync(workspace);
  const generated = new Map<string, string>();
  const unavailable: string[] = [];
  const at = (relative: string): string => path.join(bank, ...relative.split('/'));
  const add = (relative: string, why: string, make: (file: string) => void): void => {
    try {
      mkdirSync(path.dirname(at(relative)), { recursive: true });
      make(at(relative));
      generated.set(relative, why);
    } catch {
      unavailable.push(relative);
    }
  };
  const posix = process.platform !== 'win32';
  const posixOnly = (relative: string, why: string, make: (file: string) => void): void => {
    if (posix) add(relative, why, make);
    else unavailable.push(relative);
  };

  // Outside the bank: a question, a text file and an exercise that links in the bank point at.
  mkdirSync(path.join(outside, 'outside-dir'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.md'), `${hostileFront('outside-secret')}${SECRET} in a question outside the bank.\n\n## Answer\n${SECRET}\n`);
  writeFileSync(path.join(outside, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(path.join(outside, 'outside-dir', 'secret.md'), `${hostileFront('outside-dir-secret')}${SECRET}\n\n## Answer\n${SECRET}\n`);
  writeFileSync(path.join(outside, 'outside-dir', 'solution.py'), `# ${SECRET}\n`);
  const outsideExercise = path.join(outside, 'outside-exercise');
  mkdirSync(path.join(outsideExercise, 'python'), { recursive: true });
  writeFileSync(
    path.join(outsideExercise, 'exercise.md'),
    `${hostileFront('linked-exercise', 'languages: [python]\n').replace('kind: concept', 'kind: coding')}${SECRET}\n\n## Answer\n${SECRET}\n`,
  );
  writeFileSync(path.join(outsideExercise, 'python', 'solution.py'), `# ${SECRET}\n`);

  // Size: a 10 MB file that looks like a question, and a 100 MB one that is mostly a hole.
  add('too-large-10mb.md', 'a 10 MB file with valid front matter', (file) => {
    const head = Buffer.from(`${hostileFront('too-large-10mb')}Prompt.\n\n## Answer\n`);
    const bytes = Buffer.alloc(10 * 1024 * 1024, 'x');
    head.copy(bytes);
    writeFileSync(file, bytes);
  });
  add('sparse-100mb.md', 'a 100 MB sparse file', (file) => {
    writeFileSync(file, `${hostileFront('sparse-100mb')}Prompt.\n\n## Answer\n`);
    fs.truncateSync(file, 100 * 1024 * 1024);
  });

  // Links and special files at the top of the bank.
  add('link-outside.md', 'a link to a question outside the bank', (file) => fs.symlinkSync(path.join(outside, 'secret.md'), file));
  add('link-outside-dir', 'a link to a folder of questions outside the bank', (file) => fs.symlinkSync(path.join(outside, 'outside-dir'), file, 'dir'));
  add('link-loop', 'a folder link to its own folder', (file) => fs.symlinkSync('.', file, 'dir'));
  add('link-dangling.md', 'a link to nothing', (file) => fs.symlinkSync(path.join(outside, 'missing.md'), file));
  posixOnly('pipe.md', 'a named pipe called .md (reading one blocks)', (file) => execFileSync('mkfifo', [file]));

  // Nesting and long lines that exhaust the stack or made backtracking patterns run for minutes.
  add('deep-nesting.md', '3,000 nested \\frac and 20,000 nested block quotes', (file) =>
    writeFileSync(
      file,
      `${hostileFront('hostile-deep-nesting')}Deep math: $${'\\frac{1}{'.repeat(3000)}x${'}'.repeat(3000)}$\n\n${'>'.repeat(20000)} deep quote\n\n## Answer\nShown as text.\n`,
    ),
  );
  add('yaml-deep-nesting-extreme.md', 'front matter 100,000 lists deep', (file) =>
    writeFileSync(file, `---\nid: ${'['.repeat(100000)}${']'.repeat(100000)}\n---\n\nPrompt.\n\n## Answer\nText.\n`),
  );
  const spaces = ' '.repeat(300_000);
  add('redos-section-heading.md', 'a section heading with 300,000 spaces inside it', (file) =>
    writeFileSync(file, `${hostileFront('hostile-redos-heading')}Prompt.\n\n## a${spaces}b\nText.\n\n## Answer\nText.\n`),
  );
  add('redos-list-item.md', 'an evaluation point with 300,000 spaces and a line separator', (file) =>
    writeFileSync(file, `${hostileFront('hostile-redos-list')}Prompt.\n\n## Answer\nText.\n\n## Evaluation\n- a${spaces}b\u2028c\n- a point\n`),
  );
  add('redos-front-matter-line.md', 'a front-matter line with 300,000 spaces, read by the YAML parser', (file) =>
    writeFileSync(
      file,
      `${hostileFront('hostile-redos-front-matter', `tags: ["escaped \\" quote"]\nevaluation: [a${spaces}b]\n`)}Prompt.\n\n## Answer\nText.\n`,
    ),
  );
  const some = ' '.repeat(100_000);
  add('redos-plain-markdown.md', 'plain markdown with long runs of spaces in headings, topic, difficulty and time lines', (file) =>
    writeFileSync(file, `# q${some}x\n\nTopic: a${some}b\n\nDifficulty${some}x\n\nTime${some}x\n\n## Question${some}x\nq\n${some}x\n\n## Answer\nText.\n`),
  );

  // Names that Windows cannot hold, or that would trouble a terminal.
  posixOnly('odd "double" quote.md', 'a double quote in the name', (file) =>
    writeFileSync(file, `${hostileFront('hostile-odd-double-quote')}Prompt.\n\n## Answer\nText.\n`),
  );
  posixOnly('odd back\\slash.md', 'a backslash in the name', (file) =>
    writeFileSync(file, `${hostileFront('hostile-odd-backslash')}Prompt.\n\n## Answer\nText.\n`),
  );
  posixOnly('odd <>|*?: chars.md', 'wildcard and redirection characters in the name', (file) =>
    writeFileSync(file, `${hostileFront('hostile-odd-wildcards')}Prompt.\n\n## Answer\nText.\n`),
  );
  posixOnly('odd\nx.md:1:1 error: forged line.md', 'a newline in the name that forges a line of validate output', (file) =>
    writeFileSync(file, `${hostileFront('hostile-odd-newline')}No answer here.\n`),
  );
  posixOnly('odd \u001b[2K\u001b[1Aescape.md', 'terminal escape sequences in the name', (file) =>
    writeFileSync(file, `${hostileFront('hostile-odd-escape')}No answer here.\n`),
  );
  add(`odd-long-${'x'.repeat(200)}.md`, 'a 213-character name', (file) => writeFileSync(file, `${hostileFront('hostile-odd-long-name')}No answer here.\n`));

  // Exercises: links and odd names in a language folder, a linked language folder, a linked exercise.
  const python = 'exercises/hostile-scaffold/python';
  add(`${python}/link-outside.py`, 'a link to a file outside the bank', (file) => fs.symlinkSync(path.join(outside, 'secret.txt'), file));
  add(`${python}/link-outside-dir`, 'a link to a folder outside the bank', (file) => fs.symlinkSync(path.join(outside, 'outside-dir'), file, 'dir'));
  add(`${python}/link-loop`, 'a folder link to its own folder', (file) => fs.symlinkSync('.', file, 'dir'));
  add(`${python}/sub/link-up`, 'a relative link that climbs out of the bank', (file) =>
    fs.symlinkSync(path.join('..', '..', '..', '..', '..', 'outside'), file, 'dir'),
  );
  posixOnly(`${python}/pipe.py`, 'a named pipe among the files to copy', (file) => execFileSync('mkfifo', [file]));
  posixOnly(`${python}/..\\..\\backslash-escape.py`, 'a name of backslashes and ".." that climbs out on Windows', (file) => writeFileSync(file, '# escaped\n'));
  add('exercises/hostile-linked-language/exercise.md', 'an exercise whose python folder is a link outside', (file) =>
    writeFileSync(
      file,
      `${hostileFront('hostile-linked-language', 'languages: [python]\n').replace('kind: concept', 'kind: coding')}Prompt.\n\n## Answer\nText.\n`,
    ),
  );
  add('exercises/hostile-linked-language/python', 'a language folder that is a link outside the bank', (file) =>
    fs.symlinkSync(path.join(outside, 'outside-dir'), file, 'dir'),
  );
  add('exercises/linked-exercise', 'an exercise folder that is a link outside the bank', (file) => fs.symlinkSync(outsideExercise, file, 'dir'));
  posixOnly('exercises/C:/exercise.md', 'an exercise folder named like a Windows drive', (file) =>
    writeFileSync(file, `${hostileFront('"C:"', 'languages: [python]\n').replace('kind: concept', 'kind: coding')}Prompt.\n\n## Answer\nText.\n`),
  );
  posixOnly('exercises/\\etc\\passwd/exercise.md', 'an exercise folder named like an absolute Windows path', (file) =>
    writeFileSync(
      file,
      `${hostileFront('"\\\\etc\\\\passwd"', 'languages: [python]\n').replace('kind: concept', 'kind: coding')}Prompt.\n\n## Answer\nText.\n`,
    ),
  );

  return { root, bank, outside, workspace, generated, unavailable, secret: SECRET, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

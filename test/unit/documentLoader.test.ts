// Issue 15 §1-§3 through the loader: plain documents that hold many questions load as one question
// each (file = the document, line = where the question starts), titles tell the questions of a
// folder apart, and every file that gave nothing, or was not read, is reported with why.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { indexFromCache, parseCache, serializeCache } from '../../src/bank/bankCache';
import { BankIndex } from '../../src/bank/bankIndex';
import { loadBank, type LoadStats } from '../../src/bank/bankLoader';
import { loadDetail } from '../../src/bank/detail';
import { parseEntry } from '../../src/bank/fileEntry';
import { loadReport, loadSummary } from '../../src/bank/loadReport';
import type { Question } from '../../src/bank/model';
import { question as frontMatterQuestion, REPO, tempBank } from './helpers';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'documents');
const CLI = path.join(REPO, 'dist', 'cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO });

/** A bank holding the named fixtures. */
function fixtureBank(names: string[]): string {
  const root = tempBank({});
  for (const name of names) copyFileSync(path.join(FIXTURES, name), path.join(root, name));
  return root;
}

const load = (root: string) => loadBank([{ path: root, kind: 'setting' }]);

/** What a reader sees of each question in the tree and the list, in order. */
type Row = [line: number | undefined, title: string, topic: string, role: string, difficulty: string, minutes: number];
const rows = (questions: Question[]): Row[] =>
  questions.map((question) => [question.line, question.title, question.topic, question.roles[0], question.difficulty, question.time / 60]);

const EXPECTED: Record<string, Row[]> = {
  'heading-questions.md': [
    [7, 'How would you shard a vector index of two billion embeddings?', 'Indexing', 'General', 'hard', 20],
    [24, 'Why does HNSW recall drop as the index grows?', 'Indexing', 'General', 'medium', 10],
    [39, 'Flat or IVF?', 'Serving', 'General', 'medium', 10],
    [48, 'Re-embedding the corpus', 'Serving', 'General', 'medium', 10],
  ],
  'bold-questions.md': [
    [7, 'What does dropout do at inference time?', 'Regularisation', 'General', 'easy', 10],
    [12, 'Why does weight decay shrink weights towards zero?', 'Regularisation', 'General', 'medium', 10],
    [22, 'How would you pick a learning rate for a new model?', 'Optimisation', 'General', 'medium', 10],
    [26, 'Explain why a very large batch can hurt generalisation', 'Optimisation', 'General', 'hard', 10],
  ],
  'qa-labels.md': [
    [5, 'What is the difference between an inner join and a left join?', 'Joins', 'General', 'medium', 10],
    [9, 'When does a left join return more rows than the left table has?', 'Joins', 'General', 'medium', 10],
    [14, 'Why can an index on (a, b) serve a filter on a alone but not a filter on b alone?', 'Indexes', 'General', 'medium', 10],
    [19, 'How do you find duplicate emails in a users table?', 'Indexes', 'General', 'medium', 10],
  ],
  'numbered-pdf.md': [
    [6, 'Design a feature store for a fraud detection model. What must it guarantee?', 'System Design', 'General', 'medium', 10],
    [13, 'How would you serve a model that must answer within 50 ms?', 'System Design', 'General', 'medium', 10],
    [25, 'Tell me about a time you disagreed with a teammate about a technical decision.', 'Behavioral Questions', 'General', 'medium', 10],
    [30, 'Describe a project that failed and what you changed afterwards.', 'Behavioral Questions', 'General', 'medium', 10],
  ],
  'details-blocks.md': [
    [5, 'What does sys.getrefcount(x) return, and why is it one more than you expect?', 'Memory', 'General', 'medium', 10],
    [13, "Why can't a list be a dictionary key?", 'Memory', 'General', 'medium', 10],
    [26, 'How does the GIL affect a CPU-bound program that uses threads?', 'Concurrency', 'General', 'medium', 10],
  ],
  'mixed-sloppy.md': [
    [7, 'What is the context window of a language model?', 'LLM Basics', 'AI Engineer', 'easy', 10],
    [10, 'Why do language models hallucinate?', 'LLM Basics', 'AI Engineer', 'medium', 10],
    [15, 'How does the sampling temperature change the output?', 'LLM Basics', 'AI Engineer', 'medium', 10],
    // "## Questions for ML Engineers" names only a role: the role is taken, the topic falls back to the document's name.
    [21, 'Write a retry wrapper', 'Mixed Sloppy', 'ML Engineer', 'medium', 15],
    [36, 'Rate-limit an API client', 'Mixed Sloppy', 'ML Engineer', 'hard', 10],
    [49, 'Explain how you would evaluate a retrieval-augmented generation system.', 'RAG Systems', 'AI Engineer', 'medium', 10],
    [54, 'Why would you re-rank retrieved passages with a cross-encoder?', 'RAG Systems', 'AI Engineer', 'medium', 10],
    [62, 'Which costs less per token, a batch of 32 requests or a batch of 1?', 'Quick checks', 'AI Engineer', 'medium', 10],
    [69, 'What does a tokenizer do?', 'Quick checks', 'AI Engineer', 'easy', 10],
  ],
};

describe('documents of many questions, through the loader', () => {
  it('loads each layout into its exact questions, titles, topics, roles, difficulties and times', async () => {
    const names = Object.keys(EXPECTED);
    const root = fixtureBank(names);
    const index = await load(root);
    assert.deepEqual(index.problems(), []);
    for (const name of names) {
      const file = path.join(root, name);
      const mine = index.questions().filter((question) => question.file === file);
      assert.deepEqual(rows(mine), EXPECTED[name], name);
      const entry = [...index.files()].find((candidate) => candidate.file === file)!;
      assert.equal(entry.question, undefined, `${name}: a document's questions are in entry.questions`);
      assert.equal(entry.questions?.length, EXPECTED[name].length);
      for (const question of mine) {
        assert.equal(question.bank, root);
        assert.ok(question.id.startsWith(`${name.replace(/\.md$/, '')}-`), question.id);
        assert.match(question.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        assert.ok(question.inferred?.includes('id') && question.inferred.includes('kind') && question.inferred.includes('roles'));
        // A heading's own text is the title as written; every other title is the question cut short.
        assert.equal(
          question.inferred?.includes('title'),
          name !== 'heading-questions.md' && !question.id.startsWith('mixed-sloppy-write') && !question.id.startsWith('mixed-sloppy-rate'),
          question.id,
        );
      }
    }
    // Stated marks are read; a difficulty or time the document does not give is the default, and says so.
    const inferred = (id: string) => index.question(id)!.inferred!.filter((field) => field === 'difficulty' || field === 'time');
    assert.deepEqual(inferred('bold-questions-what-does-dropout-do-at-inference-time'), ['time']);
    assert.deepEqual(inferred('heading-questions-how-would-you-shard-a-vector-index-of-two-billion-embeddings'), []);
    assert.deepEqual(inferred('qa-labels-how-do-you-find-duplicate-emails-in-a-users-table'), ['difficulty', 'time']);
    assert.equal(index.questions().length, 28);
    assert.equal(new Set(index.questions().map((question) => question.id)).size, 28);
    // Behavioural sections make behavioural questions, "Challenge" headings coding ones; the rest are guessed from their words.
    assert.deepEqual(
      index
        .questions()
        .filter((question) => question.kind !== 'concept')
        .map((question) => `${question.kind} ${question.line}`),
      ['coding 21', 'coding 36', 'system-design 6', 'behavioral 25', 'behavioral 30'],
    );
  });

  it('gives each question its own prompt and answer when it is opened', async () => {
    const root = fixtureBank(['heading-questions.md', 'qa-labels.md', 'details-blocks.md']);
    const index = await load(root);
    const flat = await loadDetail(index.question('heading-questions-flat-or-ivf')!);
    assert.match(flat.prompt, /^Your team keeps 10 million vectors and answers 50 queries a second\./);
    assert.match(flat.answer, /^A flat index compares the query with every stored vector/);
    const shard = await loadDetail(index.question('heading-questions-how-would-you-shard-a-vector-index-of-two-billion-embeddings')!);
    assert.deepEqual(shard.hints, ['How much memory does one 768-dimensional float32 vector take?', 'Think about what every query must touch.']);
    assert.deepEqual(shard.followUps, ['What changes when a tenth of the vectors are rewritten every day?']);
    for (const question of index.questions()) {
      const detail = await loadDetail(question);
      assert.ok(detail.prompt.length > 10, `${question.id}: prompt`);
      assert.ok(detail.answer.length > 10, `${question.id}: answer`);
      assert.doesNotMatch(detail.answer, /^\s*(?:\*\*)?(?:A|Answer)(?:\*\*)?:/, `${question.id}: the answer label is stripped`);
    }
  });

  it("keeps a file of one question as it was: one question, the file's own id, no line", async () => {
    const root = fixtureBank(['single-question.md']);
    const index = await load(root);
    const [entry] = [...index.files()];
    assert.equal(entry.questions, undefined);
    const question = entry.question!;
    assert.equal(question.id, 'single-question');
    assert.equal(question.line, undefined);
    // Its only headings are "Topic: …", "Question" and "Answer": the question's words are the title.
    assert.equal(question.title, 'Retrieval looks fine, yet answers are wrong. How do you debug it?');
    assert.ok(question.inferred?.includes('title'));
    assert.equal(question.topic, 'Retrieval-augmented generation');
    assert.equal(question.difficulty, 'hard');
    assert.equal(question.time, 12 * 60);
    // The bold questions in its answer are part of the answer, not questions of their own.
    assert.equal(index.questions().length, 1);
    assert.match((await loadDetail(question)).answer, /\*\*Why does the order matter\?\*\*/);
  });

  it("keeps every id when a question is inserted before the others, and finds each one's answer by id", async () => {
    const root = fixtureBank(['bold-questions.md']);
    const file = path.join(root, 'bold-questions.md');
    const before = (await load(root)).questions();
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(
        '## Regularisation\n\n',
        "## Regularisation\n\n**Why does batch normalisation behave differently at inference?** ⭐️\n\nIt uses the running mean and variance gathered in training instead of the batch's own.\n\n",
      ),
    );
    const after = (await load(root)).questions();
    assert.equal(after.length, before.length + 1);
    assert.equal(after[0].id, 'bold-questions-why-does-batch-normalisation-behave-differently-at-inference');
    for (const old of before) {
      const now = after.find((question) => question.id === old.id);
      assert.ok(now, `${old.id} is still there`);
      assert.equal(now.title, old.title);
      assert.equal(now.line, old.line! + 4, `${old.id} moved down four lines`);
      // The question as loaded before the edit still opens its own answer.
      assert.equal((await loadDetail(old)).answer, (await loadDetail(now)).answer);
    }
    assert.match((await loadDetail(before[0])).answer, /^Nothing is dropped/);
  });

  it('keeps ids unique across the bank: the same question in two documents has two ids', async () => {
    const doc = '## Basics\n\n**What is a tensor?**\n\nAn array with any number of axes.\n\n**What is a scalar?**\n\nA tensor with no axes.\n';
    const root = tempBank({ 'ai/notes.md': doc, 'ml/notes.md': doc });
    const index = await load(root);
    assert.deepEqual(index.problems(), []);
    assert.deepEqual(
      index.questions().map((question) => question.id),
      ['ai-notes-what-is-a-tensor', 'ai-notes-what-is-a-scalar', 'ml-notes-what-is-a-tensor', 'ml-notes-what-is-a-scalar'],
    );
    // A workspace copy of a document hides the built-in one question by question, and says where.
    const builtin = tempBank({ 'ai/notes.md': doc });
    const both = await loadBank([
      { path: root, kind: 'workspace' },
      { path: builtin, kind: 'builtin' },
    ]);
    assert.equal(both.questions().length, 4);
    assert.deepEqual(
      both.problems().map((problem) => `${path.relative(builtin, problem.file)}:${problem.line} ${problem.severity} ${problem.code}`),
      ['ai/notes.md:3 warning duplicate-id', 'ai/notes.md:7 warning duplicate-id'],
    );
  });

  it("lists a document's questions in its order when only it changes in a large index", async () => {
    const root = tempBank({});
    const index = new BankIndex([{ path: root, kind: 'setting' }]);
    for (let at = 0; at < 200; at++) {
      const file = path.join(root, `q${String(at).padStart(3, '0')}.md`);
      index.set(parseEntry(file, root, Buffer.from(frontMatterQuestion({ id: `q-${at}` }))));
    }
    const docFile = path.join(root, 'q150a.md');
    const doc = (questions: string[]) => Buffer.from(questions.map((text) => `**${text}?**\n\nBecause.\n`).join('\n'));
    index.set(parseEntry(docFile, root, doc(['Why b', 'Why c', 'Why d'])));
    assert.equal(index.questions().length, 203);
    // One document re-read: few ids change, so the list is patched in place rather than re-sorted.
    index.set(parseEntry(docFile, root, doc(['Why a', 'Why b', 'Why c', 'Why d'])));
    const mine = index.questions().filter((question) => question.file === docFile);
    assert.deepEqual(
      mine.map((question) => question.title),
      ['Why a?', 'Why b?', 'Why c?', 'Why d?'],
    );
    const all = index.questions();
    const first = all.findIndex((question) => question.file === docFile);
    assert.deepEqual(all.slice(first, first + 4), mine, "the document's questions stand together, between q-… files by name");
    assert.deepEqual([all[first - 1].id, all[first + 4].id], ['q-150', 'q-151']);
    index.delete(docFile);
    assert.equal(index.questions().length, 200);
    assert.equal(index.question('q150a-why-a'), undefined);
  });

  it('prints each question with file = the document (list --json) and its answer (show)', () => {
    const root = fixtureBank(['qa-labels.md', 'single-question.md']);
    const list = cli('list', '--json', root);
    assert.equal(list.status, 0, list.stderr);
    const listed = JSON.parse(list.stdout) as Array<{ id: string; title: string; file: string; line?: number; topic: string }>;
    assert.deepEqual(
      listed.map(({ id, file, line }) => [id, path.basename(file), line]),
      [
        ['qa-labels-what-is-the-difference-between-an-inner-join-and-a-left-join', 'qa-labels.md', 5],
        ['qa-labels-when-does-a-left-join-return-more-rows-than-the-left-table', 'qa-labels.md', 9],
        ['qa-labels-why-can-an-index-on-a-b-serve-a-filter-on-a-alone-but-not-a', 'qa-labels.md', 14],
        ['qa-labels-how-do-you-find-duplicate-emails-in-a-users-table', 'qa-labels.md', 19],
        ['single-question', 'single-question.md', undefined],
      ],
    );
    assert.ok(listed.every((question) => question.file.startsWith(root)));
    const show = cli('show', 'qa-labels-how-do-you-find-duplicate-emails-in-a-users-table', root);
    assert.equal(show.status, 0, show.stderr);
    assert.match(show.stdout, /^# How do you find duplicate emails in a users table\?\nGeneral · Indexes · concept · medium · 10:00\n/);
    assert.match(show.stdout, /## Answer\n\S[\s\S]*GROUP BY/i);
    assert.doesNotMatch(show.stdout, /left join/i, "only this question's text, not its neighbours'");
  });

  it('keeps document entries and boilerplate titles through the cache', async () => {
    const root = fixtureBank(['mixed-sloppy.md', 'details-blocks.md']);
    for (const name of ['a', 'b', 'c'])
      writeFileSync(
        path.join(root, `${name}.md`),
        `# Daily drill\n\nWhat does ${name} stand for in the formula?\n\n## Answer\nIt stands for the ${name} term.\n`,
      );
    const fresh = await load(root);
    const cache = parseCache(serializeCache(fresh, 'k'), 'k')!;
    assert.deepEqual(indexFromCache([{ path: root, kind: 'setting' }], cache).questions(), fresh.questions());
    const stats: LoadStats = { parsed: 0, cached: 0 };
    const again = await loadBank([{ path: root, kind: 'setting' }], {}, cache, stats);
    assert.deepEqual(stats, { parsed: 0, cached: 5 });
    assert.deepEqual(again.questions(), fresh.questions());
    assert.equal(again.question('a')?.title, 'What does a stand for in the formula?');
  });
});

describe('titles that tell the questions of a folder apart', () => {
  const file = (heading: string, prompt: string) => `# ${heading}\n\n## Question\n${prompt}\n\n## Answer\nA short answer of our own.\n`;

  it('does not take a heading that names only a role or "Interview Question" for a title', async () => {
    const root = tempBank({
      'ML_Engineer/a.md': file('ML Engineer Interview Question', 'How would you detect training-serving skew?'),
      'ML_Engineer/b.md': file('ML Engineer Interview Question', 'When is a feature store worth its cost?'),
      'ML_Engineer/c.md': file('Interview Question', 'Why monitor the input distribution as well as accuracy?'),
      'ML_Engineer/d.md': file('Shadow deployments', 'How does a shadow deployment reduce risk?'),
    });
    const index = await load(root);
    // Nor for a topic: without a Topic line or a sub-folder, such files are General.
    assert.deepEqual(
      index.questions().map((question) => [question.title, question.inferred?.includes('title'), question.topic]),
      [
        ['How would you detect training-serving skew?', true, 'General'],
        ['When is a feature store worth its cost?', true, 'General'],
        ['Why monitor the input distribution as well as accuracy?', true, 'General'],
        ['Shadow deployments', false, 'Shadow deployments'],
      ],
    );
  });

  it("shows the question's words when one heading opens three or more files of a folder, and only then", async () => {
    const root = tempBank({
      'drills/a.md': file('Weekly practice', 'What is the bias of the sample variance with n in the denominator?'),
      'drills/b.md': file('Weekly practice', 'Why does a p-value not give the probability that the null is true?'),
      'drills/c.md': file('Kept title', 'What does a confidence interval of 95% promise?'),
      'other/d.md': file('Weekly practice', 'What is a type II error?'),
    });
    const titles = (index: BankIndex) => index.questions().map((question) => question.title);
    const index = await load(root);
    assert.deepEqual(titles(index), ['Weekly practice', 'Weekly practice', 'Kept title', 'Weekly practice'], 'two files are not boilerplate yet');
    // A third file with the heading, as the watcher would add it: the folder's titles change at once.
    const third = path.join(root, 'drills', 'e.md');
    writeFileSync(third, file('**Weekly  practice**', 'How many samples does a two-sided test with power 0.8 need?'));
    index.set(parseEntry(third, root, readFileSync(third)));
    assert.deepEqual(titles(index), [
      'What is the bias of the sample variance with n in the denominator?',
      'Why does a p-value not give the probability that the null is true?',
      'Kept title',
      'How many samples does a two-sided test with power 0.8 need?',
      'Weekly practice',
    ]);
    assert.ok(index.question('drills-a')?.inferred?.includes('title'));
    assert.deepEqual((await load(root)).questions(), index.questions(), 'a full load agrees with the incremental one');
    index.delete(third);
    rmSync(third);
    assert.deepEqual(titles(index), ['Weekly practice', 'Weekly practice', 'Kept title', 'Weekly practice']);
    assert.ok(!index.question('drills-a')?.inferred?.includes('title'));
  });
});

describe('what was skipped, and why', () => {
  const files = {
    'notes.md': '# Study notes\n\nRead chapter 3 again.\n\n## Later\n\nMore reading.\n',
    'links.md': readFileSync(path.join(FIXTURES, 'not-a-bank-readme.md'), 'utf8'),
    'code.md': '```python\nprint(1)\n```\n',
    'README.md': '# My questions\n\n- [one](one.md)\n',
    LICENSE: 'Permission is granted…\n',
    'pasted.txt': 'Explain overfitting?\n',
    'data.json': '{}\n',
    'ok.md': frontMatterQuestion({ id: 'ok-one' }),
  };

  it('warns, with file:line and the reason, about every file read that gave no question', async () => {
    const root = tempBank(files);
    const index = await load(root);
    assert.deepEqual(
      index.questions().map((question) => question.id),
      ['ok-one'],
    );
    assert.deepEqual(
      index
        .problems()
        .map((problem) => `${path.basename(problem.file)}:${problem.line}:${problem.column} ${problem.severity} ${problem.code}: ${problem.message}`),
      [
        'code.md:1:1 warning no-question: no question found: the document holds only code and comments; the file was skipped',
        'links.md:1:1 warning no-question: no question found: only one candidate, a question heading at line 15, and a file of one question needs a "Question" or "Answer" heading; the file was skipped',
        'notes.md:1:1 warning no-question: no question found: 2 headings, 2 paragraphs, none reads as a question; the file was skipped',
      ],
    );
    // Not read at all, so not a problem, but never silent.
    assert.deepEqual(
      [...index.skipped()].map(([file, reason]) => `${path.basename(file)}: ${reason}`),
      [
        'LICENSE: not read: only markdown (.md) files hold questions',
        'pasted.txt: not read: only markdown (.md) files hold questions',
        'README.md: not read: README, index, licence, changelog, contributing and table-of-contents files are not questions',
      ],
    );
    assert.deepEqual(loadSummary(index), { files: 4, single: 1, documents: 0, documentQuestions: 0, empty: 3, skipped: 3 });
    assert.equal(loadReport(index).at(-1), 'Questions per file: 1 file with one question, 3 files with none (see the warnings), 3 files not read.');
  });

  it('reports them in validate (problems on stdout, what each file gave on stderr) and counts them in stats', () => {
    const root = tempBank({ ...files, 'doc.md': readFileSync(path.join(FIXTURES, 'qa-labels.md'), 'utf8') });
    const validate = cli('validate', root);
    assert.equal(validate.status, 0, 'warnings only');
    assert.equal(validate.stdout.trim().split('\n').length, 3);
    assert.match(validate.stdout, /notes\.md:1:1 warning: no question found: 2 headings, 2 paragraphs, none reads as a question/);
    assert.match(validate.stderr, /doc\.md: 4 questions\n/);
    assert.match(validate.stderr, /README\.md: not read: README/);
    assert.match(
      validate.stderr,
      /Questions per file: 1 file with one question, 1 document with 4 questions, 3 files with none \(see the warnings\), 3 files not read\.\n5 files checked: 0 error\(s\), 3 warning\(s\)/,
    );
    const stats = JSON.parse(cli('stats', '--json', root).stdout) as { questions: number; files: unknown; problems: unknown };
    assert.equal(stats.questions, 5);
    assert.deepEqual(stats.files, { files: 5, single: 1, documents: 1, documentQuestions: 4, empty: 3, skipped: 3 });
    assert.deepEqual(stats.problems, { errors: 0, warnings: 3 });
  });
});

describe('any plain text, through parseEntry', () => {
  // Lines a bank is made of (the splitter's own properties use many more), joined at random.
  const FRAGMENTS = [
    '',
    '# Title',
    '## Section',
    '### Q1: What is a lock?',
    '## Question',
    '## Answer',
    '**What is a thread?**',
    '**x?**',
    '**Q3. Why?** 👶',
    'Q: What is a queue?',
    'A: yes',
    '1. What is a heap?',
    '2. Explain it.',
    '- item',
    '> quoted',
    '```',
    '<details><summary>What is a cache?</summary>',
    '</details>',
    'Difficulty: Hard',
    'Time: 20 minutes',
    'Topic: Queues',
    'Role: ML Engineer',
    'System Design',
    'Plain answer text.',
    '# ML Engineer Interview Question',
  ];
  const text = fc
    .tuple(
      fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 20 }) }), { maxLength: 50 }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([lines, eol]) => lines.join(eol));

  it("never drops a file silently: it gives one question, a document's questions in order, or a warning saying why", async () => {
    const details = await fc.check(
      fc.property(text, fc.constantFrom('/bank/notes.md', '/bank/AI_Engineer/rag/doc.md'), (body, file) => {
        const entry = parseEntry(file, '/bank', Buffer.from(body, 'utf8'));
        const lineCount = body.split(/\r?\n/).length;
        if (entry.questions) {
          assert.equal(entry.question, undefined);
          assert.ok(entry.questions.length >= 2);
          assert.equal(new Set(entry.questions.map((question) => question.id)).size, entry.questions.length, 'ids unique in the file');
          entry.questions.forEach((question, at) => {
            assert.match(question.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
            assert.ok(question.line! >= 1 && question.line! <= lineCount);
            if (at > 0) assert.ok(question.line! > entry.questions![at - 1].line!, 'in document order');
            assert.ok(question.title.trim() !== '' && question.topic.trim() !== '' && question.roles[0].trim() !== '');
            assert.equal(question.file, file);
          });
        } else if (!entry.question) {
          assert.deepEqual(
            entry.problems.map((problem) => [problem.code, problem.severity, problem.line]),
            [['no-question', 'warning', 1]],
          );
          assert.match(entry.problems[0].message, /^no question found: .+; the file was skipped$/);
        }
      }),
      { numRuns: 300, includeErrorInReport: true },
    );
    if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
  });
});

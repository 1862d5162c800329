// Issue 15 §4: questions imported from CSV/TSV and Anki exports, written as bank files that load
// clean, and exported for Anki so that importing the export gives the same prompts and answers.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadBank } from '../../src/bank/bankLoader';
import { loadDetail } from '../../src/bank/detail';
import { unitKind } from '../../src/bank/documentQuestions';
import { readAnki } from '../../src/bank/import/anki';
import { ankiExport, mathToAnki } from '../../src/bank/import/ankiExport';
import { readCsv, sniffSeparator } from '../../src/bank/import/csv';
import { htmlToMarkdown } from '../../src/bank/import/html';
import { demoteHeadings, slugOf } from '../../src/bank/import/questionFile';
import { importFormat, readImport } from '../../src/bank/import/readImport';
import type { ImportedItem } from '../../src/bank/import/types';
import { readImportPaths, sourceName } from '../../src/bank/import/readFiles';
import { writeQuestions } from '../../src/bank/import/writeQuestions';
import { question, REPO } from './helpers';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'import');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'interview-prep-import-'));

describe('CSV and TSV import', () => {
  it('reads a header row with synonyms, a BOM, ";" separators, quoted line breaks and "=" cells as text', () => {
    const result = readCsv(fixture('cards.csv'), 'cards.csv');
    assert.equal(result.items.length, 2);
    assert.deepEqual(result.skipped, ['cards.csv:row 4: no question text']);
    const [kv, sum] = result.items;
    assert.equal(kv.title, 'Why does a KV cache speed up decoding?');
    assert.equal(
      kv.answer,
      "Each new token attends to the keys and values of all earlier tokens.\nCaching them means only the new token's projections are computed per step.",
    );
    assert.equal(kv.topic, 'Inference');
    assert.deepEqual(kv.roles, ['AI Engineer', 'ML Engineer']);
    assert.equal(kv.difficulty, 'hard');
    assert.equal(kv.minutes, 15);
    assert.deepEqual(kv.tags, ['llm']);
    assert.deepEqual(kv.hints, ['Think about what repeats.', 'Count the matrix products per step.']);
    assert.equal(sum.prompt, 'What does =SUM(A1:A3) compute in a spreadsheet?');
    assert.equal(sum.answer, '=SUM(A1:A3) adds the three cells A1, A2 and A3.');
    assert.equal(sum.difficulty, 'easy');
  });

  it('reads Front/Back tab-separated columns and two bare comma-separated columns', () => {
    const tsv = readCsv(fixture('front-back.tsv'), 'front-back.tsv');
    assert.deepEqual(
      tsv.items.map((item) => [item.prompt, item.answer]),
      [
        ['What is overfitting?', 'A model that fits noise in the training data and generalises worse.'],
        ['Name two, regularisers', 'L2 weight decay\nand dropout'],
      ],
    );
    const bare = readCsv(fixture('bare.csv'), 'bare.csv');
    assert.deepEqual(
      bare.items.map((item) => [item.prompt, item.answer]),
      [
        ['What is a p-value?', 'The probability of data at least this extreme if the null hypothesis holds.'],
        ['What is recall?', 'TP / (TP + FN), the share of positives found.'],
      ],
    );
  });

  it('sniffs the separator outside quotes', () => {
    assert.equal(sniffSeparator('"a;b;c",d\n'), ',');
    assert.equal(sniffSeparator('a;b;c\n'), ';');
    assert.equal(sniffSeparator('\uFEFFa\tb\n'), '\t');
  });

  it('reads an unbalanced quote as text rather than failing', () => {
    const result = readCsv('question,answer\nWhy "this?,Because.\n', 'odd.csv');
    assert.deepEqual(
      result.items.map((item) => [item.prompt, item.answer]),
      [['Why "this?', 'Because.']],
    );
    assert.deepEqual(result.skipped, []);
  });
});

describe('Anki import', () => {
  it('reads the header lines, strips script and event handlers, and turns MathJax into bank math', () => {
    const result = readAnki(fixture('anki-notes.txt'), 'anki-notes.txt');
    assert.deepEqual(result.skipped, []);
    assert.equal(result.items.length, 2);
    const [softmax, norm] = result.items;
    assert.equal(softmax.prompt, 'What is **softmax**?');
    assert.equal(softmax.answer, 'It maps scores to probabilities: $p_i = e^{z_i} / \\sum_j e^{z_j}$\nOutputs sum to 1.');
    assert.deepEqual(softmax.roles, ['ML Engineer']);
    assert.equal(softmax.difficulty, 'easy');
    assert.deepEqual(softmax.tags, ['ml']);
    assert.equal(norm.prompt, 'Why use *layer norm*?');
    // The title is plain words: the emphasis stays in the prompt only.
    assert.deepEqual(
      result.items.map((item) => item.title),
      ['What is softmax?', 'Why use layer norm?'],
    );
    assert.equal(norm.topic, 'Transformers');
    assert.equal(norm.answer, 'It keeps activations on a stable scale\nper token.');
    for (const item of result.items) assert.doesNotMatch(`${item.prompt}${item.answer}`, /script|alert|onerror|<img/i);
  });

  it('reads a #deck line as the topic, notes whose text starts with "#", and deck and notetype columns as no field', () => {
    const result = readAnki('#separator:semicolon\n#html:false\n#deck:ML::Metrics\n#1 metric?;Accuracy\n', 'plain.txt');
    assert.deepEqual(
      result.items.map((item) => [item.prompt, item.answer, item.topic]),
      [['#1 metric?', 'Accuracy', 'Metrics']],
    );
    const columns = readAnki(
      '#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\nBasic\tNLP::Tokens\tWhat is BPE?\tByte-pair encoding.\tnlp\n',
      'cols.txt',
    );
    assert.deepEqual(
      columns.items.map((item) => [item.prompt, item.answer, item.topic, item.tags]),
      [['What is BPE?', 'Byte-pair encoding.', 'Tokens', ['nlp']]],
    );
  });

  it('drops script, style and unclosed script content, and keeps text of other tags', () => {
    assert.equal(htmlToMarkdown('a<script>x()</script>b<style>p{}</style>c'), 'abc');
    assert.equal(htmlToMarkdown('keep<script>never closed'), 'keep');
    assert.equal(htmlToMarkdown('<div>one</div><div>two &amp; <code>x&lt;y</code></div>'), 'one\ntwo & `x<y`');
  });

  it('reads 1 MB of hostile HTML and math in linear time', () => {
    const size = 1 << 20;
    for (const unit of ['<script></script>', '<script', '<!--', '\\(', '\\[', '<p<p', '$$']) {
      const text = unit.repeat(Math.ceil(size / unit.length));
      const started = performance.now();
      htmlToMarkdown(text);
      mathToAnki(text);
      assert.ok(performance.now() - started < 2000, `${unit} × ${text.length / unit.length} took ${Math.round(performance.now() - started)} ms`);
    }
    assert.equal(htmlToMarkdown('a<!-- hidden <b>x</b> -->b'), 'ab');
  });

  it('tells the formats apart', () => {
    assert.equal(importFormat('notes.txt', '#separator:tab\n'), 'anki');
    assert.equal(importFormat('notes.txt', 'a\tb\n'), 'anki');
    assert.equal(importFormat('cards.csv', 'a,b\n'), 'csv');
    assert.equal(importFormat('doc.md', '# Title\n'), 'markdown');
    assert.equal(importFormat('photo.png', ''), undefined);
    assert.equal(readImport('', 'photo.png').skipped.length, 1);
  });
});

describe('writing imported questions', () => {
  it('slugs titles into ids and moves headings below section level outside fences', () => {
    assert.equal(slugOf('Why does a KV cache speed up decoding?'), 'why-does-a-kv-cache-speed-up-decoding');
    assert.equal(slugOf('2024'), 'q-2024');
    assert.equal(slugOf('???'), 'question');
    assert.equal(demoteHeadings('## Answer\n```python\n# a comment\n```\n# Top'), '### Answer\n```python\n# a comment\n```\n### Top');
  });

  it('writes files that load with no problems, the same titles and answers, and never overwrites', async () => {
    const items: ImportedItem[] = [
      ...readCsv(fixture('cards.csv'), 'cards.csv').items,
      ...readCsv(fixture('front-back.tsv'), 'front-back.tsv').items,
      ...readAnki(fixture('anki-notes.txt'), 'anki-notes.txt').items,
      // A prompt with section headings and a title YAML would misread unquoted.
      {
        title: 'yes: "quoted" #not a comment',
        prompt: 'Explain:\n## Answer\nnot a section',
        answer: '',
        roles: [],
        tags: ['a b'],
        hints: [],
        evaluation: ['Says why'],
        followUps: [],
        origin: 'made:1',
      },
    ];
    const dir = tempDir();
    const kept = question({ id: 'kept-question' });
    writeFileSync(path.join(dir, 'why-does-a-kv-cache-speed-up-decoding.md'), kept);
    const report = writeQuestions(dir, items, { takenIds: new Set(['what-is-overfitting']) });
    assert.deepEqual(report.skipped, []);
    assert.equal(report.written.length, items.length);
    assert.equal(readFileSync(path.join(dir, 'why-does-a-kv-cache-speed-up-decoding.md'), 'utf8'), kept);
    assert.equal(new Set(report.written.map((file) => file.id)).size, items.length);
    assert.ok(!report.written.some((file) => file.id === 'what-is-overfitting'));
    const index = await loadBank([{ path: dir, kind: 'setting' }]);
    assert.deepEqual(index.problems(), []);
    assert.ok(index.question('kept-question'));
    for (const { id, item } of report.written) {
      const loaded = index.question(id);
      assert.ok(loaded, id);
      assert.equal(loaded.title, item.title);
      const detail = await loadDetail(loaded);
      assert.equal(detail.answer.trim(), item.answer.trim() || 'No model answer was given in the source.');
      if (item.difficulty) assert.equal(loaded.difficulty, item.difficulty);
      if (item.roles.length) assert.deepEqual(loaded.roles, item.roles);
    }
    const made = index.question(report.written[report.written.length - 1].id);
    assert.deepEqual(made?.evaluation, ['Says why']);
    assert.equal(readdirSync(dir).length, items.length + 1);
  });
});

describe('Anki export', () => {
  it('writes math in MathJax form and escapes HTML', () => {
    assert.equal(mathToAnki('costs \\$5, $x^2$ and\n$$\na+b\n$$'), 'costs $5, \\(x^2\\) and\n\\[a+b\\]');
    const text = ankiExport([{ prompt: 'Is <b> safe?', answer: 'No.', evaluation: [], roles: ['AI Engineer'], topic: 'Web safety', difficulty: 'easy' }]);
    assert.equal(text, '#separator:tab\n#html:true\n#tags column:3\nIs &lt;b&gt; safe?\tNo.\trole::AI_Engineer topic::Web_safety difficulty::easy\n');
  });

  it('round-trips: export then import gives the same prompts, answers, evaluation points, roles, topics and difficulties', () => {
    const cards = [
      {
        prompt: 'What does **dropout** do?\n\n```python\nif x < 1:\n    y = "a\tb"\n```',
        answer: 'It zeroes activations at random with probability $p$ & rescales.',
        evaluation: ['Mentions rescaling by $1/(1-p)$', 'Train vs eval'],
        roles: ['ML Engineer', 'AI Researcher'],
        topic: 'Regularisation',
        difficulty: 'medium',
      },
      {
        prompt: 'Softmax?',
        answer: 'Display:\n\n$$\np_i = e^{z_i} / \\sum_j e^{z_j}\n$$',
        evaluation: [],
        roles: ['AI Engineer'],
        topic: 'Transformers',
        difficulty: 'hard',
      },
    ];
    const back = readAnki(ankiExport(cards), 'export.txt');
    assert.deepEqual(back.skipped, []);
    assert.deepEqual(
      back.items.map((item) => [item.prompt, item.answer, item.evaluation, item.roles, item.topic, item.difficulty]),
      [
        [cards[0].prompt.replace('\t', '    '), cards[0].answer, cards[0].evaluation, cards[0].roles, cards[0].topic, cards[0].difficulty],
        [cards[1].prompt, cards[1].answer, [], cards[1].roles, cards[1].topic, cards[1].difficulty],
      ],
    );
  });
});

describe('reading the picked files and folders', () => {
  it('walks a folder (no links followed, no hidden folders), reads each format, and says what it skipped', async () => {
    const root = tempDir();
    const { copyFileSync, mkdirSync, symlinkSync } = await import('node:fs');
    mkdirSync(path.join(root, 'deck', '.hidden'), { recursive: true });
    copyFileSync(path.join(FIXTURES, 'bare.csv'), path.join(root, 'deck', 'bare.csv'));
    copyFileSync(path.join(FIXTURES, 'anki-notes.txt'), path.join(root, 'deck', 'anki-notes.txt'));
    copyFileSync(path.join(FIXTURES, 'bare.csv'), path.join(root, 'deck', '.hidden', 'bare.csv'));
    writeFileSync(path.join(root, 'deck', 'big.csv'), `q,a\n${'x,y\n'.repeat(300_000)}`);
    writeFileSync(path.join(root, 'deck', 'latin1.csv'), Buffer.from([0x71, 0x2c, 0x61, 0x0a, 0xe9, 0x2c, 0x62, 0x0a]));
    symlinkSync(path.join(FIXTURES, 'cards.csv'), path.join(root, 'deck', 'link.csv'));
    const result = await readImportPaths([path.join(root, 'deck')]);
    assert.deepEqual(
      result.items.map((item) => item.origin),
      ['anki-notes.txt:note 1', 'anki-notes.txt:note 2', 'bare.csv:row 1', 'bare.csv:row 2'],
    );
    assert.deepEqual(result.skipped, ['big.csv: larger than 1 MB, not imported', 'latin1.csv: not read: not UTF-8 text']);
    assert.equal(sourceName([path.join(root, 'deck')]), 'deck');
    assert.equal(sourceName([path.join(root, 'deck', 'bare.csv')]), 'bare');
  });
});

describe('importing a document of many questions', () => {
  it("gives the splitter's questions with their topics and difficulty, and the written files load clean", async () => {
    const text = readFileSync(path.join(REPO, 'test', 'fixtures', 'documents', 'heading-questions.md'), 'utf8');
    const result = readImport(text, 'heading-questions.md');
    assert.deepEqual(
      result.items.map((item) => [item.title, item.topic, item.difficulty, item.origin]),
      [
        ['How would you shard a vector index of two billion embeddings?', 'Indexing', 'hard', 'heading-questions.md:7'],
        ['Why does HNSW recall drop as the index grows?', 'Indexing', 'medium', 'heading-questions.md:24'],
        ['Flat or IVF?', 'Serving', undefined, 'heading-questions.md:39'],
        ['Re-embedding the corpus', 'Serving', undefined, 'heading-questions.md:48'],
      ],
    );
    const dir = tempDir();
    const report = writeQuestions(dir, result.items, { idPrefix: 'heading-questions' });
    assert.equal(report.written.length, 4);
    assert.ok(report.written.every((file) => file.id.startsWith('heading-questions-')));
    const index = await loadBank([{ path: dir, kind: 'setting' }]);
    assert.deepEqual(index.problems(), []);
    assert.deepEqual(
      index
        .questions()
        .map((question) => question.title)
        .sort(),
      result.items.map((item) => item.title).sort(),
    );
    for (const { id, item } of report.written)
      assert.equal((await loadDetail(index.question(id) ?? { file: '', evaluation: [] })).answer.trim(), item.answer.trim());
  });
});

describe('the kind of an imported question', () => {
  it('reads a kind column (kind, type) in the words people use, else concept', async () => {
    const csv =
      'question,answer,type\n"Reverse a linked list in place.","Walk it once, flipping each next pointer.",Coding\n"Design a URL shortener.","Hash, store, redirect.",system design\n"Tell me about a conflict.","STAR.",Behavioural\n"What is a p-value?","The chance of data this extreme under the null.",\n"What is bias?","Systematic error.",lecture\n';
    const result = readCsv(csv, 'kinds.csv');
    assert.deepEqual(
      result.items.map((item) => item.kind),
      ['coding', 'system-design', 'behavioral', undefined, undefined],
    );
    const dir = tempDir();
    const report = writeQuestions(dir, result.items, { idPrefix: 'kinds' });
    const index = await loadBank([{ path: dir, kind: 'setting' }]);
    assert.deepEqual(index.problems(), []);
    assert.deepEqual(
      report.written.map(({ id }) => index.question(id)?.kind),
      ['coding', 'system-design', 'behavioral', 'concept', 'concept'],
    );
  });

  it('reads kind:: tags and bare kind tags from Anki, and the export writes kind:: back for any kind but concept', () => {
    const notes =
      '#separator:tab\n#html:true\n#tags column:3\nReverse a string.\tSlice it.\tkind::coding\nDesign a cache.\tLRU.\tsystem-design\nWhat is recall?\tTP/(TP+FN).\tml\n';
    const result = readAnki(notes, 'notes.txt');
    assert.deepEqual(
      result.items.map((item) => [item.kind, item.tags]),
      [
        ['coding', []],
        ['system-design', ['system-design']],
        [undefined, ['ml']],
      ],
    );
    const text = ankiExport([
      { prompt: 'Reverse a string.', answer: 'Slice it.', evaluation: [], roles: ['Software Engineer'], topic: 'Strings', difficulty: 'easy', kind: 'coding' },
      { prompt: 'What is recall?', answer: 'TP/(TP+FN).', evaluation: [], roles: ['Data Scientist'], topic: 'Metrics', difficulty: 'easy', kind: 'concept' },
    ]);
    assert.match(text, /\trole::Software_Engineer topic::Strings difficulty::easy kind::coding\n/);
    assert.match(text, /\trole::Data_Scientist topic::Metrics difficulty::easy\n/);
    assert.deepEqual(
      readAnki(text, 'export.txt').items.map((item) => item.kind),
      ['coding', undefined],
    );
  });

  it("gives a document's questions the kind the loader gives them: coding challenges, design and behavioural questions", async () => {
    const text = readFileSync(path.join(REPO, 'test', 'fixtures', 'documents', 'mixed-sloppy.md'), 'utf8');
    const result = readImport(text, 'mixed-sloppy.md');
    assert.deepEqual(
      result.items.map((item) => [item.title, item.kind]).filter(([, kind]) => kind !== 'concept'),
      [
        ['Write a retry wrapper', 'coding'],
        ['Rate-limit an API client', 'coding'],
      ],
    );
    const dir = tempDir();
    const report = writeQuestions(dir, result.items, { idPrefix: 'mixed' });
    const index = await loadBank([{ path: dir, kind: 'setting' }]);
    assert.deepEqual(index.problems(), []);
    assert.deepEqual(
      report.written.map(({ id }) => index.question(id)?.kind),
      result.items.map((item) => item.kind),
    );
  });

  it('reads a coding prefix as coding, a "Problem" or "Task" prefix only when it asks for code, and design words before either', () => {
    const unit = (prefix: string | undefined, title: string, extra: { topic?: string; answer?: string } = {}) =>
      unitKind({ prefix, title, prompt: title, answer: extra.answer ?? '', topic: extra.topic });
    assert.equal(unit('challenge', 'Rate-limit an API client'), 'coding');
    assert.equal(unit('exercise', 'Merge two sorted lists'), 'coding');
    assert.equal(unit('coding problem', 'Two sum'), 'coding');
    assert.equal(unit('problem', 'Your model overfits: what do you try first?'), 'concept');
    assert.equal(unit('problem', 'Implement an LRU cache'), 'coding');
    assert.equal(unit('task', 'Deduplicate the rows', { answer: '```sql\nSELECT DISTINCT * FROM t;\n```' }), 'coding');
    assert.equal(unit('challenge', 'Design a rate limiter for a public API'), 'system-design');
    assert.equal(unit(undefined, 'Reverse a list', { topic: 'Live coding' }), 'coding');
    assert.equal(unit('challenge', 'A deadline you missed', { topic: 'Behavioral round' }), 'behavioral');
    assert.equal(unit('q', 'What is dropout?'), 'concept');
  });
});

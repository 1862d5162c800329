// Property-based tests (fast-check) for the document splitter: whatever the text, every line lands
// in exactly one unit or preamble range; ids are unique; and a question inserted among others
// leaves the others' ids alone. fast-check picks a fresh seed on every run; a failure reports the
// seed, the path and the shrunk counterexample, which `fc.check` replays given `seed` and `path`.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { splitDocument, unitIds, type DocumentLayout, type DocumentUnit, type SplitResult } from '../../src/bank/documents';

async function holds<Ts>(property: fc.IRawProperty<Ts>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, includeErrorInReport: true });
  if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
}

function assertPartition(result: SplitResult, text: string): void {
  const count = text.split(/\r?\n/).length;
  for (let index = 1; index < result.units.length; index++) assert.ok(result.units[index - 1].endLine <= result.units[index].startLine, 'units in order');
  for (let index = 1; index < result.preamble.length; index++)
    assert.ok(result.preamble[index - 1].endLine < result.preamble[index].startLine, 'preamble ranges disjoint and apart');
  const ranges = [...result.units, ...result.preamble].map((range) => [range.startLine, range.endLine]).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of ranges) {
    assert.equal(start, at, `a range starts at ${start}, expected ${at}`);
    assert.ok(end > start, `an empty range at ${start}`);
    at = end;
  }
  assert.equal(at, count, 'the ranges cover every line');
}

function assertSaneUnit(unit: DocumentUnit): void {
  assert.ok(unit.title.length > 0 && unit.title.length <= 100, `title of ${unit.title.length} characters`);
  assert.ok(!unit.title.includes('\n'), 'a title is one line');
  assert.equal(typeof unit.prompt, 'string');
  assert.equal(typeof unit.answer, 'string');
  assert.equal(typeof unit.key, 'string');
  for (const list of [unit.hints, unit.evaluation, unit.followUps]) assert.ok(Array.isArray(list));
}

// ---------------------------------------------------------------------------------------------
// Any text

/** Lines a question bank is made of, and lines made to trip a splitter up. */
const FRAGMENTS = [
  '',
  ' ',
  '#',
  '# Title',
  '## Section',
  '### Q1: What is a lock?',
  '### Question 2',
  '## Question',
  '## Answer',
  '#### Hints',
  '####### seven',
  '**What is a thread?**',
  '**x?**',
  '**Q3. Why?** 👶',
  '**Note**',
  '__Why so?__ (hard)',
  '**A:** Because.',
  'A: yes',
  'Q: What is a queue?',
  'Q:',
  '**Question**:',
  '1. What is a heap?',
  '2. Explain it.',
  '10) Describe a trie',
  '- item',
  '* item',
  '> quoted',
  '*italic answer*',
  '---',
  '***',
  '```',
  '```python',
  '~~~',
  '    code',
  '<!--',
  '-->',
  '<!-- one line -->',
  '<details>',
  '<details><summary>What is a cache?</summary>',
  '<summary>Answer</summary>',
  '</summary>',
  '</details>',
  '<details open>',
  'Difficulty: Hard',
  'Time: 20 minutes',
  '⏱️ 5 min',
  'Topic: Queues',
  'Role: ML Engineer',
  'Follow-up: And then?',
  'Hints:',
  'System Design',
  'Behavioral Questions',
  'Plain answer text.',
  '⭐⭐',
  '(easy)',
  '[Medium]',
  '🚀',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
];
const anyLine = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...FRAGMENTS)).map(([a, b]) => `${a}${b}`) },
);
const anyDocument = fc.tuple(fc.array(anyLine, { maxLength: 60 }), fc.constantFrom('\n', '\r\n')).map(([lines, eol]) => lines.join(eol));

describe('splitDocument properties: any text', () => {
  it('puts every line in exactly one unit or preamble range', async () => {
    await holds(
      fc.property(anyDocument, (text) => {
        const result = splitDocument(text);
        assertPartition(result, text);
        result.units.forEach(assertSaneUnit);
        // Units come only with two or more of them, and a reason only without any.
        assert.ok(result.units.length === 0 || result.units.length >= 2);
        assert.equal(result.reason === undefined, result.units.length > 0);
      }),
      400,
    );
  });

  it('gives unique ids to the units of any text', async () => {
    await holds(
      fc.property(anyDocument, fc.constantFrom('', 'f', 'bank-file'), (text, slug) => {
        const ids = unitIds(slug, splitDocument(text).units);
        assert.equal(new Set(ids).size, ids.length);
      }),
      200,
    );
  });

  it('gives unique ids to any keys, however they collide', async () => {
    // Keys like "x" and "x 2" whose slugs collide with the suffixes given to repeated keys.
    const key = fc.oneof(fc.constantFrom('x', 'x 2', 'x 3', 'x 2 2', '', '什么', 'é'), fc.string({ maxLength: 12 }));
    await holds(
      fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
        const ids = unitIds(
          'f',
          keys.map((value) => ({ key: value }) as DocumentUnit),
        );
        assert.equal(new Set(ids).size, ids.length);
        assert.ok(ids.every((id) => /^f-[a-z0-9-]+$/.test(id)));
      }),
      300,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Documents of known questions

const WORDS = ['cache', 'queue', 'shard', 'replica', 'index', 'token', 'vector', 'gradient', 'batch', 'kernel', 'socket', 'mutex', 'graph', 'tensor', 'schema'];
/** A question text, distinct from every other by its words. */
const questionWords = fc.uniqueArray(fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 3 }), {
  minLength: 3,
  maxLength: 9,
  selector: (words) => words.join(' '),
});
/** Answer lines that hold nothing that starts a question of any layout. */
const ANSWERS = [
  'Plain answer text.',
  'It depends on the load.',
  '- a bullet point',
  '- another point',
  'Some `code` here.',
  '```\n## Q9: inside a fence?\n**What is fenced?**\n1. What is hidden?\n```',
  '**Bold words** in a sentence.',
  '> A quoted line.',
];
const answer = fc.array(fc.constantFrom(...ANSWERS), { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n\n'));

const LAYOUTS: DocumentLayout[] = ['heading', 'bold', 'qa', 'numbered', 'details'];

function questionBlock(layout: DocumentLayout, number: number, question: string, body: string): string {
  switch (layout) {
    case 'heading':
      return `### Q${number}: ${question}\n\n${body}\n`;
    case 'bold':
      return `**${question}**\n\n${body}\n`;
    case 'qa':
      return `Q: ${question}\nA: The short answer.\n\n${body}\n`;
    case 'numbered':
      return `${number}. ${question}\n\n${body}\n`;
    case 'details':
      return `<details>\n<summary>${question}</summary>\n\n${body}\n</details>\n`;
  }
}

/** A document of these questions, numbered from 1 as an author numbers them, under optional section headings. */
function documentOf(layout: DocumentLayout, questions: Array<{ text: string; body: string }>, sectionEvery: number): string {
  const parts = ['# Practice questions', '', 'An introduction that holds no question.', ''];
  questions.forEach((question, index) => {
    if (sectionEvery > 0 && index % sectionEvery === 0) parts.push(`## Section ${index / sectionEvery + 1}`, '');
    parts.push(questionBlock(layout, index + 1, question.text, question.body));
  });
  return parts.join('\n');
}

const bank = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  words: questionWords,
  bodies: fc.array(answer, { minLength: 10, maxLength: 10 }),
  sectionEvery: fc.constantFrom(0, 2, 3),
  insertAt: fc.nat(),
});

describe('splitDocument properties: documents of known questions', () => {
  it('finds each question once, titled with its text', async () => {
    await holds(
      fc.property(bank, ({ layout, words, bodies, sectionEvery }) => {
        const questions = words.map((list, index) => ({ text: `What is the ${list.join(' ')}?`, body: bodies[index] }));
        const text = documentOf(layout, questions, sectionEvery);
        const result = splitDocument(text);
        assertPartition(result, text);
        assert.deepEqual(
          result.units.map((unit) => [unit.layout, unit.title]),
          questions.map((question) => [layout, question.text]),
        );
      }),
      300,
    );
  });

  it("keeps the other questions' ids when a question is inserted among them, numbering and all", async () => {
    await holds(
      fc.property(bank, ({ layout, words, bodies, sectionEvery, insertAt }) => {
        const [inserted, ...kept] = words;
        const questions = kept.map((list, index) => ({ text: `What is the ${list.join(' ')}?`, body: bodies[index] }));
        const at = insertAt % (questions.length + 1);
        const grown = [...questions.slice(0, at), { text: `What is the ${inserted.join(' ')}?`, body: bodies[9] }, ...questions.slice(at)];
        const before = splitDocument(documentOf(layout, questions, sectionEvery));
        const after = splitDocument(documentOf(layout, grown, sectionEvery));
        assert.equal(after.units.length, before.units.length + 1);
        const afterIds = unitIds('file', after.units);
        assert.deepEqual([...afterIds.slice(0, at), ...afterIds.slice(at + 1)], unitIds('file', before.units));
      }),
      300,
    );
  });
});

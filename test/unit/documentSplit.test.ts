// Issue 15 §1, §2, §5: documents that hold many questions, split into one unit per question.
// The fixtures under test/fixtures/documents/ are written for these tests, one per layout plus a
// mixed and sloppy one, a single-question file and two files that are not question banks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { boilerplateHeadings, flatten, keySlug, splitDocument, unitIds, type DocumentUnit, type SplitResult } from '../../src/bank/documents';
import { REPO } from './helpers';

const FIXTURES = path.join(REPO, 'test', 'fixtures', 'documents');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** The facts a reader sees in the tree, one row per unit. */
function rows(result: SplitResult): Array<[string, string, string | undefined, string | undefined]> {
  return result.units.map((unit) => [unit.layout, unit.title, unit.topic, unit.difficulty]);
}

function lines(unit: DocumentUnit): [number, number] {
  return [unit.startLine, unit.endLine];
}

/** Every line in exactly one unit or preamble range, in order. */
function assertPartition(result: SplitResult, text: string): void {
  const count = text.split(/\r?\n/).length;
  const ranges = [...result.units.map((unit) => ({ startLine: unit.startLine, endLine: unit.endLine })), ...result.preamble].sort(
    (a, b) => a.startLine - b.startLine,
  );
  let at = 0;
  for (const range of ranges) {
    assert.equal(range.startLine, at, `a range starts at ${range.startLine}, expected ${at}`);
    assert.ok(range.endLine > range.startLine, `an empty range at ${range.startLine}`);
    at = range.endLine;
  }
  assert.equal(at, count);
}

describe('splitDocument: one layout per fixture', () => {
  it('question headings: Q prefixes, bold, labels, hint and follow-up sub-sections, fences', () => {
    const text = fixture('heading-questions.md');
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.equal(result.reason, undefined);
    assert.deepEqual(rows(result), [
      ['heading', 'How would you shard a vector index of two billion embeddings?', 'Indexing', 'hard'],
      ['heading', 'Why does HNSW recall drop as the index grows?', 'Indexing', 'medium'],
      ['heading', 'Flat or IVF?', 'Serving', undefined],
      ['heading', 'Re-embedding the corpus', 'Serving', undefined],
    ]);
    assert.deepEqual(result.units.map(lines), [
      [6, 23],
      [23, 36],
      [38, 47],
      [47, 55],
    ]);
    // The title, "## Indexing" with its blank line, "## Serving", and "## Further reading" with its list.
    assert.deepEqual(result.preamble, [
      { startLine: 0, endLine: 6 },
      { startLine: 36, endLine: 38 },
      { startLine: 55, endLine: 59 },
    ]);
    const [shard, hnsw, flat, reembed] = result.units;
    assert.equal(shard.minutes, 20);
    assert.equal(shard.prompt, 'How would you shard a vector index of two billion embeddings?');
    assert.match(shard.answer, /^Work out the memory first: a 768-dimensional float32 vector takes 3,072 bytes/);
    assert.doesNotMatch(shard.answer, /\*\*A:\*\*|Difficulty|Hints|Follow-ups/);
    assert.deepEqual(shard.hints, ['How much memory does one 768-dimensional float32 vector take?', 'Think about what every query must touch.']);
    assert.deepEqual(shard.followUps, ['What changes when a tenth of the vectors are rewritten every day?']);
    assert.deepEqual(shard.evaluation, []);
    // The fence is copied into the answer, and its "## Q9:" line starts nothing.
    assert.match(hnsw.answer, /```python\n# Not a heading: this is inside a code fence\.\n## Q9: Nor is this a question\.\nindex\.hnsw\.efSearch = 128\n```$/);
    // A "question" label's paragraph is the prompt; the heading's own text is the title.
    assert.equal(
      flat.prompt,
      'Your team keeps 10 million vectors and answers 50 queries a second. Would you use a\nflat index or an IVF index, and what is the difference between them?',
    );
    assert.match(flat.answer, /^A flat index compares the query with every stored vector/);
    assert.doesNotMatch(flat.answer, /Expected Solution/);
    assert.equal(reembed.prompt, 'Re-embedding the corpus\n\nYou are switching to a new embedding model, and vectors from the two models cannot be compared.');
    assert.match(reembed.answer, /^Build the new index beside the old one/);
    assert.ok(result.units.every((unit) => unit.role === undefined));
  });

  it('bold question paragraphs with an emoji difficulty scale, topics from the section headings', () => {
    const text = fixture('bold-questions.md');
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(rows(result), [
      ['bold', 'What does dropout do at inference time?', 'Regularisation', 'easy'],
      ['bold', 'Why does weight decay shrink weights towards zero?', 'Regularisation', 'medium'],
      ['bold', 'How would you pick a learning rate for a new model?', 'Optimisation', 'medium'],
      ['bold', 'Explain why a very large batch can hurt generalisation', 'Optimisation', 'hard'],
    ]);
    assert.deepEqual(result.units.map(lines), [
      [6, 11],
      [11, 19],
      [21, 25],
      [25, 30],
    ]);
    // A bold line that is not a question ("**Note**") stays in the answer it belongs to.
    assert.match(result.units[1].answer, /\*\*Note\*\*\nAdam with an L2 penalty/);
    // The answer may start on the line right after the question.
    assert.match(result.units[2].answer, /^Run a short range test/);
  });

  it('Q/A labels, with answers after A: or in quoted and italic paragraphs', () => {
    const text = fixture('qa-labels.md');
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(rows(result), [
      ['qa', 'What is the difference between an inner join and a left join?', 'Joins', undefined],
      ['qa', 'When does a left join return more rows than the left table has?', 'Joins', undefined],
      ['qa', 'Why can an index on (a, b) serve a filter on a alone but not a filter on b alone?', 'Indexes', undefined],
      ['qa', 'How do you find duplicate emails in a users table?', 'Indexes', undefined],
    ]);
    const [inner, more, index, duplicates] = result.units;
    assert.match(inner.answer, /^An inner join keeps only rows/);
    assert.equal(more.answer, 'When a left row matches several right rows: each match produces its own output row.');
    assert.equal(
      index.answer,
      'A B-tree on (a, b) is sorted by a first and by b only within equal values of a. A filter on a\nselects one contiguous range; the rows for one value of b are scattered across every a.',
    );
    assert.equal(
      duplicates.answer,
      'Group by email and keep the groups with more than one row: `SELECT email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1`.',
    );
  });

  it('numbered questions pasted from a PDF: section labels, numbering restarting, lists inside answers', () => {
    const text = fixture('numbered-pdf.md');
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(rows(result), [
      ['numbered', 'Design a feature store for a fraud detection model. What must it guarantee?', 'System Design', undefined],
      ['numbered', 'How would you serve a model that must answer within 50 ms?', 'System Design', undefined],
      ['numbered', 'Tell me about a time you disagreed with a teammate about a technical decision.', 'Behavioral Questions', undefined],
      ['numbered', 'Describe a project that failed and what you changed afterwards.', 'Behavioral Questions', undefined],
    ]);
    // The two-line title block and "System Design"; the "Behavioral Questions" label line.
    assert.deepEqual(result.preamble, [
      { startLine: 0, endLine: 5 },
      { startLine: 22, endLine: 24 },
    ]);
    // "1. Write down …" and "2. Compute …" read like questions but number backwards: they are the answer's steps.
    assert.equal(
      result.units[1].answer,
      [
        'Start from the budget and spend it on purpose.',
        '',
        '1. Write down where the time goes: network, feature lookups, the model itself, post-processing.',
        '',
        '2. Compute the features that do not depend on the request ahead of time and cache them.',
        '',
        'Keep the model loaded and warm, and batch only as far as the budget allows.',
      ].join('\n'),
    );
  });

  it('collapsible blocks: HTML in the summary reduced to text, a nested hint block, the nearest heading as topic', () => {
    const text = fixture('details-blocks.md');
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(rows(result), [
      ['details', 'What does sys.getrefcount(x) return, and why is it one more than you expect?', 'Memory', undefined],
      ['details', "Why can't a list be a dictionary key?", 'Memory', undefined],
      ['details', 'How does the GIL affect a CPU-bound program that uses threads?', 'Concurrency', undefined],
    ]);
    assert.deepEqual(result.units.map(lines), [
      [4, 11],
      [12, 22],
      [25, 31],
    ]);
    const [refcount, listKey, gil] = result.units;
    assert.equal(refcount.prompt, 'What does `sys.getrefcount(x)` return, and why is it one more than you expect?');
    assert.equal(refcount.answer, 'The number of references to the object, counting the temporary one made by passing `x` to the\nfunction itself.');
    assert.deepEqual(listKey.hints, ["Think about what happens to a key's hash when the object changes."]);
    assert.doesNotMatch(listKey.answer, /details|summary|Hint/);
    assert.doesNotMatch(gil.answer, /<\/details>/);
  });

  it('a mixed, sloppy document: emoji headings, bold and labelled questions, challenges, PDF text and collapsible blocks', () => {
    const text = fixture('mixed-sloppy.md');
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(rows(result), [
      ['bold', 'What is the context window of a language model?', 'LLM Basics', 'easy'],
      ['bold', 'Why do language models hallucinate?', 'LLM Basics', 'medium'],
      ['qa', 'How does the sampling temperature change the output?', 'LLM Basics', undefined],
      ['heading', 'Write a retry wrapper', 'Questions for ML Engineers', 'medium'],
      ['heading', 'Rate-limit an API client', 'Questions for ML Engineers', 'hard'],
      ['numbered', 'Explain how you would evaluate a retrieval-augmented generation system.', 'RAG Systems', undefined],
      ['numbered', 'Why would you re-rank retrieved passages with a cross-encoder?', 'RAG Systems', undefined],
      ['details', 'Which costs less per token, a batch of 32 requests or a batch of 1?', 'Quick checks', 'medium'],
      ['details', 'What does a tokenizer do?', 'Quick checks', 'easy'],
    ]);
    // The document's title names a role for the whole; a section names another for its part.
    assert.deepEqual(
      result.units.map((unit) => unit.role),
      ['AI Engineer', 'AI Engineer', 'AI Engineer', 'ML Engineer', 'ML Engineer', 'AI Engineer', 'AI Engineer', 'AI Engineer', 'AI Engineer'],
    );
    const retry = result.units[3];
    assert.equal(retry.minutes, 15);
    assert.match(retry.prompt, /^Write a retry wrapper\n\nWrite `retry\(fn, attempts\)`/);
    // The fence's "### Challenge 99" is code, not a third challenge.
    assert.match(retry.prompt, /### Challenge 99: not a heading inside code/);
    assert.match(retry.answer, /^Loop `attempts` times/);
    assert.deepEqual(result.units[4].followUps, ['How would the limit work across several processes?']);
    assert.doesNotMatch(result.units[4].answer, /Follow-up|Solution/);
    assert.match(result.units[1].answer, /^They are trained to produce likely text/);
    assert.match(result.units[2].answer, /^The logits are divided by T before the softmax/);
  });
});

describe('splitDocument: documents it leaves to the single-question reader', () => {
  it('keeps a "Question"/"Answer" file as one question, with a reason', () => {
    const result = splitDocument(fixture('single-question.md'));
    assert.deepEqual(result.units, []);
    assert.equal(result.reason, 'one question only: a "Question" heading with its answer, the single-question layout');
    assert.deepEqual(result.preamble, [{ startLine: 0, endLine: 18 }]);
  });

  it('finds nothing in a licence and says why', () => {
    const result = splitDocument(fixture('not-a-bank-license.txt'));
    assert.deepEqual(result.units, []);
    assert.equal(result.reason, 'no question found: 0 headings, 4 paragraphs, none reads as a question');
  });

  it('does not split a README of links, whose one heading question is not a bank', () => {
    const result = splitDocument(fixture('not-a-bank-readme.md'));
    assert.deepEqual(result.units, []);
    assert.equal(result.reason, 'one question only: a question heading at line 15');
  });

  it('names the headings it saw when none reads as a question', () => {
    const result = splitDocument('# Notes\n\n## Setup\n\nInstall it.\n\n## Usage\n\nRun it.\n');
    assert.equal(result.reason, 'no question found: 3 headings, 2 paragraphs, none reads as a question');
    assert.equal(splitDocument('').reason, 'no question found: the document is empty');
    assert.equal(splitDocument('```\n## Q1: code?\n```\n').reason, 'no question found: the document holds only code and comments');
  });

  it('does not split when each layout holds only one question', () => {
    const result = splitDocument('## Q1: What is a mutex?\n\nA lock.\n\n## Notes\n\n**Why is this here?**\n\nNo reason.\n');
    assert.deepEqual(result.units, []);
    assert.equal(result.reason, 'no layout holds two questions: a question heading at line 1, a bold question at line 7');
  });

  it('drops a lone question of another layout beside many: an intro line that happens to be bold', () => {
    const text = '# FAQ\n\n**Why this list?**\n\nBecause.\n\n## Q1: What is a mutex?\nA lock.\n\n## Q2: What is a semaphore?\nA counter.\n';
    const result = splitDocument(text);
    assert.deepEqual(rows(result), [
      ['heading', 'What is a mutex?', undefined, undefined],
      ['heading', 'What is a semaphore?', undefined, undefined],
    ]);
    assert.deepEqual(result.preamble, [{ startLine: 0, endLine: 6 }]);
  });
});

describe('splitDocument: layouts in detail', () => {
  it('reads "Question N" and bare "Question"/"Answer" heading pairs repeated in one file', () => {
    const text =
      '## Question\nWhat is a deadlock?\n\n## Answer\nTwo threads each wait for a lock the other holds.\n\n## Question\nWhat is a livelock?\n\n## Answer\nThreads keep reacting to each other and make no progress.\n';
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(
      result.units.map((unit) => [unit.title, unit.prompt, unit.answer]),
      [
        ['What is a deadlock?', 'What is a deadlock?', 'Two threads each wait for a lock the other holds.'],
        ['What is a livelock?', 'What is a livelock?', 'Threads keep reacting to each other and make no progress.'],
      ],
    );
    const numbered = splitDocument('## Question 1\nWhat is TCP?\n\nA reliable stream.\n\n## Question 2\nWhat is UDP?\n\nDatagrams.\n');
    assert.deepEqual(
      numbered.units.map((unit) => [unit.title, unit.answer]),
      [
        ['What is TCP?', 'A reliable stream.'],
        ['What is UDP?', 'Datagrams.'],
      ],
    );
  });

  it('reads "Scenario N" headings whose question is the paragraph below, a role line, and a collapsed answer', () => {
    const text =
      '# ML\n\n## Scenario 1\n\nYour model drifts. What do you check?\n\nRole: Data Scientist\n\nCheck the inputs first.\n\n## Scenario 2\n\nLatency doubles overnight. Where do you look?\n\n<details><summary>Answer</summary>\n\nRecent deploys, then traffic mix.\n\n</details>\n\nThen the hardware.\n';
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(
      result.units.map((unit) => [unit.title, unit.prompt, unit.answer, unit.role]),
      [
        ['Your model drifts. What do you check?', 'Your model drifts. What do you check?', 'Check the inputs first.', 'Data Scientist'],
        [
          'Latency doubles overnight. Where do you look?',
          'Latency doubles overnight. Where do you look?',
          'Recent deploys, then traffic mix.\n\nThen the hardware.',
          undefined,
        ],
      ],
    );
  });

  it('takes headings that only start like questions when most of their siblings do', () => {
    const text =
      '# Systems\n\n## Explain the CAP theorem\nPick two of three under partition.\n\n## Describe two-phase commit\nPrepare, then commit.\n\n## How would you detect a split brain\nHeartbeats and fencing.\n';
    assert.deepEqual(
      splitDocument(text).units.map((unit) => unit.title),
      ['Explain the CAP theorem', 'Describe two-phase commit', 'How would you detect a split brain'],
    );
    // "How it works" and "What we offer" are phrases, not questions.
    assert.deepEqual(splitDocument('# Product\n\n## How it works\nMagic.\n\n## What we offer\nThings.\n').units, []);
  });

  it('reads difficulty and time from marks and labels', () => {
    const text = [
      '**What is a hash map?** (easy)',
      'Buckets.',
      '',
      '**What is a B-tree?** [Hard]',
      'A balanced tree.',
      '',
      '**What is a trie?**',
      'Difficulty: Medium',
      'Time: 20 minutes',
      'A prefix tree.',
      '',
      '**What is a skip list?** (Medium, 10 min)',
      'Layered lists.',
      '',
      '🚀 **What is a Bloom filter?**',
      'A probabilistic set.',
      '',
    ].join('\n');
    const result = splitDocument(text);
    assert.deepEqual(
      result.units.map((unit) => [unit.title, unit.difficulty, unit.minutes]),
      [
        ['What is a hash map?', 'easy', undefined],
        ['What is a B-tree?', 'hard', undefined],
        ['What is a trie?', 'medium', 20],
        ['What is a skip list?', 'medium', 10],
        ['What is a Bloom filter?', 'hard', undefined],
      ],
    );
    assert.equal(result.units[2].answer, 'A prefix tree.');
  });

  it('counts stars when the document counts them, and reads one star as the middle step beside 👶 and 🚀', () => {
    const counted = splitDocument('**What is a list?** ⭐\nA.\n\n**What is a heap?** ⭐⭐\nB.\n\n**What is a treap?** ⭐⭐⭐\nC.\n');
    assert.deepEqual(
      counted.units.map((unit) => unit.difficulty),
      ['easy', 'medium', 'hard'],
    );
    const scale = splitDocument('**What is a list?** 👶\nA.\n\n**What is a heap?** ⭐️\nB.\n\n**What is a treap?** 🚀\nC.\n');
    assert.deepEqual(
      scale.units.map((unit) => unit.difficulty),
      ['easy', 'medium', 'hard'],
    );
  });

  it('strips answer labels and maps hint, evaluation and follow-up labels', () => {
    const text = [
      '### Q1: Why use a message queue?',
      '**Hints:**',
      '- Think about bursts.',
      '',
      '**Expected Solution**: It decouples producers from consumers and absorbs bursts.',
      '',
      '**What interviewers look for:**',
      '- Back-pressure',
      '- Delivery guarantees',
      '',
      '**Follow-up questions:**',
      '- At-least-once or exactly-once?',
      '',
      '### Q2: Why use a cache?',
      'Answer: To serve repeated reads without recomputing them.',
    ].join('\n');
    const [queue, cache] = splitDocument(text).units;
    assert.equal(queue.answer, 'It decouples producers from consumers and absorbs bursts.');
    assert.deepEqual(queue.hints, ['Think about bursts.']);
    assert.deepEqual(queue.evaluation, ['Back-pressure', 'Delivery guarantees']);
    assert.deepEqual(queue.followUps, ['At-least-once or exactly-once?']);
    assert.equal(cache.answer, 'To serve repeated reads without recomputing them.');
  });

  it('keeps an ordinary numbered list inside an answer, and never splits a tight list', () => {
    const tight = '1. What is a process?\n2. What is a thread?\n3. What is a fiber?\n';
    assert.deepEqual(splitDocument(tight).units, []);
    const text = [
      '1. What is a process?',
      '',
      'A running program with its own memory.',
      '',
      '2. What is a thread?',
      '',
      'Steps:',
      '1. Explain what it shares.',
      '2. Explain what it owns.',
      '',
      '3. Which is cheaper to create?',
      '',
      'A thread.',
    ].join('\n');
    const result = splitDocument(text);
    assert.deepEqual(
      result.units.map((unit) => unit.title),
      ['What is a process?', 'What is a thread?', 'Which is cheaper to create?'],
    );
    assert.equal(result.units[1].answer, 'Steps:\n1. Explain what it shares.\n2. Explain what it owns.');
    // Items that do not read as questions are a list, whatever their spacing.
    assert.deepEqual(splitDocument('1. Install Python.\n\n2. Clone the repo.\n\n3. Run the tests.\n').units, []);
  });

  it('ends a bold question at a heading, but keeps a "Hints" sub-heading inside it', () => {
    const text =
      '## Caching\n\n**What is a write-through cache?**\nWrites go to the cache and the store together.\n\n#### Hints\n- Think about consistency.\n\n**What is a write-back cache?**\nWrites go to the cache first.\n\n## Links\n- [x](y)\n';
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(
      result.units.map((unit) => [unit.title, unit.hints]),
      [
        ['What is a write-through cache?', ['Think about consistency.']],
        ['What is a write-back cache?', []],
      ],
    );
    assert.deepEqual(result.preamble, [
      { startLine: 0, endLine: 2 },
      { startLine: 11, endLine: 14 },
    ]);
  });

  it('maps a collapsed "Answer" block after a bold question into its answer', () => {
    const text =
      '**What is idempotency?**\n\n<details><summary>Answer</summary>\n\nDoing it twice has the same effect as once.\n\n</details>\n\n**What is a nonce?**\n<details>\n<summary>Show answer</summary>\nA number used once.\n</details>\n';
    const result = splitDocument(text);
    assert.deepEqual(
      result.units.map((unit) => [unit.layout, unit.title, unit.answer]),
      [
        ['bold', 'What is idempotency?', 'Doing it twice has the same effect as once.'],
        ['bold', 'What is a nonce?', 'A number used once.'],
      ],
    );
  });

  it('drops single emphasis from a title, but not a product or a snake_case name', () => {
    assert.equal(flatten('Why use *layer norm* (or _RMSNorm_)?'), 'Why use layer norm (or RMSNorm)?');
    assert.equal(flatten('Is 2*3*4 the same as snake_case_name * 2?'), 'Is 2*3*4 the same as snake_case_name * 2?');
  });

  it('cuts long titles at a word boundary, at most 100 characters', () => {
    const long = `How would you design ${'a very large and very reliable '.repeat(6)}system?`;
    const result = splitDocument(`**${long}**\nAnswer one.\n\n**What is short?**\nAnswer two.\n`);
    const title = result.units[0].title;
    assert.ok(title.length <= 100, `${title.length} characters`);
    assert.ok(title.endsWith('…'));
    assert.ok(long.startsWith(title.slice(0, -1)));
    assert.equal(long[title.length - 1], ' ', 'cut where a word ends');
    assert.equal(result.units[0].prompt, long);
  });

  it("does not count a key's numbering, marks or emphasis as part of its identity", () => {
    const a = splitDocument('**Q1. What is a mutex?** (easy)\nA.\n\n**Q2. What is a semaphore?**\nB.\n').units;
    const b = splitDocument('### 🔥 Question 7: What is a *mutex*? [hard]\nA.\n\n### Question 8: What is a semaphore?\nB.\n').units;
    assert.deepEqual(
      a.map((unit) => unit.key),
      ['what is a mutex', 'what is a semaphore'],
    );
    assert.deepEqual(
      b.map((unit) => unit.key),
      ['what is a mutex', 'what is a semaphore'],
    );
  });

  it('handles Windows line ends like Unix ones', () => {
    const unix = fixture('qa-labels.md');
    const windows = splitDocument(unix.replace(/\n/g, '\r\n'));
    assert.deepEqual(windows.units, splitDocument(unix).units);
  });
});

describe('unitIds', () => {
  const units = (...keys: string[]) => keys.map((key) => ({ key }) as DocumentUnit);

  it('joins the file slug and the key slug, numbering collisions', () => {
    assert.deepEqual(unitIds('ml-basics', units('what is dropout', 'what is dropout', 'why batch norm', 'what is dropout')), [
      'ml-basics-what-is-dropout',
      'ml-basics-what-is-dropout-2',
      'ml-basics-why-batch-norm',
      'ml-basics-what-is-dropout-3',
    ]);
  });

  it('keeps slugs to 60 characters, cut between words', () => {
    const key = 'how would you design a globally replicated key value store with tunable consistency';
    const slug = keySlug(key);
    assert.ok(slug.length <= 60);
    assert.equal(slug, 'how-would-you-design-a-globally-replicated-key-value-store');
    assert.equal(unitIds('f', units(key))[0], `f-${slug}`);
  });

  it('gives a question without Latin letters a stable hash, distinct per question', () => {
    const ids = unitIds('f', units('什么是注意力机制', '什么是梯度下降'));
    assert.match(ids[0], /^f-q-[0-9a-f]{8}$/);
    assert.notEqual(ids[0], ids[1]);
    assert.deepEqual(unitIds('f', units('什么是注意力机制')), [ids[0]]);
  });

  it('keeps the ids of a real document when a question is inserted before the others', () => {
    const text = fixture('bold-questions.md');
    const before = splitDocument(text);
    const inserted = splitDocument(text.replace('## Regularisation\n', '## Regularisation\n\n**What is label smoothing?** 👶\nSoft targets.\n'));
    assert.equal(inserted.units.length, before.units.length + 1);
    assert.deepEqual(unitIds('dl', inserted.units).slice(1), unitIds('dl', before.units));
  });
});

describe('boilerplateHeadings', () => {
  it('finds headings that open three files of one folder, or name only a role or "Interview Questions"', () => {
    const headings = new Map<string, string | undefined>([
      ['bank/ml/a.md', 'ML Interview Question'],
      ['bank/ml/b.md', 'ML Interview Question'],
      ['bank/ml/c.md', 'ml interview question'],
      ['bank/ml/d.md', 'Gradient clipping'],
      ['bank/ml/e.md', undefined],
      ['bank/ai/a.md', 'AI Engineer'],
      ['bank/ai/b.md', '**Interview Questions**'],
      ['bank/ai/c.md', 'Data Scientist – Interview Questions'],
      ['bank/ai/d.md', 'Attention heads'],
      ['bank/ai/e.md', 'Attention heads'],
      ['bank/other/a.md', 'Attention heads'],
    ]);
    assert.deepEqual([...boilerplateHeadings(headings)].sort(), [
      '**Interview Questions**',
      'AI Engineer',
      'Data Scientist – Interview Questions',
      'ML Interview Question',
      'ml interview question',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// §5: hostile and large input. Each must finish and give sane output; node:test's timeout guards a hang.

const LIMIT = { timeout: 10_000 };
const MEGABYTE = 1024 * 1024;

describe('splitDocument: hostile and large input', () => {
  it('splits a 1 MB document of 10,000 questions', LIMIT, () => {
    const parts: string[] = [];
    for (let index = 1; index <= 10_000; index++) parts.push(`### Q${index}: What is item ${index}?\n${'An answer of some length. '.repeat(3)}\n`);
    const text = parts.join('\n');
    assert.ok(text.length > 0.9 * MEGABYTE && text.length < 1.2 * MEGABYTE, `${text.length} characters`);
    const result = splitDocument(text);
    assert.equal(result.units.length, 10_000);
    assert.equal(result.units[9_999].title, 'What is item 10000?');
    assert.equal(new Set(unitIds('big', result.units)).size, 10_000);
  });

  it('reads a megabyte of "**x?**" lines as that many questions', LIMIT, () => {
    const count = Math.floor(MEGABYTE / 7);
    const text = '**x?**\n'.repeat(count);
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.equal(result.units.length, count);
    const ids = unitIds('x', result.units);
    assert.equal(new Set(ids).size, count);
    assert.equal(ids[count - 1], `x-x-${count}`);
  });

  it('survives an unclosed <details>', LIMIT, () => {
    const text =
      '## A\n\n<details><summary>What is a race?</summary>\n\nTwo writers, no order.\n\n<details><summary>What is a lock?</summary>\nOne writer at a time.\n</details>\n\n## B\nText.\n';
    const result = splitDocument(text);
    assertPartition(result, text);
    assert.deepEqual(
      result.units.map((unit) => [unit.title, unit.answer]),
      [
        ['What is a race?', 'Two writers, no order.'],
        ['What is a lock?', 'One writer at a time.'],
      ],
    );
  });

  it('survives 10,000 nested <details>, closed and unclosed', LIMIT, () => {
    const closed = `${'<details><summary>What is level n?</summary>\n'.repeat(10_000)}${'</details>\n'.repeat(10_000)}`;
    const closedResult = splitDocument(closed);
    assertPartition(closedResult, closed);
    // One outer block holds all the others: one question, so no split.
    assert.equal(closedResult.units.length, 0);
    assert.match(closedResult.reason ?? '', /^one question only/);
    const unclosed = '<details><summary>What is level n?</summary>\n'.repeat(10_000);
    const unclosedResult = splitDocument(unclosed);
    assertPartition(unclosedResult, unclosed);
    assert.equal(unclosedResult.units.length, 10_000);
  });

  it('survives a numbered list 5,000 items long, tight and loose', LIMIT, () => {
    const tight = Array.from({ length: 5_000 }, (_, index) => `${index + 1}. What is step ${index + 1}?`).join('\n');
    assert.equal(splitDocument(tight).units.length, 0);
    const loose = Array.from({ length: 5_000 }, (_, index) => `${index + 1}. What is step ${index + 1}?\n\nThis.`).join('\n\n');
    const result = splitDocument(loose);
    assertPartition(result, loose);
    assert.equal(result.units.length, 5_000);
  });

  it('survives 10,000 headings in a row, nested and flat', LIMIT, () => {
    const nested = Array.from({ length: 10_000 }, (_, index) => `${'#'.repeat((index % 6) + 1)} Section ${index}`).join('\n');
    const nestedResult = splitDocument(nested);
    assertPartition(nestedResult, nested);
    assert.equal(nestedResult.units.length, 0);
    const questions = Array.from({ length: 10_000 }, (_, index) => `${'#'.repeat((index % 6) + 1)} Why ${index}?`).join('\n');
    const questionsResult = splitDocument(questions);
    assertPartition(questionsResult, questions);
    // Each "# Why …?" holds the deeper ones after it: one question per level-1 heading.
    assert.equal(questionsResult.units.length, Math.ceil(10_000 / 6));
    const deep = '#'.repeat(10_000) + ' too deep\n'.repeat(2);
    assertPartition(splitDocument(deep), deep);
  });

  it('survives megabyte lines of the characters its patterns look for', LIMIT, () => {
    const long = MEGABYTE / 4;
    const texts = [
      `**${' '.repeat(long)}x`,
      `Q${' '.repeat(long)}:`,
      `## Q1:${' '.repeat(long)}?\nA.\n## Q2: ${'*'.repeat(long)}?\nB.\n`,
      `${'<'.repeat(long)}details`,
      `<details><summary>${'<b>'.repeat(long / 3)}</summary>\n`,
      `1. ${'( '.repeat(long / 2)}easy)`,
      `**What${' ('.repeat(long / 2)}?**`,
      `${'['.repeat(long)}](${'x'.repeat(10)}`,
      `Difficulty:${' '.repeat(long)}hard`,
      `**A:**${'**'.repeat(long / 2)}`,
      `${'\u2B50'.repeat(long / 2)}`,
      `**x?** ${'\u23F1'.repeat(long / 2)} 5 min`,
      `${'> '.repeat(long / 2)}\n`,
      `${'`'.repeat(long)}`,
      `${'#'.repeat(long)} x`,
    ];
    for (const text of texts) {
      const result = splitDocument(text);
      assertPartition(result, text);
    }
    assert.deepEqual(
      splitDocument(texts[2]).units.map((unit) => unit.layout),
      ['heading', 'heading'],
    );
  });
});

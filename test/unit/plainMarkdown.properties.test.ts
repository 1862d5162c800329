// Property-based tests (fast-check) for plain markdown banks, read without front matter.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DIFFICULTIES, KINDS, KNOWN_ROLES } from '../../src/bank/model';
import { namesOnlyRole } from '../../src/bank/documents';
import { extractPlain, importPlainQuestion } from '../../src/bank/plainMarkdown';
import { anyText, eol, holds } from './propertyHelpers';

// ---------------------------------------------------------------------------------------------
// 2. Plain markdown banks

const ROLE_FOLDERS = fc
  .tuple(fc.constantFrom(...KNOWN_ROLES), fc.constantFrom('_', '-', ' '), fc.constantFrom('lower', 'as-is', 'upper'), fc.constantFrom('', '03_', '1-'))
  .map(([role, separator, letterCase, prefix]) => {
    const words = role.split(' ').join(separator);
    return { role, folder: prefix + (letterCase === 'lower' ? words.toLowerCase() : letterCase === 'upper' ? words.toUpperCase() : words) };
  });
/** Words that no importer pattern looks for (question, answer, topic, rubric, …). */
const word = fc.oneof(
  fc.constantFrom(
    'cache',
    'vector',
    'latency',
    'gradient',
    'shard',
    'token',
    'embedding',
    'queue',
    'batch',
    'index',
    'replica',
    'drift',
    'bias',
    'lock',
    'retry',
  ),
  fc.stringMatching(/^[bcdfgjkmnpvwxz]{2,8}$/),
);
const phrase = (maxWords: number) => fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));

const markdownLine = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 7 }),
      fc.constantFrom(' ', '  ', '\t'),
      fc.oneof(
        fc.constantFrom(
          '****',
          '__',
          '** **',
          '__ __',
          '#',
          'Question',
          'Question: what is a cache and why?',
          'Q1: x',
          'Answer',
          'Model answer',
          'Topic: caching',
          'Topic:',
          'Topic: ****',
          '1. Question',
          'Hints',
          'Follow-ups',
          'Rubric',
          'What this question tests',
          'Evaluation',
          'The question',
        ),
        phrase(4),
        anyText(20),
      ),
    )
    .map(([level, space, text]) => `${'#'.repeat(level)}${space}${text}`),
  fc.constantFrom(
    '> quoted prompt',
    '>',
    '```',
    '~~~',
    '```python',
    '**Topic:** retrieval',
    'Topic: ****',
    '__Topic__: __',
    '**Difficulty:** hard',
    'Level: easy',
    'Time: 12 min',
    'Duration: 0 minutes',
    'Time limit: 999 minutes',
    '- item',
    '* item',
    '1. item',
    '   continued',
    '---',
    '***',
    '',
    '   ',
    'Tell me about a time you failed.',
    'Design a cache.',
  ),
  phrase(6),
  anyText(40),
);
const markdownText = fc.oneof(
  anyText(300),
  fc.tuple(fc.array(markdownLine, { maxLength: 20 }), eol).map(([lines, newline]) => lines.join(newline)),
);
const bankFile = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom('AI_Engineer', 'ml-engineer', '__', '-', '01_', '.', 'é', 'a b'), fc.stringMatching(/^[\w .-]{1,10}$/)), {
      maxLength: 3,
    }),
    fc.oneof(fc.constantFrom('__', '-', 'q', 'README', '.hidden', 'a--b'), fc.stringMatching(/^[\w .-]{1,12}$/)),
  )
  .map(([folders, name]) => path.join('/bank', ...folders, `${name}.md`));

describe('properties: plain markdown import', () => {
  it('arbitrary text never makes the importer throw, and what it imports has a title, topic, role and prompt', async () => {
    await holds(
      fc.property(markdownText, bankFile, fc.integer({ min: 1, max: 240 }), (text, file, minutes) => {
        const extract = extractPlain(text);
        for (const name of ['title', 'topic', 'prompt', 'answer'] as const)
          if (extract[name] !== undefined) assert.notEqual(extract[name].trim(), '', `${name} of ${JSON.stringify(text)}`);
        const question = importPlainQuestion(file, '/bank', text, minutes);
        if (!question) return;
        assert.ok(extract.prompt, 'a question needs a prompt');
        assert.notEqual(question.title.trim(), '', `title of ${file}: ${JSON.stringify(text)}`);
        assert.notEqual(question.topic.trim(), '', `topic of ${file}: ${JSON.stringify(text)}`);
        assert.equal(question.roles.length, 1);
        assert.notEqual(question.roles[0].trim(), '', `role of ${file}`);
        assert.match(question.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        assert.ok(question.id.length <= 120);
        assert.ok(KINDS.includes(question.kind) && DIFFICULTIES.includes(question.difficulty));
        assert.equal(question.time, (extract.minutes ?? minutes) * 60);
        assert.ok(question.time >= 60 && question.time <= 240 * 60);
        assert.deepEqual(question.evaluation, extract.evaluation);
        for (const field of ['topic', 'difficulty'] as const) assert.equal(question.inferred.includes(field), extract[field] === undefined, field);
        // A heading that names only a role or "Interview Question" gives way to the question's words, which are a guess.
        const headingTitle = extract.title !== undefined && !namesOnlyRole(extract.title);
        assert.equal(question.inferred.includes('title'), !headingTitle, 'title');
        if (headingTitle) assert.equal(question.title, extract.title);
      }),
      300,
    );
  });

  it('a generated plain question is read back: title, topic, prompt, answer, lists, difficulty, time and role', async () => {
    const plain = fc.record({
      title: phrase(4),
      boldTitle: fc.boolean(),
      topic: fc.option(fc.record({ text: phrase(3), form: fc.constantFrom('heading', 'bold line', 'line') })),
      prompt: fc.array(phrase(8), { minLength: 1, maxLength: 3 }),
      quoted: fc.boolean(),
      difficulty: fc.option(fc.constantFrom(...DIFFICULTIES)),
      minutes: fc.option(fc.integer({ min: 1, max: 240 })),
      answer: fc.array(phrase(8), { minLength: 1, maxLength: 3 }),
      hints: fc.array(phrase(4), { maxLength: 3 }),
      evaluation: fc.array(phrase(4), { maxLength: 3 }),
      evaluationHeading: fc.constantFrom('What this question tests', 'Evaluation', 'Rubric', 'Key points'),
      followUps: fc.array(phrase(4), { maxLength: 3 }),
      role: ROLE_FOLDERS,
      subFolder: fc.option(fc.stringMatching(/^[a-z]{2,8}(?:[-_][a-z]{2,8})?$/)),
      name: fc.stringMatching(/^[a-z]{1,8}(?:[-_][a-z]{1,8})?$/),
      newline: eol,
    });
    await holds(
      fc.property(plain, (doc) => {
        const lines = [doc.boldTitle ? `# **${doc.title}**` : `# ${doc.title}`, ''];
        if (doc.topic)
          lines.push(
            doc.topic.form === 'heading'
              ? `## Topic: ${doc.topic.text}`
              : doc.topic.form === 'bold line'
                ? `**Topic:** ${doc.topic.text}`
                : `Topic: ${doc.topic.text}`,
            '',
          );
        lines.push('## Question', ...doc.prompt.map((line) => (doc.quoted ? `> ${line}` : line)), '');
        if (doc.difficulty) lines.push(`**Difficulty:** ${doc.difficulty}`);
        if (doc.minutes) lines.push(`**Time allocated:** ${doc.minutes} minutes`);
        lines.push('', '## Answer', ...doc.answer, '');
        if (doc.hints.length > 0) lines.push('## Hints', ...doc.hints.map((hint) => `- ${hint}`), '');
        if (doc.evaluation.length > 0) lines.push(`## ${doc.evaluationHeading}`, ...doc.evaluation.map((item) => `- ${item}`), '');
        if (doc.followUps.length > 0) lines.push('## Follow-ups', ...doc.followUps.map((item) => `* ${item}`), '');
        const text = lines.join(doc.newline);

        const expected: ReturnType<typeof extractPlain> = {
          title: doc.title,
          prompt: doc.prompt.join('\n'),
          answer: doc.answer.join('\n'),
          hints: doc.hints,
          evaluation: doc.evaluation,
          followUps: doc.followUps,
        };
        if (doc.topic) expected.topic = doc.topic.text;
        if (doc.difficulty) expected.difficulty = doc.difficulty;
        if (doc.minutes) expected.minutes = doc.minutes;
        assert.deepEqual(extractPlain(text), expected, text);

        const file = path.join('/bank', doc.role.folder, ...(doc.subFolder ? [doc.subFolder] : []), `${doc.name}.md`);
        const question = importPlainQuestion(file, '/bank', text, 10);
        assert.ok(question, text);
        assert.deepEqual(question.roles, [doc.role.role]);
        assert.equal(question.title, doc.title);
        assert.equal(question.topic, doc.topic?.text ?? (doc.subFolder ? question.topic : doc.title));
        assert.equal(question.difficulty, doc.difficulty ?? 'medium');
        assert.equal(question.time, (doc.minutes ?? 10) * 60);
        assert.deepEqual(question.evaluation, doc.evaluation);
        assert.deepEqual(
          question.inferred.filter((field) => ['title', 'topic', 'difficulty', 'time'].includes(field)),
          [...(doc.topic ? [] : ['topic']), ...(doc.difficulty ? [] : ['difficulty']), ...(doc.minutes ? [] : ['time'])],
        );
      }),
      200,
    );
  });

  it('regression: a heading of bare emphasis, or a folder or file name of only dashes, gives no blank title, topic or role', () => {
    const extract = extractPlain('# ****\n\n## Topic:\n\n## Question\nWhat is a cache?\n\n## Answer\nA store.\n');
    assert.equal(extract.title, undefined);
    assert.equal(extract.topic, undefined);
    const question = importPlainQuestion('/bank/__/--/__.md', '/bank', '# ****\n\n## Question\nWhat is a cache?\n\n## Answer\nA store.\n', 10);
    assert.ok(question);
    assert.deepEqual([question.title, question.topic, question.roles], ['question', 'question', ['General']]);
    assert.ok(question.inferred.includes('title') && question.inferred.includes('topic'));
  });
});

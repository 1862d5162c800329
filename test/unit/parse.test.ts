import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_PROBLEMS_PER_FILE, parseQuestionText } from '../../src/bank/parse';
import { listItems, splitSections } from '../../src/bank/sections';
import { formatClock, parseTime } from '../../src/bank/time';
import { question } from './helpers';

describe('parseTime', () => {
  it('reads whole minutes and mm:ss', () => {
    assert.deepEqual(parseTime(10), { seconds: 600 });
    assert.deepEqual(parseTime('1:30'), { seconds: 90 });
    assert.deepEqual(parseTime('45'), { seconds: 2700 });
  });
  it('reads the text as written when YAML turned 1:30 into 90', () => {
    assert.deepEqual(parseTime(90, '1:30'), { seconds: 90 });
  });
  it('rejects zero, fractions, too long and junk', () => {
    for (const value of [0, 2.5, 241, '1:75', 'soon', -3, null]) assert.ok('error' in parseTime(value), String(value));
  });
  it('formats clocks, with overtime marked', () => {
    assert.equal(formatClock(90_000), '1:30');
    assert.equal(formatClock(59_001), '1:00');
    assert.equal(formatClock(0), '0:00');
    assert.equal(formatClock(-61_000), '+1:01');
  });
});

describe('splitSections', () => {
  it('splits the prompt from the sections and keeps file line numbers', () => {
    const body = splitSections('\nThe prompt.\n\n## Hints\n- a\n- b\n\n## Answer\nText\n```md\n## not a heading\n```\n', 10);
    assert.equal(body.prompt, 'The prompt.');
    assert.equal(body.promptLine, 11);
    assert.deepEqual(
      body.sections.map((section) => [section.heading, section.line]),
      [
        ['Hints', 13],
        ['Answer', 17],
      ],
    );
    assert.match(body.sections[1].text, /## not a heading/);
  });
  it('reads list items, joining continuation lines', () => {
    assert.deepEqual(listItems('- one\n  more\n* two\n1. three\nplain'), ['one more', 'two', 'three']);
  });
});

describe('parseQuestionText', () => {
  it('accepts a valid question', () => {
    const parsed = parseQuestionText('/bank/q.md', question({ time: '"1:30"', tags: '[a, b]' }));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.fields?.id, 'sample-question');
    assert.equal(parsed.fields?.time, 90);
    assert.deepEqual(parsed.fields?.tags, ['a', 'b']);
  });
  it('treats an unquoted 1:30 as ninety seconds, not ninety minutes', () => {
    assert.equal(parseQuestionText('/bank/q.md', question({ time: '1:30' })).fields?.time, 90);
  });
  it('asks for quotes where YAML would read an id or an exercise as a number (007 is 7)', () => {
    const parsed = parseQuestionText('/bank/q.md', question({ id: '007', exercise: '007' }));
    assert.equal(parsed.fields, undefined);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.line, problem.code, problem.message]),
      [
        [2, 'bad-type', '"id" must be text: YAML reads it as the number 7; put the id in quotes'],
        [9, 'bad-type', '"exercise" must be text: YAML reads it as the number 7; put the id in quotes'],
      ],
    );
    assert.equal(parseQuestionText('/bank/q.md', question({ id: '"007"' })).fields?.id, '007');
  });
  it('reports a bad enum at the value, with a suggestion', () => {
    const parsed = parseQuestionText('/bank/q.md', question({ kind: 'Concept' }));
    assert.equal(parsed.fields, undefined);
    assert.equal(parsed.problems.length, 1);
    const [problem] = parsed.problems;
    assert.deepEqual([problem.line, problem.column, problem.severity, problem.code], [6, 7, 'error', 'enum-case']);
    assert.match(problem.message, /did you mean "concept"/);
  });
  it('warns about unknown keys at the key', () => {
    const parsed = parseQuestionText('/bank/q.md', question({ dificulty: 'easy' }));
    const warning = parsed.problems.find((problem) => problem.code === 'unknown-key');
    assert.ok(warning);
    assert.equal(warning.severity, 'warning');
    assert.equal(warning.line, 9);
    assert.match(warning.message, /did you mean "difficulty"/);
  });
  it('reports YAML syntax errors with a position inside the front matter', () => {
    const parsed = parseQuestionText('/bank/q.md', '---\nid: x\nroles: [a\ntitle: t\n---\nbody\n');
    assert.equal(parsed.problems.length, 1);
    assert.equal(parsed.problems[0].code, 'yaml');
    assert.ok(parsed.problems[0].line >= 3 && parsed.problems[0].line <= 5, String(parsed.problems[0].line));
  });
  it('refuses custom YAML tags such as !!js/function', () => {
    const parsed = parseQuestionText('/bank/q.md', '---\nid: x\ntitle: !!js/function "function () { return 1 }"\n---\nbody\n');
    assert.equal(parsed.problems[0]?.code, 'yaml');
  });
  it('requires the prompt and the answer', () => {
    const parsed = parseQuestionText('/bank/q.md', question({}, '## Hints\n- a\n'));
    assert.deepEqual(parsed.problems.map((problem) => problem.code).sort(), ['missing-answer', 'missing-prompt']);
  });
  it('reports missing keys and an unclosed front matter', () => {
    const missing = parseQuestionText('/bank/q.md', question({ topic: '', time: '' }));
    assert.deepEqual(missing.problems.map((problem) => problem.message).sort(), ['missing required key "time"', 'missing required key "topic"']);
    const unclosed = parseQuestionText('/bank/q.md', '---\nid: x\n');
    assert.equal(unclosed.problems[0].code, 'unclosed-front-matter');
  });
  it('warns about unknown sections and role spellings', () => {
    const parsed = parseQuestionText('/bank/q.md', question({ roles: '[ai engineer]' }, 'Prompt\n\n## Answers\nx\n\n## Answer\ny\n'));
    assert.deepEqual(parsed.problems.map((problem) => problem.code).sort(), ['role-spelling', 'unknown-section']);
    assert.ok(parsed.fields, 'warnings do not reject the question');
  });
  it('returns no front matter for plain markdown', () => {
    assert.equal(parseQuestionText('/bank/q.md', '# Title\n\nText').noFrontMatter, true);
  });
});

describe('the new-question template', () => {
  it('is a valid question as written', async () => {
    const { questionTemplate } = await import('../../src/bank/template');
    const parsed = parseQuestionText('/bank/new.md', questionTemplate('my-new-question', 'My new question'));
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.fields?.id, 'my-new-question');
  });
});

describe('problems per file', () => {
  it('lists at most a hundred, and counts the rest in the last one', () => {
    const keys = Array.from({ length: 500 }, (_, index) => `unknown_key_${index}: 1`);
    const text = [
      '---',
      'id: many-problems',
      'title: Many problems',
      'roles: [AI Engineer]',
      'topic: T',
      'kind: concept',
      'difficulty: easy',
      'time: 2',
      ...keys,
      '---',
      '',
      'Q?',
      '',
      '## Answer',
      'A.',
      '',
    ].join('\n');
    const { problems } = parseQuestionText('/bank/many.md', text);
    assert.equal(problems.length, MAX_PROBLEMS_PER_FILE);
    const last = problems[problems.length - 1];
    assert.equal(last.code, 'too-many-problems');
    assert.match(last.message, /^401 more problems in this file are not listed/);
    assert.equal(last.line, 9 + 99, 'it points at the first problem it does not list');
  });
});

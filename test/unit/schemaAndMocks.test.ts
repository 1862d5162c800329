import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadBank } from '../../src/bank/bankLoader';
import { matchesFilter, parseMock, totalMinutes } from '../../src/bank/mock';
import { DIFFICULTIES, KINDS, KNOWN_ROLES, LANGUAGES } from '../../src/bank/model';
import { ALL_KEYS, REQUIRED_KEYS } from '../../src/bank/validate';
import { BUILTIN_BANK, REPO } from './helpers';

describe('the JSON Schema agrees with the validator', () => {
  const schema = JSON.parse(readFileSync(path.join(REPO, 'schemas', 'question.schema.json'), 'utf8'));
  it('has the same keys, required keys and enums', () => {
    assert.deepEqual(Object.keys(schema.properties).sort(), [...ALL_KEYS].sort());
    assert.deepEqual([...schema.required].sort(), [...REQUIRED_KEYS].sort());
    assert.deepEqual(schema.properties.kind.enum, [...KINDS]);
    assert.deepEqual(schema.properties.difficulty.enum, [...DIFFICULTIES]);
    assert.deepEqual(schema.properties.languages.items.enum, [...LANGUAGES]);
    assert.deepEqual(schema.properties.roles.oneOf[1].items.examples, [...KNOWN_ROLES]);
  });
});

describe('mock interviews', () => {
  const file = path.join(BUILTIN_BANK, 'mocks', 'three-hour.json');
  it('the built-in three-hour mock follows the documented format', () => {
    const { mock, problems } = parseMock(file, readFileSync(file, 'utf8'));
    assert.deepEqual(problems, []);
    assert.ok(mock);
    assert.deepEqual(
      mock.sections.map((section) => [section.title, section.minutes]),
      [
        ['Fundamentals', 45],
        ['Break', 10],
        ['System design', 60],
        ['Break', 10],
        ['Coding', 45],
        ['Break', 10],
        ['Behavioral and case studies', 30],
      ],
    );
    assert.equal(totalMinutes(mock), 210);
    assert.deepEqual(
      mock.sections[0].blocks.map((block) => [block.minutes, block.count]),
      [
        [15, 5],
        [15, 5],
        [15, 5],
      ],
    );
  });

  it('every block of the built-in mock finds enough questions in the built-in bank', async () => {
    const { mock } = parseMock(file, readFileSync(file, 'utf8'));
    const questions = (await loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }])).questions();
    for (const block of mock!.sections.flatMap((section) => section.blocks)) {
      const found = questions.filter((question) => matchesFilter(question, block.filter)).length;
      assert.ok(found >= block.count, `block "${block.title}" matches ${found} questions, needs ${block.count}`);
    }
  });

  it('reports a section whose blocks do not add up, with its line', () => {
    const text =
      '{\n  "id": "short",\n  "title": "Short",\n  "sections": [\n    { "title": "Round", "minutes": 20, "blocks": [ { "title": "Only", "minutes": 15, "count": 1, "filter": { "kind": ["quiz"] } } ] }\n  ]\n}';
    const { mock, problems } = parseMock('/m.json', text);
    assert.equal(mock, undefined);
    assert.deepEqual(
      problems.map((problem) => [problem.line, problem.message]),
      [
        [5, 'block "Only": unknown filter "kind"; filters are roles, topics, kinds, difficulties, tags'],
        [5, 'section "Round" lasts 20 minutes but its blocks add up to 15'],
      ],
    );
  });

  it('rejects broken JSON and breaks that hold questions', () => {
    assert.match(parseMock('/m.json', '{ nope').problems[0].message, /not valid JSON/);
    const withBreak = JSON.stringify({
      id: 'b',
      title: 'B',
      sections: [{ title: 'Pause', minutes: 5, break: true, blocks: [{ title: 'x', minutes: 5, count: 1, filter: {} }] }],
    });
    assert.match(parseMock('/m.json', withBreak).problems[0].message, /is a break/);
  });
});

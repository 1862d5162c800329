import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Question } from '../../src/bank/model';
import { applyFilter, countLabel, describeFilter, groupQuestions, isFilterActive } from '../../src/tree/grouping';

const q = (id: string, fields: Partial<Question> = {}): Question => ({
  id,
  title: id,
  roles: ['AI Engineer'],
  topic: 'RAG',
  kind: 'concept',
  difficulty: 'medium',
  time: 300,
  tags: [],
  evaluation: [],
  file: `/b/${id}.md`,
  bank: '/b',
  ...fields,
});

const questions = [
  q('a', { roles: ['AI Engineer', 'ML Engineer'], difficulty: 'hard', tags: ['retrieval'] }),
  q('b', { topic: 'Latency', difficulty: 'easy' }),
  q('c', { roles: ['Data Scientist'], topic: 'A/B testing', kind: 'quiz', title: 'Proxy metrics' }),
];

describe('tree grouping', () => {
  it('groups by role then topic, listing a multi-role question under each role', () => {
    const grouped = groupQuestions(questions, 'role', () => 'new');
    assert.deepEqual([...grouped.groups.keys()], ['AI Engineer', 'Data Scientist', 'ML Engineer']);
    assert.deepEqual([...grouped.groups.get('AI Engineer')!.keys()], ['Latency', 'RAG']);
    assert.deepEqual(
      grouped.groups
        .get('ML Engineer')!
        .get('RAG')!
        .map((question) => question.id),
      ['a'],
    );
  });
  it('orders difficulty and status groups by meaning, not alphabet', () => {
    assert.deepEqual([...groupQuestions(questions, 'difficulty', () => 'new').groups.keys()], ['easy', 'medium', 'hard']);
    const status = groupQuestions(questions, 'status', (question) => (question.id === 'a' ? 'due' : question.id === 'b' ? 'mastered' : 'new'));
    assert.deepEqual([...status.groups.keys()], ['due', 'new', 'mastered']);
  });
  it('groups by topic in a single level', () => {
    const grouped = groupQuestions(questions, 'topic', () => 'new');
    assert.deepEqual([...grouped.groups.keys()], ['A/B testing', 'Latency', 'RAG']);
    assert.deepEqual([...grouped.groups.get('RAG')!.keys()], ['']);
  });
  it('filters by every word of the text and by facets', () => {
    assert.deepEqual(
      applyFilter(questions, { text: 'proxy testing' }).map((question) => question.id),
      ['c'],
    );
    assert.deepEqual(
      applyFilter(questions, { text: 'retrieval' }).map((question) => question.id),
      ['a'],
    );
    assert.deepEqual(
      applyFilter(questions, { roles: ['AI Engineer'], difficulties: ['easy'] }).map((question) => question.id),
      ['b'],
    );
    assert.deepEqual(
      applyFilter(questions, { kinds: ['quiz', 'pitch'] }).map((question) => question.id),
      ['c'],
    );
    assert.equal(applyFilter(questions, {}).length, 3);
  });
  it('describes the filter and counts due questions', () => {
    assert.equal(isFilterActive({ text: '  ' }), false);
    assert.equal(describeFilter({}), undefined);
    assert.equal(describeFilter({ text: 'rag', difficulties: ['hard'], roles: ['AI Engineer'] }), '"rag" · AI Engineer · hard');
    assert.equal(
      countLabel(questions, () => 'new'),
      '3',
    );
    assert.equal(
      countLabel(questions, (question) => (question.id === 'c' ? 'due' : 'new')),
      '3 · 1 due',
    );
  });
});

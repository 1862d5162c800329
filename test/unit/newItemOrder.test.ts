import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Difficulty, Question } from '../../src/bank/model';
import { isBehavioral, isExercisePrompt, newItemOrder, TECHNICAL_SHARE } from '../../src/progress/newItemOrder';

function question(id: string, fields: Partial<Question> = {}): Question {
  return {
    id,
    title: id,
    roles: ['ML Engineer'],
    topic: 'ML algorithms',
    kind: 'concept',
    difficulty: 'easy',
    time: 600,
    tags: [],
    evaluation: [],
    file: `/bank/${id}.md`,
    bank: '/bank',
    ...fields,
  };
}
const technical = (id: string, fields: Partial<Question> = {}) => question(id, fields);
const behavioral = (id: string, fields: Partial<Question> = {}) => question(id, { kind: 'behavioral', topic: 'Behavioral (STAR)', ...fields });
const exercise = (id: string, fields: Partial<Question> = {}) =>
  question(id, { kind: 'coding', topic: 'Data structures and algorithms', exercise: id, ...fields });

const ids = (questions: readonly Question[]) => questions.map((item) => item.id);
const rank: Record<Difficulty, number> = { easy: 0, medium: 1, hard: 2 };

describe('new item order: sides', () => {
  it('tells behavioral from technical practice by the Communication and leadership area', () => {
    assert.equal(isBehavioral(behavioral('star')), true);
    assert.equal(isBehavioral(question('pitch', { kind: 'pitch' })), true);
    assert.equal(isBehavioral(question('pay', { topic: 'Career and negotiation' })), true);
    assert.equal(isBehavioral(technical('algo')), false);
    assert.equal(isBehavioral(question('design', { kind: 'system-design' })), false);
  });

  it('tells an exercise prompt by its exercise being its own id', () => {
    assert.equal(isExercisePrompt(exercise('lru')), true);
    assert.equal(isExercisePrompt(technical('about-lru', { exercise: 'lru' })), false);
    assert.equal(isExercisePrompt(technical('plain')), false);
  });

  it('lists every item once', () => {
    assert.deepEqual(ids(newItemOrder([technical('a'), exercise('lru'), technical('a'), behavioral('b')])).sort(), ['a', 'b', 'lru']);
  });
});

describe('new item order: balance', () => {
  const questions = [
    ...Array.from({ length: 10 }, (_, i) => technical(`t${i}`, { topic: `Topic ${i % 5}` })),
    ...Array.from({ length: 10 }, (_, i) => behavioral(`b${i}`)),
  ];

  it('gives behavioral items about 40% of the allotted minutes while both sides have items', () => {
    assert.equal(TECHNICAL_SHARE, 0.6);
    const order = newItemOrder(questions);
    const lastTechnical = order.map((item) => isBehavioral(item)).lastIndexOf(false);
    let behavioralSoFar = 0;
    order.slice(0, lastTechnical + 1).forEach((item, index) => {
      if (isBehavioral(item)) behavioralSoFar++;
      // All items take ten minutes here, so counts stand for minutes.
      assert.ok(behavioralSoFar <= (1 - TECHNICAL_SHARE) * (index + 1) + 1e-9, `after ${index + 1} items, ${behavioralSoFar} behavioral`);
    });
    assert.equal(ids(order.slice(0, 10)).filter((id) => id.startsWith('b')).length, 4, 'the first 100 minutes: 40 behavioral');
    assert.equal(order.length, 20);
    assert.ok(order.slice(lastTechnical + 1).every(isBehavioral), 'then the behavioral items left');
  });

  it('gives the other side what one side cannot use', () => {
    const fewBehavioral = [...questions.filter((item) => item.id.startsWith('t')), behavioral('b0')];
    assert.deepEqual(
      ids(newItemOrder(fewBehavioral)).filter((id) => id.startsWith('b')),
      ['b0'],
    );
    assert.equal(newItemOrder(fewBehavioral).length, 11, 'the technical items fill the rest');
    assert.deepEqual(ids(newItemOrder([behavioral('b0'), behavioral('b1')])), ['b0', 'b1'], 'with no technical items, behavioral ones still come');
  });

  it('covers every topic before taking a second question from any', () => {
    const order = newItemOrder(questions.filter((item) => item.id.startsWith('t')));
    assert.deepEqual(
      order.slice(0, 5).map((item) => item.topic),
      ['Topic 0', 'Topic 1', 'Topic 2', 'Topic 3', 'Topic 4'],
    );
  });

  it('brings easier items first within a topic, on each side', () => {
    const mixed = [
      technical('t-hard', { difficulty: 'hard' }),
      technical('t-easy', { difficulty: 'easy' }),
      technical('t-medium', { difficulty: 'medium' }),
      behavioral('b-hard', { difficulty: 'hard' }),
      behavioral('b-easy', { difficulty: 'easy' }),
      behavioral('b-medium', { difficulty: 'medium' }),
    ];
    const order = newItemOrder(mixed);
    for (const side of [isBehavioral, (item: Question) => !isBehavioral(item)]) {
      const ranks = order.filter(side).map((item) => rank[item.difficulty]);
      assert.deepEqual(ranks, [0, 1, 2]);
    }
  });

  it('is deterministic, whatever the order of the bank', () => {
    assert.deepEqual(ids(newItemOrder([...questions].reverse())), ids(newItemOrder(questions)));
  });
});

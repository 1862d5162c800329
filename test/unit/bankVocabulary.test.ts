// The built-in bank's controlled vocabulary (issue #19 §3): every topic and tag a question uses is
// listed in questions/vocabulary.json, every listed topic holds enough questions to be worth a
// group in the tree, and nothing listed is left unused.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { BankIndex } from '../../src/bank/bankIndex';
import { loadBank } from '../../src/bank/bankLoader';
import type { Question } from '../../src/bank/model';
import { BUILTIN_BANK } from './helpers';

interface Vocabulary {
  topics: { name: string; description: string }[];
  tags: string[];
}

const MIN_QUESTIONS_PER_TOPIC = 3;
const MIN_TAGS = 2;
const MAX_TAGS = 6;
const TAG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function readVocabulary(): Vocabulary {
  const data: unknown = JSON.parse(readFileSync(path.join(BUILTIN_BANK, 'vocabulary.json'), 'utf8'));
  assert.ok(typeof data === 'object' && data !== null, 'vocabulary.json holds an object');
  const { topics, tags } = data as Partial<Vocabulary>;
  assert.ok(
    Array.isArray(topics) && topics.every((topic) => typeof topic?.name === 'string' && typeof topic.description === 'string'),
    'vocabulary.json: "topics" is a list of { name, description }',
  );
  assert.ok(Array.isArray(tags) && tags.every((tag) => typeof tag === 'string'), 'vocabulary.json: "tags" is a list of strings');
  return { topics, tags };
}

let loaded: Promise<BankIndex> | undefined;
const bank = (): Promise<BankIndex> => (loaded ??= loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]));
const vocabulary = readVocabulary();
const topics = new Set(vocabulary.topics.map((topic) => topic.name));
const tags = new Set(vocabulary.tags);
const where = (question: Question): string => path.relative(BUILTIN_BANK, question.file);

function duplicates(values: string[]): string[] {
  return values.filter((value, at) => values.indexOf(value) !== at);
}

describe('the built-in bank vocabulary', () => {
  it('lists each topic and each tag once, tags in one lowercase-hyphenated spelling', () => {
    assert.deepEqual(duplicates(vocabulary.topics.map((topic) => topic.name)), [], 'topics listed twice');
    assert.deepEqual(duplicates(vocabulary.tags), [], 'tags listed twice');
    assert.deepEqual(
      vocabulary.tags.filter((tag) => !TAG.test(tag)),
      [],
      'tags that are not lowercase-hyphenated',
    );
    assert.deepEqual(
      vocabulary.topics.filter((topic) => topic.description.trim() === '').map((topic) => topic.name),
      [],
      'topics without a description',
    );
  });

  it('gives every question a listed topic', async () => {
    const unlisted = (await bank()).questions().filter((question) => !topics.has(question.topic));
    assert.deepEqual(
      unlisted.map((question) => `${where(question)}: topic "${question.topic}" is not in vocabulary.json`),
      [],
    );
  });

  it('gives every question only listed tags', async () => {
    const unlisted = (await bank())
      .questions()
      .flatMap((question) => question.tags.filter((tag) => !tags.has(tag)).map((tag) => `${where(question)}: tag "${tag}" is not in vocabulary.json`));
    assert.deepEqual(unlisted, []);
  });

  it(`gives every question ${MIN_TAGS} to ${MAX_TAGS} distinct tags`, async () => {
    const wrong = (await bank())
      .questions()
      .filter((question) => question.tags.length < MIN_TAGS || question.tags.length > MAX_TAGS || new Set(question.tags).size !== question.tags.length);
    assert.deepEqual(
      wrong.map((question) => `${where(question)}: tags [${question.tags.join(', ')}]`),
      [],
    );
  });

  it(`has at least ${MIN_QUESTIONS_PER_TOPIC} questions in every listed topic`, async () => {
    const counts = new Map<string, number>();
    for (const question of (await bank()).questions()) counts.set(question.topic, (counts.get(question.topic) ?? 0) + 1);
    const short = [...topics].filter((topic) => (counts.get(topic) ?? 0) < MIN_QUESTIONS_PER_TOPIC);
    assert.deepEqual(
      short.map((topic) => `topic "${topic}" has ${counts.get(topic) ?? 0} question(s)`),
      [],
    );
  });

  it('leaves no listed topic or tag unused', async () => {
    const questions = (await bank()).questions();
    const usedTopics = new Set(questions.map((question) => question.topic));
    const usedTags = new Set(questions.flatMap((question) => question.tags));
    assert.deepEqual(
      [...topics].filter((topic) => !usedTopics.has(topic)).map((topic) => `topic "${topic}" is listed but unused`),
      [],
    );
    assert.deepEqual(
      [...tags].filter((tag) => !usedTags.has(tag)).map((tag) => `tag "${tag}" is listed but unused`),
      [],
    );
  });
});

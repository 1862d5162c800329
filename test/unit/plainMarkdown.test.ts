import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadBank } from '../../src/bank/bankLoader';
import { detailFromText } from '../../src/bank/detail';
import { extractPlain, importPlainQuestion, roleFromFolder, wordsFromFolder } from '../../src/bank/plainMarkdown';
import { tempBank } from './helpers';

const RAG_FILE = `# Topic: Retrieval-augmented generation

## Question
> Retrieval looks fine, yet answers are wrong. How do you debug it?

**Difficulty:** Hard
**Time allocated:** 12 minutes

## Answer
Check whether the retrieved passages actually contain the answer, then look at how the prompt
assembles them, then at the generator.

## What this question tests
- Separating retrieval quality from generation quality
- A systematic debugging order
`;

describe('plain markdown banks', () => {
  it('turns folder names into roles and words', () => {
    assert.equal(roleFromFolder('AI_Engineer'), 'AI Engineer');
    assert.equal(roleFromFolder('ml-engineer'), 'ML Engineer');
    assert.equal(roleFromFolder('03_data_scientist'), 'Data Scientist');
    assert.equal(roleFromFolder('mlops-engineer'), 'MLOps Engineer');
    assert.equal(roleFromFolder('prompt_engineer'), 'Prompt Engineer');
    assert.equal(wordsFromFolder('llm-systems'), 'LLM Systems');
  });

  it('reads topic, prompt, answer, evaluation, difficulty and time from headings', () => {
    const extract = extractPlain(RAG_FILE);
    assert.equal(extract.topic, 'Retrieval-augmented generation');
    assert.equal(extract.prompt, 'Retrieval looks fine, yet answers are wrong. How do you debug it?');
    assert.match(extract.answer ?? '', /^Check whether/);
    assert.deepEqual(extract.evaluation, ['Separating retrieval quality from generation quality', 'A systematic debugging order']);
    assert.equal(extract.difficulty, 'hard');
    assert.equal(extract.minutes, 12);
  });

  it('falls back to the first paragraph for the prompt and marks guesses as inferred', () => {
    const question = importPlainQuestion(
      '/bank/Data_Scientist/ab-tests.md',
      '/bank',
      '# A/B test gone wrong\n\nThe proxy metric rose but revenue did not. Why?\n\n## Answer\nNovelty, proxy drift, or a mix shift.\n',
      10,
    );
    assert.ok(question);
    assert.equal(question.title, 'A/B test gone wrong');
    assert.deepEqual(question.roles, ['Data Scientist']);
    assert.equal(question.kind, 'concept');
    assert.equal(question.time, 600);
    assert.equal(question.id, 'data-scientist-ab-tests');
    assert.ok(question.inferred.includes('roles') && question.inferred.includes('difficulty') && question.inferred.includes('topic'));
    assert.ok(!question.inferred.includes('title'));
  });

  it('skips files that are plainly not questions', () => {
    assert.equal(importPlainQuestion('/bank/AI_Engineer/notes.md', '/bank', '# Study notes\n\nRead chapter 3 again.\n', 10), undefined);
    assert.equal(importPlainQuestion('/bank/AI_Engineer/links.md', '/bank', '- [a](b)\n', 10), undefined);
  });

  it('loads a bank of role folders with the right roles and topics, skipping the README', async () => {
    const root = tempBank({
      'README.md': '# My interview questions\n\nAn index of everything.\n',
      'AI_Engineer/rag-debugging.md': RAG_FILE,
      'AI_Engineer/behavioral.md': '# Conflict\n\n## Question\nTell me about a time you disagreed with a teammate.\n\n## Answer\nUse STAR.\n',
      'ml-engineer/compression/quantisation.md':
        '## Question: How does int8 quantisation shrink a model?\n\n## Answer\nIt stores weights in 8 bits with a scale.\n',
    });
    const index = await loadBank([{ path: root, kind: 'setting' }]);
    assert.deepEqual(index.problems(), []);
    const byId = new Map(index.questions().map((question) => [question.id, question]));
    assert.deepEqual([...byId.keys()].sort(), ['ai-engineer-behavioral', 'ai-engineer-rag-debugging', 'ml-engineer-compression-quantisation']);
    assert.deepEqual(byId.get('ai-engineer-rag-debugging')?.roles, ['AI Engineer']);
    assert.equal(byId.get('ai-engineer-rag-debugging')?.topic, 'Retrieval-augmented generation');
    assert.equal(byId.get('ai-engineer-behavioral')?.kind, 'behavioral');
    assert.deepEqual(byId.get('ml-engineer-compression-quantisation')?.roles, ['ML Engineer']);
    assert.equal(byId.get('ml-engineer-compression-quantisation')?.topic, 'Compression');
    const detail = detailFromText(byId.get('ai-engineer-rag-debugging')!, RAG_FILE);
    assert.match(detail.prompt, /Retrieval looks fine/);
    assert.match(detail.answer, /^Check whether/);
    assert.equal(path.basename(byId.get('ai-engineer-rag-debugging')!.file), 'rag-debugging.md');
  });
});

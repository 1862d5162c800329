import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadBank } from '../../src/bank/bankLoader';
import { isBankFile } from '../../src/bank/bankPaths';
import { question, tempBank } from './helpers';

describe('loadBank', () => {
  it('loads questions and skips a broken file, reporting it with a position', async () => {
    const root = tempBank({
      'ai/good.md': question({ id: 'good-one' }),
      'ai/broken.md': question({ id: 'broken-one', difficulty: 'impossible' }),
      'README.md': '# Not a question',
    });
    const index = await loadBank([{ path: root, kind: 'setting' }]);
    assert.deepEqual(
      index.questions().map((q) => q.id),
      ['good-one'],
    );
    const problems = index.problems();
    assert.equal(problems.length, 1);
    assert.equal(problems[0].file, path.join(root, 'ai', 'broken.md'));
    assert.equal(problems[0].line, 7);
  });

  it('lets the earlier source win a clashing id and reports the hidden file', async () => {
    const mine = tempBank({ 'q.md': question({ id: 'shared-id', title: 'Mine' }) });
    const builtin = tempBank({ 'q.md': question({ id: 'shared-id', title: 'Built-in' }) });
    const index = await loadBank([
      { path: mine, kind: 'workspace' },
      { path: builtin, kind: 'builtin' },
    ]);
    assert.equal(index.question('shared-id')?.title, 'Mine');
    const [clash] = index.problems();
    assert.equal(clash.code, 'duplicate-id');
    assert.equal(clash.severity, 'warning');
    assert.equal(clash.file, path.join(builtin, 'q.md'));
  });

  it('reports a duplicate id inside one bank as an error', async () => {
    const root = tempBank({ 'a.md': question({ id: 'twice' }), 'b.md': question({ id: 'twice' }) });
    const index = await loadBank([{ path: root, kind: 'setting' }]);
    assert.equal(index.questions().length, 1);
    assert.equal(index.problems()[0].severity, 'error');
  });

  it('refuses binary, non-UTF-8 and oversized files with a message', async () => {
    const root = tempBank({
      'binary.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01, 0x02]),
      'latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0xff, 0x0a]),
      'huge.md': `---\n${'x'.repeat(1024 * 1024 + 10)}`,
    });
    const index = await loadBank([{ path: root, kind: 'setting' }]);
    assert.deepEqual(
      index
        .problems()
        .map((problem) => problem.code)
        .sort(),
      ['binary', 'not-utf8', 'too-large'],
    );
  });

  it("loads exercises and checks that a question's exercise exists", async () => {
    const root = tempBank({
      'exercises/two-sum/exercise.md': question({ id: 'two-sum', kind: 'coding', languages: '[python]' }),
      'exercises/two-sum/python/notes.md': 'ignored',
      'uses.md': question({ id: 'uses-it', kind: 'coding', exercise: 'two-sum' }),
      'dangling.md': question({ id: 'dangling', kind: 'coding', exercise: 'no-such-exercise' }),
    });
    const index = await loadBank([{ path: root, kind: 'setting' }]);
    assert.deepEqual(index.exercise('two-sum'), { id: 'two-sum', dir: path.join(root, 'exercises', 'two-sum'), languages: ['python'] });
    assert.equal(index.question('two-sum')?.exercise, 'two-sum');
    assert.deepEqual(
      index.problems().map((problem) => problem.code),
      ['missing-exercise'],
    );
  });

  it('updates one file without reloading the others', async () => {
    const root = tempBank({ 'a.md': question({ id: 'a-question' }) });
    const index = await loadBank([{ path: root, kind: 'setting' }]);
    const { parseEntry } = await import('../../src/bank/fileEntry');
    index.set(parseEntry(path.join(root, 'b.md'), root, Buffer.from(question({ id: 'b-question' }))));
    assert.deepEqual(
      index
        .questions()
        .map((q) => q.id)
        .sort(),
      ['a-question', 'b-question'],
    );
    index.delete(path.join(root, 'a.md'));
    assert.deepEqual(
      index.questions().map((q) => q.id),
      ['b-question'],
    );
  });

  it('knows which markdown files are bank files', () => {
    assert.equal(isBankFile('/b/x/q.md', '/b'), true);
    assert.equal(isBankFile('/b/README.md', '/b'), false);
    assert.equal(isBankFile('/b/exercises/e/exercise.md', '/b'), true);
    assert.equal(isBankFile('/b/exercises/e/python/notes.md', '/b'), false);
    assert.equal(isBankFile('/elsewhere/q.md', '/b'), false);
  });
});

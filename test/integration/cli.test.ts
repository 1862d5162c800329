import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { question, REPO, tempBank } from '../unit/helpers';

const CLI = path.join(REPO, 'dist', 'cli.js');
const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO });

describe('the headless CLI (dist/cli.js)', () => {
  it('prints stats as JSON for the built-in bank', () => {
    const run = cli('stats', '--json');
    assert.equal(run.status, 0, run.stderr);
    const stats = JSON.parse(run.stdout);
    assert.deepEqual(Object.keys(stats), ['questions', 'exercises', 'roles', 'topics', 'kinds', 'difficulties', 'files', 'problems']);
    assert.deepEqual(stats.problems, { errors: 0, warnings: 0 });
    assert.equal(stats.files.documents, 0);
    assert.equal(stats.files.empty, 0);
    assert.equal(stats.files.single, stats.files.files);
    assert.ok(stats.questions >= 150);
    assert.ok(stats.exercises >= 1);
    assert.ok(stats.roles['AI Engineer'] > 0);
  });

  it('lists questions as JSON with their files', () => {
    const bank = tempBank({ 'a.md': question({ id: 'listed-one', time: '"1:30"' }) });
    const run = cli('list', '--json', bank);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [
      {
        id: 'listed-one',
        title: 'Sample',
        roles: ['AI Engineer'],
        topic: 'Testing',
        kind: 'concept',
        difficulty: 'easy',
        time: 1.5,
        file: path.join(bank, 'a.md'),
      },
    ]);
  });

  it('validates: path:line:col lines and exit 1 on errors, exit 0 when clean', () => {
    const broken = tempBank({ 'ok.md': question({ id: 'fine' }), 'bad.md': question({ id: 'bad', difficulty: 'tricky' }) });
    const run = cli('validate', broken);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /bad\.md:7:13 error: difficulty "tricky" is not one of easy, medium, hard/);
    const clean = cli('validate', tempBank({ 'ok.md': question({ id: 'fine' }) }));
    assert.equal(clean.status, 0, clean.stdout);
    assert.equal(cli('validate', path.join(REPO, 'questions')).status, 0);
  });

  it('shows one question with its answer, and fails clearly for an unknown id', () => {
    const bank = tempBank({ 'a.md': question({ id: 'shown-one' }) });
    const run = cli('show', 'shown-one', bank);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /# Sample[\s\S]*What is the prompt\?[\s\S]*## Answer\nThe answer\./);
    const missing = cli('show', 'nope', bank);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no question with id "nope"/);
  });

  it('prints usage for an unknown command', () => {
    const run = cli('frobnicate');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Usage: interview-prep/);
  });
});

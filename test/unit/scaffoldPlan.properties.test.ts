// Property-based tests (fast-check) for scaffold paths, which must never leave the exercise folder.
import * as assert from 'node:assert/strict';
import { lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isInside } from '../../src/bank/bankPaths';
import { exerciseTarget, planScaffold } from '../../src/exercises/plan';
import { anyText, holds, scratchDir, slug } from './propertyHelpers';

// ---------------------------------------------------------------------------------------------
// 3. Scaffold paths

/** `target` lies in `root` (or is it), judged on whole path segments. The reference isInside must match. */
function insideBySegments(root: string, target: string): boolean {
  const rootParts = path.resolve(root).split(path.sep).filter(Boolean);
  const targetParts = path.resolve(target).split(path.sep).filter(Boolean);
  return rootParts.length <= targetParts.length && rootParts.every((part, index) => targetParts[index] === part);
}

const pathSegment = fc.oneof(
  fc.constantFrom('a', 'b', 'ws', '..', '.', '', '..a', 'a..', '...', '.a', '..\\a', 'é', ' ', '🙂'),
  fc.stringMatching(/^[a-z.]{1,4}$/),
);
const anyPath = fc.tuple(fc.boolean(), fc.array(pathSegment, { maxLength: 6 })).map(([absolute, segments]) => (absolute ? '/' : '') + segments.join('/'));
const workspaceRoot = fc
  .array(fc.oneof(fc.constantFrom('ws', 'home', 'my project', 'é'), fc.stringMatching(/^[a-z]{1,6}$/)), { minLength: 1, maxLength: 3 })
  .map((parts) => `/${parts.join('/')}`);
const oddText = fc.oneof(
  fc.constantFrom(
    '..',
    '../x',
    '../../etc',
    '/abs',
    '/etc/passwd',
    'a/b',
    'a\\b',
    '..\\..\\x',
    'C:\\x',
    'C:',
    '~',
    '$HOME',
    '\0',
    'a\0b',
    '.',
    '',
    '-a',
    'a--b',
    'A',
    'x/../..',
    'a/./b',
    '\u202e',
    '🙂',
    'é',
  ),
  fc.constant('a'.repeat(300)),
  anyPath,
  anyText(20),
);

describe('properties: scaffold paths', () => {
  it('isInside agrees with a comparison of whole path segments', async () => {
    // Half the targets are the root with more segments after it, where "..a" and ".." matter.
    const pair = fc
      .tuple(anyPath, fc.boolean(), anyPath)
      .map(([root, extend, other]) => [root, extend ? `${root}/${other.replace(/^\//, '')}` : other] as const);
    await holds(
      fc.property(pair, ([root, target]) => {
        assert.equal(isInside(root, target), insideBySegments(root, target), `${root} ⊇ ${target}`);
        assert.equal(isInside(root, root), true);
      }),
      300,
    );
  });

  it('exerciseTarget either refuses or returns a folder named by the id inside the workspace', async () => {
    await holds(
      fc.property(workspaceRoot, fc.oneof(fc.constant('interview-exercises'), oddText), fc.oneof(slug, oddText), (root, folder, id) => {
        let target: string;
        try {
          target = exerciseTarget(root, folder, id);
        } catch {
          return;
        }
        assert.ok(insideBySegments(root, target), `${JSON.stringify(folder)} + ${JSON.stringify(id)} → ${target}, outside ${root}`);
        assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        assert.equal(target, path.join(path.resolve(root, folder || 'interview-exercises'), id));
      }),
      300,
    );
  });

  it('exerciseTarget accepts every slug in every plain relative folder', async () => {
    const folder = fc.oneof(
      fc.constant(''),
      fc
        .array(
          fc.stringMatching(/^[\w -]{1,10}$/).filter((name) => name.trim() !== '' && !/^\.+$/.test(name)),
          { minLength: 1, maxLength: 3 },
        )
        .map((parts) => parts.join('/')),
    );
    await holds(
      fc.property(workspaceRoot, folder, slug, (root, setting, id) => {
        assert.equal(exerciseTarget(root, setting, id), path.join(root, setting || 'interview-exercises', id));
      }),
      200,
    );
  });

  it('planScaffold over generated trees copies only regular files from inside the source to inside the target', async () => {
    type Entry = { type: 'file'; name: string } | { type: 'dir'; name: string; children: Entry[] } | { type: 'link'; name: string; to: string };
    const entryName = fc.oneof(
      fc.constantFrom(
        'solution.py',
        'reference.py',
        'REFERENCE.TS',
        'reference.py.bak',
        'test_solution.py',
        '..foo',
        '...',
        '.hidden',
        'a b',
        '-rf',
        'é',
        '🙂',
        'line\nbreak',
        'back\\slash',
        '__pycache__',
        'node_modules',
        'x'.repeat(200),
        'data',
        'sub',
        '..\\up',
      ),
      fc.stringMatching(/^[a-z0-9._-]{1,10}$/).filter((name) => name !== '.' && name !== '..'),
    );
    const linkTarget = fc.constantFrom('outside-file', 'outside-dir', 'sibling', 'parent', 'root', 'dangling', 'absolute');
    const { entries } = fc.letrec<{ entry: Entry; entries: Entry[] }>((tie) => ({
      entry: fc.oneof(
        { depthSize: 'small', maxDepth: 3 },
        fc.record({ type: fc.constant('file' as const), name: entryName }),
        fc.record({ type: fc.constant('link' as const), name: entryName, to: linkTarget }),
        fc.record({ type: fc.constant('dir' as const), name: entryName, children: tie('entries') }),
      ),
      entries: fc.uniqueArray(tie('entry'), { selector: (entry) => entry.name, maxLength: 5 }),
    }));
    const tree = fc.record({
      entries,
      sourceIsLink: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      targetName: fc.constantFrom('target', 'tar get', 'é', '..t'),
    });

    await holds(
      fc.asyncProperty(tree, async ({ entries: top, sourceIsLink, targetName }) => {
        const root = scratchDir();
        try {
          const outside = path.join(root, 'outside');
          mkdirSync(path.join(outside, 'secret-dir'), { recursive: true });
          writeFileSync(path.join(outside, 'secret.txt'), 'secret');
          writeFileSync(path.join(outside, 'secret-dir', 'inner.txt'), 'secret');
          const exerciseDir = path.join(root, 'ex');
          const source = path.join(exerciseDir, 'python');
          const target = path.join(root, targetName);
          const build = (dir: string, list: Entry[]): void => {
            mkdirSync(dir, { recursive: true });
            for (const entry of list) {
              const at = path.join(dir, entry.name);
              if (entry.type === 'file') writeFileSync(at, `file ${path.relative(source, at)}`);
              else if (entry.type === 'dir') build(at, entry.children);
              else {
                const to = {
                  'outside-file': path.join(outside, 'secret.txt'),
                  'outside-dir': path.join(outside, 'secret-dir'),
                  sibling: 'solution.py',
                  parent: '..',
                  root: source,
                  dangling: 'nowhere',
                  absolute: '/etc',
                }[entry.to];
                symlinkSync(to ?? 'nowhere', at);
              }
            }
          };
          // What the scaffold must do, as documented: refuse links and names with separators, skip
          // cache folders and the reference solution, and copy every other file.
          const expected = { copies: [] as string[], refused: [] as string[] };
          const expect = (list: Entry[], relative: string): void => {
            for (const entry of list) {
              const rel = relative ? path.join(relative, entry.name) : entry.name;
              if (entry.type === 'link' || entry.name.includes('\\')) expected.refused.push(rel);
              else if (entry.type === 'dir') {
                if (entry.name !== '__pycache__' && entry.name !== 'node_modules') expect(entry.children, rel);
              } else if (relative !== '' || !/^reference\.[a-z]+$/i.test(entry.name)) expected.copies.push(rel);
            }
          };
          if (sourceIsLink) {
            // A language folder that is itself a link is never followed.
            mkdirSync(exerciseDir, { recursive: true });
            build(path.join(outside, 'linked-language'), top);
            symlinkSync(path.join(outside, 'linked-language'), source);
            await assert.rejects(planScaffold(exerciseDir, 'python', target), /no python folder/);
            return;
          }
          build(source, top);
          expect(top, '');

          const plan = await planScaffold(exerciseDir, 'python', target);
          for (const copy of plan.copies) {
            assert.ok(insideBySegments(source, copy.from) && copy.from !== source, `from ${copy.from}`);
            assert.ok(insideBySegments(target, copy.to) && copy.to !== target, `to ${copy.to}`);
            const rel = path.relative(source, copy.from);
            assert.equal(path.relative(target, copy.to), rel);
            // Neither the file nor any folder on the way to it is a link.
            const parts = rel.split(path.sep);
            for (let depth = 1; depth <= parts.length; depth++) {
              const stat = lstatSync(path.join(source, ...parts.slice(0, depth)));
              assert.ok(!stat.isSymbolicLink() && (depth === parts.length ? stat.isFile() : stat.isDirectory()), `${rel} passes a link`);
            }
            assert.ok(!(parts.length === 1 && /^reference\.[a-z]+$/i.test(parts[0])), `copies the reference ${rel}`);
            assert.equal(readFileSync(copy.from, 'utf8'), `file ${rel}`);
          }
          assert.deepEqual(plan.copies.map((copy) => path.relative(source, copy.from)).sort(), expected.copies.sort());
          assert.deepEqual([...plan.refused].sort(), expected.refused.sort());
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      40,
    );
  });

  it('regression: names that merely start with ".." are inside', () => {
    assert.equal(isInside('/a', '/a/..foo'), true);
    assert.equal(isInside('/a', '/a/..'), false);
    assert.equal(isInside('/a', '/a/../b'), false);
  });

  it('regression: an exercises folder setting that leaves the workspace is refused', () => {
    assert.throws(() => exerciseTarget('/ws', '../elsewhere', 'lru-cache'), /outside the workspace/);
    assert.throws(() => exerciseTarget('/ws', '/etc', 'lru-cache'), /outside the workspace/);
    assert.equal(exerciseTarget('/ws', '/ws/mine', 'lru-cache'), '/ws/mine/lru-cache');
    assert.equal(exerciseTarget('/ws', 'a/../b', 'lru-cache'), '/ws/b/lru-cache');
  });
});

// Every built-in exercise, in every language it offers: the stub fails its tests and the reference
// solution passes them. Needs python3 and a Node with type stripping (22.6+): `npm test` provides
// Node 24 under .vscode-test/; elsewhere set INTERVIEW_PREP_NODE to one.
import * as assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { loadBank } from '../../src/bank/bankLoader';
import { assertRealTargetInside, exerciseTarget } from '../../src/exercises/plan';
import type { RunReport } from '../../src/exercises/runReport';
import { discoverTests, flattenTests, testFilesIn } from '../../src/exercises/testDiscovery';
import { CORRECT_LIMIT_MS, NO_TYPE_STRIPPING_NODE, runExerciseSuite, scaffoldCopy, SOURCE, typeStrippingNode, WRONG_LIMIT_MS } from './exerciseRunner';
import { BUILTIN_BANK, REPO } from '../unit/helpers';

const node = typeStrippingNode();

describe('built-in exercises: stubs fail, references pass', { concurrency: 2 }, async () => {
  const index = await loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]);
  const exercises = index.exercises().sort((a, b) => a.id.localeCompare(b.id));

  it('finds a Node that can strip types for the TypeScript exercises', () => {
    assert.ok(node, NO_TYPE_STRIPPING_NODE);
  });

  for (const exercise of exercises) {
    for (const language of exercise.languages) {
      it(`${exercise.id} (${language})`, async (t) => {
        const dir = path.join(exercise.dir, language);
        const names = SOURCE[language];
        for (const name of Object.values(names)) assert.ok(existsSync(path.join(dir, name)), `${language}/${name} is missing`);
        if (language === 'typescript' && !node) {
          t.skip(NO_TYPE_STRIPPING_NODE);
          return;
        }
        const stub = await runExerciseSuite(dir, language, path.join(dir, names.solution), WRONG_LIMIT_MS, node);
        assert.ok(!stub.passed, `the stub passes its tests:\n${stub.output.slice(-800)}`);
        const reference = await runExerciseSuite(dir, language, path.join(dir, names.reference), CORRECT_LIMIT_MS, node);
        assert.ok(reference.passed, `the reference fails its tests${reference.timedOut ? ` (${reference.timedOut})` : ''}:\n${reference.output.slice(-1500)}`);
        // The Testing view lists, before any run, exactly the cases the run reports.
        const discovered = testFilesIn(language, readdirSync(dir))
          .flatMap((name) => flattenTests(discoverTests(language, path.join(dir, name), readFileSync(path.join(dir, name), 'utf8'))))
          .filter((test) => test.kind === 'case')
          .map((test) => test.key)
          .sort();
        assert.ok(discovered.length >= 5, `only ${discovered.length} cases found in the test file`);
        for (const [run, what] of [
          [stub, 'stub'],
          [reference, 'reference'],
        ] as const) {
          const report: RunReport = run.report;
          assert.ok(report.ok, `the ${what} run's report was not read: ${report.ok ? '' : report.reason}`);
          assert.deepEqual(report.crashes, [], `the ${what} run crashed`);
          assert.deepEqual(report.cases.map((result) => result.key).sort(), discovered, `the ${what} run reports other cases than the test file declares`);
        }
        assert.ok(
          reference.report.ok && reference.report.cases.every((result) => result.status === 'passed'),
          'a case of the reference is not reported passed',
        );
        assert.ok(stub.report.ok && stub.report.cases.some((result) => result.status !== 'passed'), "the stub's report has no failing case");
      });
    }
  }
});

describe('scaffold target through links', () => {
  it('refuses an exercises folder that is a link out of the workspace, and allows one that stays inside', async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'interview-prep-ws-links-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'interview-prep-outside-'));
    symlinkSync(outside, path.join(workspace, 'interview-exercises'));
    const target = exerciseTarget(workspace, 'interview-exercises', 'two-sum');
    await assert.rejects(assertRealTargetInside(workspace, target), /leads outside the workspace folder/);

    mkdirSync(path.join(workspace, 'real-exercises'));
    symlinkSync(path.join(workspace, 'real-exercises'), path.join(workspace, 'linked-inside'));
    await assertRealTargetInside(workspace, exerciseTarget(workspace, 'linked-inside', 'two-sum'));
    await assertRealTargetInside(workspace, exerciseTarget(workspace, 'not-yet-there/deeper', 'two-sum'));
    assert.deepEqual(readdirSync(outside), [], 'nothing was written outside');
  });
});

describe('a scaffolded TypeScript exercise in the editor', () => {
  // The repository's TypeScript, loaded as it is (not bundled), checks each folder as VS Code's
  // built-in TypeScript would: by the tsconfig.json the scaffold wrote there, with nothing installed.
  const ts = createRequire(__filename)(path.join(REPO, 'node_modules', 'typescript')) as typeof import('typescript');
  const libs = new Map<string, import('typescript').SourceFile | undefined>();
  const problems = (folder: string): string[] => {
    const config = ts.getParsedCommandLineOfConfigFile(path.join(folder, 'tsconfig.json'), undefined, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => assert.fail(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
    });
    assert.ok(config);
    const host = ts.createCompilerHost(config.options);
    const read = host.getSourceFile.bind(host);
    // The standard library is parsed once for all the folders.
    host.getSourceFile = (file, language) => {
      if (!file.includes(`${path.sep}node_modules${path.sep}typescript${path.sep}`)) return read(file, language);
      if (!libs.has(file)) libs.set(file, read(file, language));
      return libs.get(file);
    };
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, host });
    return [...config.errors, ...ts.getPreEmitDiagnostics(program)].map((diagnostic) => {
      const where = diagnostic.file
        ? `${path.basename(diagnostic.file.fileName)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1}: `
        : '';
      return where + ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    });
  };

  it('shows no errors in any stub, test or support file, and still shows a type error in the solution', async () => {
    const index = await loadBank([{ path: BUILTIN_BANK, kind: 'builtin' }]);
    const exercises = index.exercises().filter((exercise) => exercise.languages.includes('typescript'));
    assert.ok(exercises.length >= 50);
    const root = mkdtempSync(path.join(tmpdir(), 'interview-prep-tsc-'));
    try {
      for (const exercise of exercises) {
        const folder = path.join(root, exercise.id);
        await scaffoldCopy(exercise.dir, 'typescript', folder);
        assert.deepEqual(problems(folder), [], `${exercise.id}: errors in the editor`);
      }
      const folder = path.join(root, exercises[0].id);
      appendFileSync(path.join(folder, 'solution.ts'), '\nexport const wrong: number = "text";\n');
      assert.deepEqual(
        problems(folder).map((problem) => problem.replace(/:\d+:/, ':N:')),
        ["solution.ts:N: Type 'string' is not assignable to type 'number'."],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

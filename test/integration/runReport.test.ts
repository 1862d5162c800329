// Reading the machine-readable reports of test runs: real runs of the unittest runner and the
// node:test reporter in runners/ (through the same command the terminal gets), and reports that
// are stale, cut short, garbled or hostile, which must never read as a pass.
import * as assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Language } from '../../src/bank/model';
import { parseNodeReport, crashFromStderr } from '../../src/exercises/nodeReport';
import { parsePythonReport } from '../../src/exercises/pythonReport';
import { awaitReport, newRunId, readReport, reportFile } from '../../src/exercises/reportFiles';
import { caseCounts, countsText, runOutcome, type CaseResult, type RunReport } from '../../src/exercises/runReport';
import { discoverTests, flattenTests, nodeCaseKey } from '../../src/exercises/testDiscovery';
import { parseJUnitReport } from '../../src/exercises/junitReport';
import { isPytestCommand, pytestCommand, reportingTestCommand } from '../../src/exercises/testCommand';
import { NO_TYPE_STRIPPING_NODE, typeStrippingNode } from './exerciseRunner';
import { REPO } from '../unit/helpers';

const node = typeStrippingNode();
const RUNNERS = path.join(REPO, 'runners');

interface Run {
  code: number | null;
  output: string;
  report: RunReport;
  folder: string;
}

/** Writes `files` to a fresh folder and runs the reporting test command there, as the terminal would. */
async function run(
  language: Language,
  files: Record<string, string>,
  only?: Parameters<typeof reportingTestCommand>[3],
  where: { runnersDir?: string; prefix?: string } = {},
): Promise<Run> {
  const prefix = where.prefix ?? 'interview-prep-';
  const folder = mkdtempSync(path.join(tmpdir(), `${prefix}report-`));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const runId = newRunId();
  const file = reportFile(mkdtempSync(path.join(tmpdir(), `${prefix}reports-`)), runId, language);
  const command = reportingTestCommand(
    language,
    { python: 'python3', node: node ?? 'node' },
    { runnersDir: where.runnersDir ?? RUNNERS, reportFile: file, runId },
    only,
  );
  const { NODE_TEST_CONTEXT: _ignored, ...env } = process.env;
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      '/bin/sh',
      ['-c', command],
      { cwd: folder, timeout: 30_000, env: { ...env, NODE_NO_WARNINGS: '1', PYTHONDONTWRITEBYTECODE: '1' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr });
      },
    );
  });
  return { code, output, report: await readReport(file, language, runId), folder };
}

function byKey(report: RunReport): Map<string, CaseResult> {
  assert.ok(report.ok, JSON.stringify(report));
  return new Map(report.cases.map((result) => [result.key, result]));
}

const PY_SOLUTION = 'def add(a, b):\n    return a - b\n\n\ndef boom():\n    raise NotImplementedError("write me")\n';
const PY_TESTS = [
  'import unittest', // 1
  'from solution import add, boom', // 2
  '', // 3
  '', // 4
  'class TestAdd(unittest.TestCase):', // 5
  '    def test_passes(self):', // 6
  '        self.assertEqual(add(1, 0), 1)', // 7
  '', // 8
  '    def test_fails_ünïcode(self):', // 9
  '        self.assertEqual(add(2, 2), 4, "deux ✓")', // 10
  '', // 11
  '    def test_lists(self):', // 12
  '        self.assertEqual([add(1, 1), "日本"], [2, "日本"])', // 13
  '', // 14
  '    def test_errors(self):', // 15
  '        boom()', // 16
  '', // 17
  '    @unittest.skip("not today")', // 18
  '    def test_skipped(self):', // 19
  '        pass', // 20
  '', // 21
  '    def test_sub(self):', // 22
  '        for n in range(3):', // 23
  '            with self.subTest(n=n):', // 24
  '                self.assertEqual(add(n, 0), n + (n == 2))', // 25
  '', // 26
].join('\n');

describe('the unittest runner and its report', () => {
  it('reports each case with its status, duration, failing line and expected/actual, matching discovery', async () => {
    const result = await run('python', { 'solution.py': PY_SOLUTION, 'test_solution.py': PY_TESTS });
    assert.equal(result.code, 1);
    assert.match(result.output, /test_passes \(test_solution\.TestAdd\.test_passes\) \.\.\. ok/, "the terminal shows unittest's verbose output");
    assert.match(result.output, /FAILED \(failures=3, errors=1, skipped=1\)/);
    assert.ok(result.report.ok);
    const cases = byKey(result.report);
    const discovered = flattenTests(discoverTests('python', path.join(result.folder, 'test_solution.py'), PY_TESTS))
      .filter((test) => test.kind === 'case')
      .map((test) => test.key);
    assert.deepEqual([...cases.keys()].sort(), discovered.sort(), 'every discovered case has a result under the same key');

    const passes = cases.get('test_solution.TestAdd.test_passes')!;
    assert.equal(passes.status, 'passed');
    assert.ok(typeof passes.durationMs === 'number' && passes.durationMs >= 0);
    assert.deepEqual(passes.names, ['TestAdd', 'test_passes']);
    assert.equal(passes.location?.line, 5);

    const unicode = cases.get('test_solution.TestAdd.test_fails_ünïcode')!;
    assert.equal(unicode.status, 'failed');
    assert.equal(unicode.failures.length, 1);
    assert.equal(unicode.failures[0].expected, '4');
    assert.equal(unicode.failures[0].actual, '0');
    assert.match(unicode.failures[0].message, /0 != 4 : deux ✓/);
    assert.deepEqual(unicode.failures[0].location, { file: path.join(result.folder, 'test_solution.py'), line: 9 });

    const lists = cases.get('test_solution.TestAdd.test_lists')!.failures[0];
    assert.equal(lists.expected, "[2, '日本']");
    assert.equal(lists.actual, "[0, '日本']");

    const errors = cases.get('test_solution.TestAdd.test_errors')!;
    assert.equal(errors.status, 'errored');
    assert.match(errors.failures[0].message, /NotImplementedError: write me/);
    assert.equal(errors.failures[0].expected, undefined, 'an error compares no values');
    assert.equal(errors.failures[0].location?.line, 15, 'the line in the test file');
    assert.deepEqual(errors.failures[0].stack?.[0], { file: path.join(result.folder, 'solution.py'), line: 5 }, 'and where it was raised');

    assert.equal(cases.get('test_solution.TestAdd.test_skipped')!.status, 'skipped');
    const sub = cases.get('test_solution.TestAdd.test_sub')!;
    assert.equal(sub.status, 'failed');
    assert.equal(sub.failures.length, 1, 'only the failing subtest');
    assert.match(sub.failures[0].message, /^\(n=2\): AssertionError: 2 != 3/);
    assert.deepEqual(caseCounts(result.report.cases), { passed: 1, failed: 3, errored: 1, skipped: 1, total: 6 });
    assert.equal(countsText(caseCounts(result.report.cases)), '1/5 passing');
    assert.deepEqual(runOutcome(result.code ?? undefined, result.report).passed, false);
  });

  it('runs only the cases asked for', async () => {
    const result = await run(
      'python',
      { 'solution.py': PY_SOLUTION, 'test_solution.py': PY_TESTS },
      { language: 'python', ids: ['test_solution.TestAdd.test_passes'] },
    );
    assert.equal(result.code, 0);
    assert.deepEqual([...byKey(result.report).keys()], ['test_solution.TestAdd.test_passes']);
    assert.equal(runOutcome(0, result.report).passed, true);
  });

  it('reports a syntax error in the solution as one crash at its file and line, with no cases', async () => {
    const result = await run('python', { 'solution.py': 'def add(a, b):\n    return a +\n', 'test_solution.py': PY_TESTS });
    assert.equal(result.code, 1);
    assert.ok(result.report.ok);
    assert.deepEqual(result.report.cases, []);
    assert.equal(result.report.crashes.length, 1);
    const [crash] = result.report.crashes;
    assert.match(crash.message, /SyntaxError/);
    assert.deepEqual(crash.location, { file: path.join(result.folder, 'solution.py'), line: 1 });
    assert.match(crash.detail, /Failed to import test module: test_solution/);
    assert.equal(runOutcome(1, result.report).passed, false);
  });

  it('reports an import error at the importing line', async () => {
    const result = await run('python', { 'solution.py': 'def other():\n    pass\n', 'test_solution.py': PY_TESTS });
    assert.ok(result.report.ok);
    const [crash] = result.report.crashes;
    assert.match(crash.message, /ImportError: cannot import name 'add'/);
    assert.deepEqual(crash.location, { file: path.join(result.folder, 'test_solution.py'), line: 1 });
  });

  it("puts the exercise folder first on the path, so the runner's own folder never shadows a module", async () => {
    const result = await run('python', {
      'solution.py': PY_SOLUTION,
      'test_solution.py':
        'import unittest\nimport solution\nclass TestPath(unittest.TestCase):\n    def test_path(self):\n        import sys, os\n        self.assertEqual(sys.path[0], os.getcwd())\n        self.assertFalse(any(p.endswith("runners") for p in sys.path))\n',
    });
    assert.equal(result.code, 0, result.output);
  });
});

const TS_SOLUTION =
  'export function add(a: number, b: number): number {\n  return a - b;\n}\nexport function boom(): never {\n  throw new Error("Not implemented");\n}\n';
const TS_TESTS = [
  'import { describe, it, test } from "node:test";', // 1
  'import assert from "node:assert/strict";', // 2
  'import { add, boom } from "./solution.ts";', // 3
  'test("passes", () => {', // 4
  '  assert.equal(add(1, 0), 1);', // 5
  '});', // 6
  'test("fails with ünïcode ✓", () => {', // 7
  '  assert.equal(add(2, 2), 4);', // 8
  '});', // 9
  'describe("outer", () => {', // 10
  '  it("deep equal", () => {', // 11
  '    assert.deepEqual({ a: [add(1, 1), "日本"] }, { a: [2, "日本"] });', // 12
  '  });', // 13
  '  describe("deeper", () => {', // 14
  '    it("throws", () => { boom(); });', // 15
  '    it.skip("skipped", () => {});', // 16
  '  });', // 17
  '});', // 18
  'test("same", () => {});', // 19
  'test("same", () => { assert.ok(false); });', // 20
  'for (const n of [1, 2]) test(`dynamic ${n}`, () => assert.equal(add(n, 0), n));', // 21
  '',
].join('\n');

describe('the node:test reporter and its report', () => {
  it('reports each case with nested suites, durations, failing lines and expected/actual, matching discovery', async (t) => {
    if (!node) return t.skip(NO_TYPE_STRIPPING_NODE);
    const result = await run('typescript', { 'solution.ts': TS_SOLUTION, 'solution.test.ts': TS_TESTS });
    assert.equal(result.code, 1);
    assert.match(result.output, /✔ passes/, 'the spec reporter still prints to the terminal');
    assert.match(result.output, /✖ fails with ünïcode ✓/);
    const cases = byKey(result.report);
    const testFile = path.join(result.folder, 'solution.test.ts');
    const discovered = flattenTests(discoverTests('typescript', testFile, TS_TESTS))
      .filter((test) => test.kind === 'case')
      .map((test) => test.key);
    for (const key of discovered) assert.ok(cases.has(key), `no result for discovered ${key}: ${[...cases.keys()].join(', ')}`);

    const passes = cases.get(nodeCaseKey(['passes']))!;
    assert.equal(passes.status, 'passed');
    assert.ok(typeof passes.durationMs === 'number');
    assert.deepEqual(passes.location, { file: testFile, line: 3, column: 0 });

    const unicode = cases.get(nodeCaseKey(['fails with ünïcode ✓']))!;
    assert.equal(unicode.status, 'failed');
    assert.equal(unicode.failures[0].expected, '4');
    assert.equal(unicode.failures[0].actual, '0');
    assert.match(unicode.failures[0].message, /Expected values to be strictly equal/);
    assert.equal(unicode.failures[0].location?.file, testFile);
    assert.equal(unicode.failures[0].location?.line, 7, "the assertion's line, not the test's");

    const deep = cases.get(nodeCaseKey(['outer', 'deep equal']))!;
    assert.deepEqual(deep.names, ['outer', 'deep equal']);
    assert.equal(deep.failures[0].expected, "{ a: [ 2, '日本' ] }");
    assert.equal(deep.failures[0].actual, "{ a: [ 0, '日本' ] }");

    const throws = cases.get(nodeCaseKey(['outer', 'deeper', 'throws']))!;
    assert.equal(throws.status, 'errored');
    assert.match(throws.failures[0].message, /^Error: Not implemented/);
    assert.equal(throws.failures[0].location?.line, 14);
    assert.equal(throws.failures[0].stack?.[0].file, path.join(result.folder, 'solution.ts'), 'innermost frame is in the solution');
    assert.equal(cases.get(nodeCaseKey(['outer', 'deeper', 'skipped']))!.status, 'skipped');

    const same = flattenTests(discoverTests('typescript', testFile, TS_TESTS)).filter((test) => test.label === 'same');
    assert.deepEqual(
      same.map((test) => cases.get(test.key)?.status),
      ['passed', 'failed'],
      'a repeated name keeps its occurrence',
    );

    assert.equal(cases.get(nodeCaseKey(['dynamic 2']))?.status, 'passed', 'cases named at run time are reported too');
    assert.ok(result.report.ok);
    assert.equal(result.report.crashes.length, 0);
    assert.equal(runOutcome(1, result.report).passed, false);
  });

  it('runs only the cases asked for, by their names from the outermost suite', async (t) => {
    if (!node) return t.skip(NO_TYPE_STRIPPING_NODE);
    const result = await run(
      'typescript',
      { 'solution.ts': TS_SOLUTION, 'solution.test.ts': TS_TESTS },
      { language: 'typescript', names: [['outer', 'deeper', 'throws'], ['passes']] },
    );
    assert.deepEqual([...byKey(result.report).keys()].sort(), [nodeCaseKey(['outer', 'deeper', 'throws']), nodeCaseKey(['passes'])].sort());
  });

  it('reports a syntax error in the solution as one crash at its file and line', async (t) => {
    if (!node) return t.skip(NO_TYPE_STRIPPING_NODE);
    const result = await run('typescript', {
      'solution.ts': 'export function add(a: number, b: number): number {\n  return a + ;\n}\n',
      'solution.test.ts': TS_TESTS,
    });
    assert.equal(result.code, 1);
    assert.ok(result.report.ok, JSON.stringify(result.report));
    assert.deepEqual(result.report.cases, []);
    assert.equal(result.report.crashes.length, 1);
    const [crash] = result.report.crashes;
    assert.match(crash.message, /SyntaxError/);
    assert.equal(crash.location?.file, path.join(result.folder, 'solution.ts'));
    assert.equal(crash.location?.line, 1);
    assert.equal(runOutcome(1, result.report).passed, false);
  });

  it('reports a missing export as a crash at the importing line of the test file', async (t) => {
    if (!node) return t.skip(NO_TYPE_STRIPPING_NODE);
    const result = await run('typescript', { 'solution.ts': 'export const nothing = 1;\n', 'solution.test.ts': TS_TESTS });
    assert.ok(result.report.ok);
    const [crash] = result.report.crashes;
    assert.match(crash.message, /does not provide an export named/);
    assert.deepEqual(crash.location, { file: path.join(result.folder, 'solution.test.ts'), line: 2, column: 9 });
  });
});

/** Whether pytest is installed for python3 (it is the user's choice, not something the extension needs). */
function hasPytest(): boolean {
  try {
    execFileSync('python3', ['-m', 'pytest', '--version'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

describe("pytest's JUnit report, for a user whose own test command runs pytest", () => {
  const pytest = hasPytest();
  const runPytest = async (files: Record<string, string>, only?: { language: 'python'; ids: string[] }): Promise<Run & { startedAt: number }> => {
    const folder = mkdtempSync(path.join(tmpdir(), 'interview-prep-pytest-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
    const file = reportFile(mkdtempSync(path.join(tmpdir(), 'interview-prep-reports-')), newRunId(), 'junit');
    const startedAt = Date.now();
    const command = pytestCommand('python3 -m pytest -q -p no:cacheprovider', file, only);
    const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve) => {
      execFile('/bin/sh', ['-c', command], { cwd: folder, timeout: 60_000, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, output: stdout + stderr }),
      );
    });
    return { code, output, report: await readReport(file, 'junit', 'unused', { folder, startedAt }), folder, startedAt };
  };

  it('knows a pytest command when it sees one', () => {
    for (const command of ['pytest', 'pytest -q', 'python3 -m pytest -x', '.venv/bin/pytest', 'py.test tests']) assert.ok(isPytestCommand(command), command);
    for (const command of ['python3 -m unittest -v', 'make test', 'python3 run_pytests.py', 'npm test']) assert.ok(!isPytestCommand(command), command);
  });

  it('reads each case with its status, duration and failing line, under the keys discovery gives', async (t) => {
    if (!pytest) return t.skip('pytest is not installed for python3');
    const result = await runPytest({ 'solution.py': PY_SOLUTION, 'test_solution.py': PY_TESTS });
    assert.equal(result.code, 1, result.output);
    const cases = byKey(result.report);
    const discovered = flattenTests(discoverTests('python', path.join(result.folder, 'test_solution.py'), PY_TESTS))
      .filter((test) => test.kind === 'case')
      .map((test) => test.key);
    assert.deepEqual([...cases.keys()].sort(), discovered.sort());
    assert.equal(cases.get('test_solution.TestAdd.test_passes')?.status, 'passed');
    assert.equal(cases.get('test_solution.TestAdd.test_skipped')?.status, 'skipped');
    const unicode = cases.get('test_solution.TestAdd.test_fails_ünïcode')!;
    assert.equal(unicode.status, 'failed');
    assert.match(unicode.failures[0].message, /AssertionError: 0 != 4 : deux ✓/);
    assert.deepEqual(unicode.failures[0].location, { file: path.join(result.folder, 'test_solution.py'), line: 9 });
    assert.equal(unicode.parentKey, 'test_solution.TestAdd');
    const errors = cases.get('test_solution.TestAdd.test_errors')!;
    assert.equal(errors.status, 'errored', 'an exception that is not an assertion is an error, as unittest says');
    assert.equal(errors.failures[0].location?.line, 15);
    assert.equal(errors.failures[0].stack?.[0].file, path.join(result.folder, 'solution.py'));
    assert.ok(typeof cases.get('test_solution.TestAdd.test_lists')?.durationMs === 'number');
  });

  it('runs only the cases asked for, as pytest node ids', async (t) => {
    if (!pytest) return t.skip('pytest is not installed for python3');
    const result = await runPytest(
      { 'solution.py': PY_SOLUTION, 'test_solution.py': PY_TESTS },
      { language: 'python', ids: ['test_solution.TestAdd.test_passes'] },
    );
    assert.equal(result.code, 0, result.output);
    assert.deepEqual([...byKey(result.report).keys()], ['test_solution.TestAdd.test_passes']);
  });

  it('reports a syntax error at collection as one crash at the line Python gave', async (t) => {
    if (!pytest) return t.skip('pytest is not installed for python3');
    const result = await runPytest({ 'solution.py': 'def add(a, b):\n    return a +\n', 'test_solution.py': PY_TESTS });
    assert.ok(result.report.ok, JSON.stringify(result.report));
    assert.deepEqual(result.report.cases, []);
    assert.equal(result.report.crashes.length, 1);
    assert.match(result.report.crashes[0].message, /SyntaxError/);
    assert.deepEqual(result.report.crashes[0].location, { file: path.join(result.folder, 'solution.py'), line: 1 });
  });

  it('refuses XML that is cut short, not JUnit, hostile or of an earlier run', () => {
    const good =
      '<?xml version="1.0"?><testsuites><testsuite name="pytest" timestamp="2026-01-01T00:00:00+00:00"><testcase classname="m.C" name="test_a" time="0.5"/></testsuite></testsuites>';
    const parsed = parseJUnitReport(good, '/ex');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.cases, [{ key: 'm.C.test_a', names: ['C', 'test_a'], status: 'passed', failures: [], parentKey: 'm.C', durationMs: 500 }]);
    assert.deepEqual(parseJUnitReport(good, '/ex', Date.parse('2026-06-01T00:00:00Z')), { ok: false, reason: 'the report is from another run' });
    for (const text of [
      '',
      good.slice(0, -20),
      '<html><body>hi</body></html>',
      '{"cases": []}',
      '<testsuites><testsuite></testsuites>',
      `${good}<testsuites/>`,
      '<testsuites><testcase a="1" < /></testsuites>',
      '<!DOCTYPE x [<!ENTITY a "b">]><testsuites/>',
    ]) {
      assert.equal(parseJUnitReport(text, '/ex').ok, false, text);
    }
    const hostile = parseJUnitReport(
      '<testsuite><testcase classname="m.C" name="test_&lt;b&gt;" time="-1"><failure message="&#0;&#x110000;x">../../../etc/passwd.py:1: boom</failure></testcase></testsuite>',
      '/ex',
    );
    assert.ok(hostile.ok);
    assert.equal(hostile.cases[0].key, 'm.C.test_<b>');
    assert.equal(hostile.cases[0].durationMs, undefined);
    assert.equal(hostile.cases[0].failures[0].message, 'x');
    assert.equal(hostile.cases[0].failures[0].location, undefined, 'a path outside the exercise folder is no location');
  });
});

describe('paths a shell must be careful with', () => {
  // Extension storage is under "Application Support" on macOS; a user folder can hold anything.
  const prefix = "interview prep it's ü $HOME `x` ";
  const runnersDir = path.join(mkdtempSync(path.join(tmpdir(), prefix)), 'runners');
  cpSync(RUNNERS, runnersDir, { recursive: true });

  it('runs the unittest runner and reads its report from folders with spaces, quotes and $', async () => {
    const result = await run(
      'python',
      { 'solution.py': PY_SOLUTION, 'test_solution.py': PY_TESTS },
      { language: 'python', ids: ['test_solution.TestAdd.test_passes'] },
      { runnersDir, prefix },
    );
    assert.equal(result.code, 0, result.output);
    assert.deepEqual([...byKey(result.report).keys()], ['test_solution.TestAdd.test_passes']);
  });

  it('runs the node:test reporter from such folders, selecting a case whose name has regex characters', async (t) => {
    if (!node) return t.skip(NO_TYPE_STRIPPING_NODE);
    const tests = 'import { test } from "node:test";\ntest("a (b) [c] $d? * e\'s", () => {});\ntest("other", () => { throw new Error("must not run"); });\n';
    const result = await run(
      'typescript',
      { 'solution.ts': TS_SOLUTION, 'solution.test.ts': tests },
      { language: 'typescript', names: [["a (b) [c] $d? * e's"]] },
      { runnersDir, prefix },
    );
    assert.equal(result.code, 0, result.output);
    assert.deepEqual([...byKey(result.report).keys()], [nodeCaseKey(["a (b) [c] $d? * e's"])]);
  });
});

describe('reports that are not to be trusted', () => {
  const begin = (runId: string): string => JSON.stringify({ t: 'begin', format: 'interview-prep-node-test', version: 1, runId });
  const end = (runId: string): string => JSON.stringify({ t: 'end', runId, events: 0 });
  const pass = JSON.stringify({ t: 'pass', name: 'a', nesting: 0, file: '/x/solution.test.ts', line: 1, column: 1, kind: 'test', durationMs: 1 });
  const python = (fields: Record<string, unknown>): string =>
    JSON.stringify({ format: 'interview-prep-unittest', version: 1, runId: 'r1', cases: [], crashes: [], ...fields });

  it('reads a complete node report of this run', () => {
    const report = parseNodeReport([begin('r1'), pass, end('r1')].join('\n'), 'r1');
    assert.ok(report.ok);
    assert.equal(report.cases.length, 1);
  });

  it('refuses a report of another run (stale), and one without its end (cut short)', () => {
    assert.deepEqual(parseNodeReport([begin('old'), pass, end('old')].join('\n'), 'r1'), { ok: false, reason: 'the report is from another run' });
    assert.equal(parseNodeReport([begin('r1'), pass].join('\n'), 'r1').ok, false);
    assert.equal(parseNodeReport([begin('r1'), pass, end('old')].join('\n'), 'r1').ok, false);
    assert.equal(parsePythonReport(python({ runId: 'old' }), 'r1').ok, false);
  });

  it('refuses garbled, truncated, empty and foreign reports', () => {
    const full = [begin('r1'), pass, end('r1')].join('\n');
    for (const text of [
      '',
      '\n\n',
      full.slice(0, full.length - 5),
      full.replace('"pass"', '"pass'),
      'not json',
      '[1,2,3]',
      JSON.stringify({ t: 'begin' }),
      `${begin('r1')}\n42\n${end('r1')}`,
      '<testsuites/>',
    ]) {
      assert.equal(parseNodeReport(text, 'r1').ok, false, text);
    }
    const py = python({ cases: [{ id: 'm.C.test_a', status: 'passed', messages: [] }] });
    for (const text of [
      '',
      py.slice(0, -1),
      '{"format": "interview-prep-unittest"}',
      python({ cases: 'all passed' }),
      python({ cases: [{ id: 'm.C.test_a', status: 'green', messages: [] }] }),
      python({ cases: [{ status: 'passed', messages: [] }] }),
      python({ version: 2 }),
      python({ crashes: [7] }),
    ]) {
      assert.equal(parsePythonReport(text, 'r1').ok, false, text);
    }
    assert.equal(parsePythonReport(py, 'r1').ok, true);
  });

  it('reads hostile values as plain text, capped, and ignores what it does not know', () => {
    const huge = 'x'.repeat(100_000);
    const text = python({
      cases: [
        {
          id: 'm.C.test_a',
          status: 'failed',
          line: '12',
          durationMs: 'slow',
          proto: { polluted: true },
          messages: [{ message: huge, expected: { nested: true }, actual: 'only one side', file: 42, line: -3 }],
        },
      ],
      crashes: [{ message: 7, file: '/x.py', line: 2.5 }],
    }).replace('"proto"', '"__proto__"');
    assert.match(text, /"__proto__":\{"polluted":true\}/);
    const report = parsePythonReport(text, 'r1');
    assert.ok(report.ok);
    const [result] = report.cases;
    assert.equal(result.location, undefined, 'a line that is not a number is no line');
    assert.equal(result.durationMs, undefined);
    assert.ok(result.failures[0].message.length <= 20_001);
    assert.equal(result.failures[0].expected, undefined, 'a diff needs both sides as text');
    assert.equal(result.failures[0].location, undefined);
    assert.equal(report.crashes[0].location, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const node = parseNodeReport(
      [begin('r1'), JSON.stringify({ t: 'fail', name: { toString: 1 }, nesting: 1e9, line: 'x' }), JSON.stringify({ t: 'unknown' }), end('r1')].join('\n'),
      'r1',
    );
    assert.ok(node.ok);
    assert.deepEqual(node.cases, [], 'a result without a usable nesting level is dropped');
  });

  it('never turns a report into a wrong green: the exit code decides, the report can only make it worse', () => {
    const green: RunReport = { ok: true, cases: [{ key: 'a', names: ['a'], status: 'passed', failures: [] }], crashes: [] };
    const red: RunReport = { ok: true, cases: [{ key: 'a', names: ['a'], status: 'failed', failures: [{ message: 'no' }] }], crashes: [] };
    const crashed: RunReport = { ok: true, cases: [], crashes: [{ message: 'SyntaxError', detail: '' }] };
    const missing: RunReport = { ok: false, reason: 'the run wrote no report' };
    const onlySkipped: RunReport = { ok: true, cases: [{ key: 'a', names: ['a'], status: 'skipped', failures: [] }], crashes: [] };
    assert.equal(runOutcome(0, green).passed, true);
    assert.equal(runOutcome(0, green).note, undefined);
    assert.equal(runOutcome(1, green).passed, false);
    assert.match(runOutcome(1, green).note ?? '', /exited with code 1/);
    assert.equal(runOutcome(0, red).passed, false);
    assert.equal(runOutcome(0, crashed).passed, false);
    assert.deepEqual(runOutcome(0, missing), { passed: true, note: "No per-case results: the run wrote no report; the result is the exit code's (0)." });
    assert.equal(runOutcome(1, missing).passed, false);
    assert.equal(runOutcome(undefined, missing).passed, undefined);
    assert.equal(runOutcome(undefined, green).passed, true, 'without an exit code, a complete report of this run decides');
    assert.equal(runOutcome(undefined, onlySkipped).passed, false, 'nothing ran is not green');
    assert.equal(runOutcome(undefined, red).passed, false);
  });

  it('reads a report file once, deletes it, and waits for one written late', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'interview-prep-reports-'));
    const file = reportFile(dir, 'r1', 'typescript');
    assert.deepEqual(await readReport(file, 'typescript', 'r1'), { ok: false, reason: 'the run wrote no report' });
    writeFileSync(file, [begin('r1'), pass, end('r1')].join('\n'));
    assert.equal((await readReport(file, 'typescript', 'r1')).ok, true);
    assert.throws(() => readFileSync(file), /ENOENT/, 'read once');
    setTimeout(() => writeFileSync(file, begin('r1')), 100);
    setTimeout(() => writeFileSync(file, [begin('r1'), pass, end('r1')].join('\n')), 300);
    assert.equal((await awaitReport(file, 'typescript', 'r1', 5_000, () => false, 50)).ok, true);
    const late = await awaitReport(file, 'typescript', 'r1', 200, () => false, 50);
    assert.equal(late.ok, false);
    assert.match(late.ok ? '' : late.reason, /gave up waiting/);
  });

  it('finds the place of a crash in what Node printed', () => {
    const stderr =
      "node:internal/modules/run_main:107\n    triggerUncaughtException(\n    ^\n\nfile:///ex/solution.ts:3\na.b.c;\n  ^\n\nTypeError: Cannot read properties of undefined (reading 'b')\n    at file:///ex/solution.ts:3:3\n";
    assert.deepEqual(crashFromStderr(stderr, '/ex/solution.test.ts', 'solution.test.ts'), {
      message: "TypeError: Cannot read properties of undefined (reading 'b')",
      location: { file: '/ex/solution.ts', line: 2, column: 2 },
      detail: stderr.trim(),
    });
    const silent = crashFromStderr('', '/ex/solution.test.ts', 'solution.test.ts');
    assert.deepEqual(silent.location, { file: '/ex/solution.test.ts', line: 0 });
    assert.match(silent.message, /stopped before its tests ran/);
  });
});

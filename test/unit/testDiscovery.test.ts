// Finding the cases of an exercise's test files from their text (the Testing view's items).
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tokenize } from '../../src/exercises/jsTokens';
import { discoverTests, flattenTests, nodeCaseKey, testFilesIn, type DiscoveredTest } from '../../src/exercises/testDiscovery';

/** The tree as `label@line` strings, nested as arrays, for compact comparisons. */
function shape(tests: DiscoveredTest[]): unknown[] {
  return tests.map((test) => (test.children.length ? [`${test.label}@${test.line}`, shape(test.children)] : `${test.label}@${test.line}`));
}

describe('node:test discovery', () => {
  const file = '/ex/solution.test.ts';

  it('finds test() and it() calls with their lines, nested in describe() and suite()', () => {
    const text = [
      'import { test, describe, it, suite } from "node:test";', // 0
      'test("top level", () => {});', // 1
      'describe("outer", () => {', // 2
      '  it("first", () => {});', // 3
      "  describe('deeper', () => {", // 4
      '    it(`in a template`, () => {});', // 5
      '  });', // 6
      '});', // 7
      'suite("a suite", () => { test("inside", () => {}); });', // 8
    ].join('\n');
    const tests = discoverTests('typescript', file, text);
    assert.deepEqual(shape(tests), ['top level@1', ['outer@2', ['first@3', ['deeper@4', ['in a template@5']]]], ['a suite@8', ['inside@8']]]);
    const outer = tests[1];
    assert.equal(outer.kind, 'suite');
    assert.equal(outer.endLine, 7);
    assert.equal(outer.children[1].children[0].key, nodeCaseKey(['outer', 'deeper', 'in a template']));
    assert.equal(tests[0].kind, 'case');
    assert.equal(tests[0].file, file);
  });

  it('reads options between the name and the function, and the skip, only and todo forms', () => {
    const text =
      'const limit = { timeout: 2000 };\ntest("a", limit, () => {});\ntest.skip("b", () => {});\nit.only("c", { timeout: 5 }, () => {});\ntest.todo("d");\ndescribe.skip("e", () => { it.todo("f"); });\n';
    assert.deepEqual(shape(discoverTests('typescript', file, text)), ['a@1', 'b@2', 'c@3', 'd@4', ['e@5', ['f@5']]]);
  });

  it('is not fooled by comments, strings, templates and regular expressions that look like tests', () => {
    const text = [
      '// test("in a line comment", () => {});',
      '/* test("in a block comment", () => {});',
      '   it("still in it") */',
      'const s = "test(\\"in a string\\", () => {})";',
      'const t = \'it("in single quotes")\';',
      'const u = `describe("in a template", () => { test("x") })`;',
      'const r = /test\\("in a regex"\\)/.test(s);',
      'if (/it\\(/.test(t)) console.log(t.test, obj?.test("not a call of ours"));',
      'function test(name) { return name; }',
      'const o = { test() { return 1; }, it: 2 };',
      'const divided = 10 / 2 / 5; test("after a division", () => {});',
      'test(`dynamic ${s}`, () => {});',
      'test(name, () => {});',
      'for (const c of cases) test(c.name, () => {});',
    ].join('\n');
    assert.deepEqual(shape(discoverTests('typescript', file, text)), ['after a division@10']);
  });

  it('keeps Unicode names and escapes as node:test reports them', () => {
    const text = 'test("caf\\u00e9 ☕ and 日本", () => {});\ntest(\'it\\\'s quoted\', () => {});\ntest("emoji \\u{1F600}", () => {});\n';
    assert.deepEqual(
      discoverTests('typescript', file, text).map((test) => test.label),
      ['café ☕ and 日本', "it's quoted", 'emoji 😀'],
    );
  });

  it('gives a name used twice under one parent its occurrence, so both keys differ', () => {
    const text = 'test("same", () => {});\ntest("same", () => {});\ndescribe("s", () => { it("same", () => {}); });\n';
    const keys = flattenTests(discoverTests('typescript', file, text)).map((test) => test.key);
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(keys[0], nodeCaseKey(['same']));
    assert.notEqual(keys[1], keys[0]);
    assert.equal(keys[3], nodeCaseKey(['s', 'same']), 'a name under another parent is its first occurrence there');
  });

  it('survives text that is not valid TypeScript without throwing', () => {
    for (const text of ['test("unclosed', 'describe("a", () => { test("b", () => {', '`${', '/* never closed', '}}})))', 'test(', '"\\']) {
      assert.doesNotThrow(() => discoverTests('typescript', file, text), text);
    }
    const open = discoverTests('typescript', file, 'describe("a", () => {\n  test("b", () => {\n');
    assert.deepEqual(shape(open), [['a@0', ['b@1']]]);
  });

  it('finds the cases of a 250 KB file in linear time, not hanging', () => {
    const text = Array.from({ length: 5_000 }, (_, k) => `test("case ${k}", () => { assert.equal(f(${k}), ${k}); });`).join('\n');
    const started = performance.now();
    const tests = discoverTests('typescript', file, text);
    assert.equal(tests.length, 5_000);
    // Generous, for a loaded machine: a quadratic scan would take minutes.
    assert.ok(performance.now() - started < 3_000, `took ${performance.now() - started} ms`);
  });

  it('tokenizes template literals with nested braces and strings', () => {
    const tokens = tokenize('const a = `x ${ { b: "}" }.b } y`; test("after", () => {});');
    assert.ok(tokens.some((token) => token.kind === 'string' && token.value === 'after'));
  });
});

describe('unittest discovery', () => {
  const file = '/ex/test_solution.py';

  it('finds TestCase classes and their test methods, sorted by name as unittest runs them', () => {
    const text = [
      'import unittest', // 0
      '', // 1
      'class TestThing(unittest.TestCase):', // 2
      '    def test_b(self):', // 3
      '        self.assertTrue(True)', // 4
      '', // 5
      '    def helper(self):', // 6
      '        pass', // 7
      '', // 8
      '    async def test_a(self):', // 9
      '        pass', // 10
      '', // 11
      'if __name__ == "__main__":', // 12
      '    unittest.main()', // 13
    ].join('\n');
    const tests = discoverTests('python', file, text);
    assert.deepEqual(shape(tests), [['TestThing@2', ['test_a@9', 'test_b@3']]]);
    assert.equal(tests[0].kind, 'suite');
    assert.equal(tests[0].children[1].key, 'test_solution.TestThing.test_b');
    assert.equal(tests[0].children[1].endLine, 4);
    assert.equal(tests[0].endLine, 10);
  });

  it('follows TestCase bases in the same file, and inherits their tests as unittest does', () => {
    const text = [
      'import unittest',
      'from unittest import TestCase',
      'class TimedTestCase(unittest.TestCase):',
      '    def setUp(self):',
      '        pass',
      'class Mixin:',
      '    def test_from_mixin(self):',
      '        pass',
      'class TestA(TimedTestCase):',
      '    def test_one(self):',
      '        pass',
      'class TestB(Mixin, TestCase):',
      '    def test_two(self):',
      '        pass',
      'class NotATest(Mixin):',
      '    def test_never(self):',
      '        pass',
      'class TestC(TestA):',
      '    def test_one(self):',
      '        """overrides"""',
    ].join('\n');
    const tests = discoverTests('python', file, text);
    assert.deepEqual(shape(tests), [
      ['TestA@8', ['test_one@9']],
      ['TestB@11', ['test_from_mixin@6', 'test_two@12']],
      ['TestC@17', ['test_one@18']],
    ]);
  });

  it('finds the tests of classes on the shared TimedTestCase, imported or subclassed from timed_test', () => {
    const imported = ['import unittest', 'from timed_test import TimedTestCase', 'class TestA(TimedTestCase):', '    def test_one(self):', '        pass'];
    assert.deepEqual(shape(discoverTests('python', file, imported.join('\n'))), [['TestA@2', ['test_one@3']]]);
    const subclassed = [
      'import unittest',
      'import timed_test',
      'class TimedTestCase(timed_test.TimedTestCase):',
      '    time_limit = 3.0',
      '    def assertClose(self, a, b):',
      '        pass',
      'class TestB(TimedTestCase):',
      '    def test_two(self):',
      '        pass',
    ];
    assert.deepEqual(shape(discoverTests('python', file, subclassed.join('\n'))), [['TestB@6', ['test_two@7']]]);
  });

  it('finds decorated, parametrised-by-subTest and multi-line declarations', () => {
    const text = [
      'import unittest',
      'class TestDeco(',
      '    unittest.TestCase,',
      '):',
      '    @unittest.skip("later")',
      '    def test_skipped(self):',
      '        pass',
      '',
      '    @unittest.expectedFailure',
      '    def test_expected(',
      '        self,',
      '    ):',
      '        for n in range(3):',
      '            with self.subTest(n=n):',
      '                self.assertEqual(n, n)',
    ].join('\n');
    assert.deepEqual(shape(discoverTests('python', file, text)), [['TestDeco@1', ['test_expected@9', 'test_skipped@5']]]);
  });

  it('is not fooled by strings, docstrings and comments that look like tests', () => {
    const text = [
      'import unittest',
      'EXAMPLE = """',
      'class TestFake(unittest.TestCase):',
      '    def test_in_a_string(self):',
      '        pass',
      '"""',
      '# class TestCommented(unittest.TestCase):',
      'class TestReal(unittest.TestCase):',
      "    '''def test_in_docstring(self): pass'''",
      '    # def test_commented(self):',
      '    note = "def test_in_value(self):"',
      '    def test_real(self):',
      '        def test_nested_function():',
      '            pass',
      '        text = """',
      'def test_in_a_multiline_string(self):',
      '"""',
      '    test_attribute = 5',
    ].join('\n');
    assert.deepEqual(shape(discoverTests('python', file, text)), [['TestReal@7', ['test_real@11']]]);
  });

  it('keeps Unicode identifiers', () => {
    const text = 'import unittest\nclass TestÜnïcode(unittest.TestCase):\n    def test_café_ñ(self):\n        pass\n    def test_日本(self):\n        pass\n';
    const tests = discoverTests('python', file, text);
    assert.deepEqual(
      flattenTests(tests).map((test) => test.key),
      ['test_solution.TestÜnïcode', 'test_solution.TestÜnïcode.test_café_ñ', 'test_solution.TestÜnïcode.test_日本'],
    );
  });

  it('leaves out classes without tests, nested classes and code after the class', () => {
    const text =
      'import unittest\nclass TestEmpty(unittest.TestCase):\n    pass\ndef make():\n    class TestInner(unittest.TestCase):\n        def test_x(self):\n            pass\n    return TestInner\ndef test_module_function():\n    pass\n';
    assert.deepEqual(discoverTests('python', file, text), []);
  });

  it('survives broken Python without throwing', () => {
    for (const text of ['class TestX(unittest.TestCase', '"""never closed', 'class TestY(unittest.TestCase):\n\tdef test_tab(self):\n\t\tpass\n', '\\\n\\']) {
      assert.doesNotThrow(() => discoverTests('python', file, text), text);
    }
    assert.deepEqual(shape(discoverTests('python', file, 'import unittest\nclass TestY(unittest.TestCase):\n\tdef test_tab(self):\n\t\tpass\n')), [
      ['TestY@1', ['test_tab@2']],
    ]);
  });
});

describe('test files of an exercise folder', () => {
  it('are the files the test command runs', () => {
    const names = ['solution.py', 'test_solution.py', 'test_more.py', 'tests.txt', 'solution.ts', 'solution.test.ts', 'other.test.ts', 'README.md'];
    assert.deepEqual(testFilesIn('python', names), ['test_more.py', 'test_solution.py']);
    assert.deepEqual(testFilesIn('typescript', names), ['solution.test.ts']);
  });
});

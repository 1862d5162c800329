// Property-based tests (fast-check) for the code that reads untrusted input: question front matter,
// plain markdown banks, scaffold paths and the progress log. fast-check picks a fresh seed on every
// run; a failure reports the seed, the path and the shrunk counterexample, and adding that `seed` and
// `path` to the parameters `holds` passes to `fc.check` replays it.
import * as assert from 'node:assert/strict';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { DIFFICULTIES, KINDS, KNOWN_ROLES, LANGUAGES, type Language, type Problem } from '../../src/bank/model';
import { checkContent, decodeUtf8, MAX_FILE_BYTES, parseQuestionText, readFrontMatter, tooLarge } from '../../src/bank/parse';
import { namesOnlyRole } from '../../src/bank/documents';
import { extractPlain, importPlainQuestion } from '../../src/bank/plainMarkdown';
import { ALL_KEYS, type QuestionFields } from '../../src/bank/validate';
import { isInside } from '../../src/bank/bankPaths';
import { exerciseTarget, planScaffold } from '../../src/exercises/plan';
import { ATTEMPT_KINDS, OUTCOMES, RECALL_GRADES, type Attempt } from '../../src/progress/model';
import { ATTEMPT_FIELDS, validateAttempt } from '../../src/progress/attemptSchema';
import { parseCsv, toCsv } from '../../src/progress/attemptsCsv';
import { crc32, decodeLine, encodeLine } from '../../src/progress/logCodec';
import { LOG_FILE, ProgressStore } from '../../src/progress/progressStore';

// ---------------------------------------------------------------------------------------------
// Running properties

let properties = 0;
let cases = 0;

/** Checks a property as `fc.assert` would, and counts the cases it generated for the summary. */
async function holds<Ts>(property: fc.IRawProperty<Ts>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, includeErrorInReport: true });
  properties++;
  cases += details.numRuns + details.numSkips;
  if (details.failed) throw new Error(fc.defaultReportMessage(details), { cause: details.errorInstance });
}

// Temporary folders for the filesystem properties, all under one root.
const scratch = mkdtempSync(path.join(tmpdir(), 'interview-prep-properties-'));
let scratchDirs = 0;
const scratchDir = () => mkdtempSync(path.join(scratch, `${++scratchDirs}-`));

after(() => {
  rmSync(scratch, { recursive: true, force: true });
  console.log(`properties.test: ${properties} properties, ${cases} generated cases`);
});

// ---------------------------------------------------------------------------------------------
// Shared arbitraries

/** Any UTF-16 code units, lone surrogates included. */
const codeUnits = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength });
/** Arbitrary text: printable ASCII, any code points, or any code units. */
const anyText = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.string({ unit: 'binary', maxLength }), codeUnits(maxLength));
const eol = fc.constantFrom('\n', '\r\n');
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);

/** A YAML double-quoted scalar for any text: JSON's escapes, plus \u escapes for what YAML refuses raw. */
function yamlQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Front matter

const FILE = '/bank/q.md';
const isMissingSection = (problem: Problem) => problem.code === 'missing-prompt' || problem.code === 'missing-answer';

/**
 * Every problem names the file and points into the text, lines cut at "\n" as the parser cuts them.
 * Lines and columns are 1-based; a column may sit just past the line's end. A missing prompt or
 * answer may point one line past the end: where to write it when the file stops at the closing
 * delimiter. An end column is exclusive, and marks one character even after an empty value.
 */
function assertPositioned(problems: readonly Problem[], file: string, text: string): void {
  const lines = text.split(/\r?\n/);
  const lengthOf = (line: number) => (lines[line - 1] ?? '').length;
  for (const problem of problems) {
    const where = `${JSON.stringify(problem)} in ${JSON.stringify(text.slice(0, 400))}`;
    assert.equal(problem.file, file, where);
    assert.ok(Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines.length + (isMissingSection(problem) ? 1 : 0), where);
    assert.ok(Number.isInteger(problem.column) && problem.column >= 1 && problem.column <= lengthOf(problem.line) + 1, where);
    if (problem.endLine !== undefined || problem.endColumn !== undefined) {
      assert.ok(problem.endLine !== undefined && problem.endColumn !== undefined, where);
      assert.ok(problem.endLine >= problem.line && problem.endLine <= lines.length, where);
      assert.ok(problem.endLine > problem.line || problem.endColumn > problem.column, where);
      assert.ok(problem.endColumn <= lengthOf(problem.endLine) + 2, where);
    }
    assert.ok(problem.severity === 'error' || problem.severity === 'warning', where);
    assert.ok(typeof problem.message === 'string' && problem.message !== '', where);
  }
}

/** Reads `text` as front matter, as a question and as an exercise: nothing may throw, and every problem is positioned. */
function assertParsesSafely(text: string): Problem[] {
  const front = readFrontMatter(FILE, text);
  if (front !== undefined && 'problem' in front) assertPositioned([front.problem], FILE, text);
  const parsed = parseQuestionText(FILE, text);
  assertPositioned(parsed.problems, FILE, text);
  assert.equal(parsed.noFrontMatter === true, front === undefined);
  if (parsed.fields) assert.ok(parsed.problems.every((problem) => problem.severity === 'warning'));
  const exercise = parseQuestionText(FILE, text, 'some-exercise');
  assertPositioned(exercise.problems, FILE, text);
  return [...parsed.problems, ...exercise.problems];
}

const keyName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ALL_KEYS) },
  fc.constantFrom('null', 'True', '__proto__', 'constructor', 'toString', 'x-y', '_k', '1a', 'é', 'a b', '"id"', "'title'", '? id', '<<', '-', ''),
  fc.stringMatching(/^[A-Za-z_][\w-]{0,8}$/),
);
const plainWord = fc.stringMatching(/^[A-Za-z][\w .-]{0,12}$/);
const yamlTag = fc.constantFrom(
  '!!js/function "function () { return 1 }"', '!!js/regexp /x+/g', '!!js/undefined ""', '!!binary aGVsbG8=', '!!str 5', '!!int "7"', '!!float 1e3',
  '!!set {a, b}', '!!omap [a: 1]', '!!pairs [a: 1]', '!!timestamp 2025-01-01', '!!python/object:os.system {}', '!custom x', '!<tag:yaml.org,2002:str> x',
  '!!null ""', '!!bool yes', '!!map {}', '!!seq []', '!!merge <<',
);
const yamlScalar = fc.oneof(
  plainWord,
  fc.constantFrom('', '0', '007', '12', '240', '241', '1:30', '1:5', '10:00', '1e3', '0x1F', '0o17', '.5', '-3', '+4', '~', 'null', 'NULL', 'yes', 'No', 'on',
    'true', 'FALSE', '2025-01-01', '2025-01-01T10:00:00Z', '.inf', '-.Inf', '.NaN', 'a: b', 'a #b', 'a#b', 'x # comment', '"unterminated', "'", '[', ']', '{', '}',
    '|', '>', '&', '*', '!', '%', '@', '`', '- x', '? x', ': x', '"a\\qb"', '"\\x41"', '"\\u00e9"', "'it''s'"),
  fc.string({ maxLength: 12 }).map(yamlQuoted),
  fc.string({ maxLength: 12 }).map((text) => `'${text.replace(/'/g, "''")}'`),
  fc.string({ unit: 'binary', maxLength: 12 }),
  yamlTag,
);
const anchorName = fc.constantFrom('a', 'b', 'x1');
const { yamlValue } = fc.letrec<{ yamlValue: string }>((tie) => ({
  yamlValue: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    yamlScalar,
    fc.array(tie('yamlValue'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc.array(fc.tuple(keyName, tie('yamlValue')), { maxLength: 3 }).map((pairs) => `{${pairs.map(([key, value]) => `${key}: ${value}`).join(', ')}}`),
    fc.tuple(anchorName, tie('yamlValue')).map(([name, value]) => `&${name} ${value}`),
    anchorName.map((name) => `*${name}`),
  ),
}));
/** Nested flow collections, closed or not: mostly a few hundred deep, sometimes deeper than js-yaml's stack goes. */
const deepValue = fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) }, fc.constantFrom(3000, 20_000)), fc.constantFrom('[', '{a: '), fc.boolean()).map(([depth, open, closed]) => {
  const close = open === '[' ? ']' : '}';
  return `${open.repeat(depth)}x${closed ? close.repeat(depth) : ''}`;
});
const trailingComment = fc.constantFrom('', '', ' # note', '  #', ' #: x', '#x');
const frontMatterLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(keyName, fc.constantFrom(': ', ':', ' : ', ':  ', ':\t'), fc.oneof({ weight: 10, arbitrary: yamlValue }, deepValue), trailingComment).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), fc.constantFrom('- ', '-', '-  '), yamlValue, trailingComment).map((parts) => parts.join('')) },
  fc.tuple(fc.constantFrom('  ', '    '), keyName, yamlValue).map(([indent, key, value]) => `${indent}${key}: ${value}`),
  fc.constantFrom('', '   ', '\t', '# comment', '  # indented comment', '---', '...', '---x', '----', '--- # c', '... x', '```', '? id', ': x', '|', '  block text',
    '%YAML 1.2', '%TAG ! tag:x,2000:', '\uFEFF', '\u2028', '\r', 'a\rb: c', '\0'),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const bodyLine = fc.oneof(
  fc.constantFrom('Prompt text.', '## Answer', 'The answer.', '## Hints', '- a hint', '## Evaluation', '## Follow-ups', '## Unknown', '```', '~~~', '## inside?', '---', '...', '# Title', ''),
  fc.string({ maxLength: 30 }),
);
/** Documents built to look like front matter: odd fences, odd keys, tags, anchors, deep nesting. */
const frontMatterDocument = fc
  .record({
    open: fc.constantFrom('---', '---', '--- ', '---\t', '---  '),
    front: fc.array(frontMatterLine, { maxLength: 12 }),
    close: fc.constantFrom('---', '---', '...', '--- ', '...  ', ''),
    body: fc.array(bodyLine, { maxLength: 8 }),
    newline: eol,
    finalNewline: fc.boolean(),
  })
  .map(({ open, front, close, body, newline, finalNewline }) => [open, ...front, ...(close ? [close] : []), ...body].join(newline) + (finalNewline ? newline : ''));

/**
 * A few lines whose aliases expand to width^depth values: lists of lists of …, or mappings of
 * mappings, each level naming the one below it `width` times.
 */
const aliasBomb = fc
  .record({
    width: fc.integer({ min: 2, max: 6 }),
    depth: fc.integer({ min: 2, max: 6 }),
    mappings: fc.boolean(),
    key: fc.constantFrom('kind', 'difficulty', 'time', 'title', 'topic', 'id', 'roles', 'tags', 'languages', 'evaluation', 'exercise', 'unknown'),
  })
  .map(({ width, depth, mappings, key }) => {
    const level = (name: string) => (mappings ? `{${Array.from({ length: width }, (_, i) => `k${i}: ${name}`).join(', ')}}` : `[${Array(width).fill(name).join(', ')}]`);
    const lines = ['---', `l0: &l0 ${level('"lol"')}`];
    for (let d = 1; d < depth; d++) lines.push(`l${d}: &l${d} ${level(`*l${d - 1}`)}`);
    lines.push(`${key}: *l${depth - 1}`, '---', 'Prompt', '', '## Answer', 'Text', '');
    return lines.join('\n');
  });

// A generated valid question, and the fields parsing it must give back.

type Style = 'plain' | 'single' | 'double';
const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 ]*$/;
const YAML_WORDS = /^(null|true|false|y|n|yes|no|on|off)$/i;

/** `text` written as a YAML scalar in the given style, falling back to double quotes where that style cannot hold it. */
function scalarIn(style: Style, text: string, inFlow = false): string {
  if (style === 'plain' && PLAIN_SAFE.test(text) && !YAML_WORDS.test(text.trim()) && !(inFlow && text.includes(' #'))) return text;
  if (style !== 'double' && /^[\x20-\x7e]*$/.test(text) && text.trim() === text && text !== '') return `'${text.replace(/'/g, "''")}'`;
  return yamlQuoted(text);
}

const fieldText = fc.oneof(
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
  codeUnits(20),
).filter((text) => text.trim() !== '');
const style = fc.constantFrom<Style>('plain', 'single', 'double');
const listStyle = fc.constantFrom('flow', 'block', 'one');
const timeValue = fc.oneof(
  fc.record({ minutes: fc.integer({ min: 1, max: 240 }), quoted: fc.boolean() }).map(({ minutes, quoted }) => ({ text: quoted ? `"${minutes}"` : String(minutes), seconds: minutes * 60 })),
  fc.record({ minutes: fc.integer({ min: 0, max: 240 }), seconds: fc.integer({ min: 0, max: 59 }), quoted: fc.constantFrom('', '"', "'") })
    .filter(({ minutes, seconds }) => minutes * 60 + seconds > 0 && minutes * 60 + seconds <= 240 * 60)
    .map(({ minutes, seconds, quoted }) => ({ text: `${quoted}${minutes}:${String(seconds).padStart(2, '0')}${quoted}`, seconds: minutes * 60 + seconds })),
);
const listOf = (item: fc.Arbitrary<string>, minLength: number) =>
  fc.record({ items: fc.array(item, { minLength, maxLength: 4 }), style: listStyle, itemStyle: style, indent: fc.constantFrom('', '  ') });
const validQuestion = fc.record(
  {
    id: fc.record({ text: slug, style }),
    title: fc.record({ text: fieldText, style }),
    roles: listOf(fc.oneof(fc.constantFrom(...KNOWN_ROLES), fieldText), 1),
    topic: fc.record({ text: fieldText, style }),
    kind: fc.constantFrom(...KINDS),
    difficulty: fc.constantFrom(...DIFFICULTIES),
    time: timeValue,
    tags: listOf(fieldText, 0),
    exercise: fc.record({ text: slug, style }),
    evaluation: listOf(fieldText, 0),
    languages: fc.array(fc.constantFrom(...LANGUAGES, 'Python', 'TypeScript'), { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['id', 'title', 'roles', 'topic', 'kind', 'difficulty', 'time'], noNullPrototype: true },
);
const questionBody = fc.record({
  prompt: fc.array(fc.stringMatching(/^[A-Za-z][\w ,.?]{0,30}$/), { minLength: 1, maxLength: 3 }),
  hints: fc.option(fc.array(fc.stringMatching(/^[A-Za-z][\w ]{0,15}$/), { maxLength: 3 })),
  answer: fc.array(fc.stringMatching(/^[A-Za-z][\w ,.]{0,30}$/), { minLength: 1, maxLength: 3 }),
  evaluation: fc.option(fc.array(fc.stringMatching(/^[A-Za-z][\w ]{0,15}$/), { maxLength: 3 })),
});

type ListSpec = { items: string[]; style: string; itemStyle: Style; indent: string };
type GeneratedQuestion = typeof validQuestion extends fc.Arbitrary<infer T> ? T : never;
type GeneratedBody = typeof questionBody extends fc.Arbitrary<infer T> ? T : never;

/** The lines of one front-matter key holding a list, in the chosen style. */
function listLines(key: string, list: ListSpec, comment: string): string[] {
  if (list.style === 'one' && list.items.length === 1) return [`${key}: ${scalarIn(list.itemStyle, list.items[0])}${comment}`];
  if (list.style === 'block' && list.items.length > 0) return [`${key}:${comment}`, ...list.items.map((item) => `${list.indent}- ${scalarIn(list.itemStyle, item)}`)];
  // Flow items also must not hold commas or brackets unquoted.
  return [`${key}: [${list.items.map((item) => (/[,[\]{}:#]/.test(item) ? yamlQuoted(item) : scalarIn(list.itemStyle, item, true))).join(', ')}]${comment}`];
}

function questionText(question: GeneratedQuestion, body: GeneratedBody, layout: { order: number[]; comments: string[]; close: string; newline: string }): string {
  const comment = (index: number) => layout.comments[index % layout.comments.length];
  const entries: string[][] = [
    // An unquoted 0 or 007 is a number to YAML: ids are written as an author must write them.
    [`id: ${scalarIn(question.id.style, question.id.text)}`],
    [`title: ${scalarIn(question.title.style, question.title.text)}`],
    listLines('roles', question.roles, ''),
    [`topic: ${scalarIn(question.topic.style, question.topic.text)}`],
    [`kind: ${question.kind}`],
    [`difficulty: ${question.difficulty}`],
    [`time: ${question.time.text}`],
  ];
  if (question.tags) entries.push(listLines('tags', question.tags, ''));
  if (question.exercise) entries.push([`exercise: ${scalarIn(question.exercise.style, question.exercise.text)}`]);
  if (question.evaluation) entries.push(listLines('evaluation', question.evaluation, ''));
  if (question.languages) entries.push([`languages: [${question.languages.join(', ')}]`]);
  // The keys in a generated order: those `order` names first, then the rest.
  const order = [...new Set([...layout.order.filter((index) => index < entries.length), ...entries.keys()])];
  const front = order.flatMap((index) => entries[index].map((line, at) => (at === 0 ? line + comment(index) : line)));
  const lines = ['---', ...front, layout.close, '', ...body.prompt, ''];
  if (body.hints) lines.push('## Hints', ...body.hints.map((hint) => `- ${hint}`), '');
  lines.push('## Answer', ...body.answer, '');
  if (body.evaluation) lines.push('## Evaluation', ...body.evaluation.map((item) => `- ${item}`), '');
  return lines.join(layout.newline);
}

function expectedFields(question: GeneratedQuestion, body: GeneratedBody): QuestionFields {
  const trimmed = (list: ListSpec | undefined) => (list ? list.items.map((item) => item.trim()) : []);
  const fields: QuestionFields = {
    id: question.id.text,
    title: question.title.text.trim(),
    roles: trimmed(question.roles),
    topic: question.topic.text.trim(),
    kind: question.kind,
    difficulty: question.difficulty,
    time: question.time.seconds,
    tags: trimmed(question.tags),
    evaluation: [...trimmed(question.evaluation), ...(body.evaluation ?? []).map((item) => item.trim())],
  };
  if (question.exercise) fields.exercise = question.exercise.text;
  if (question.languages) fields.languages = question.languages.map((language) => language.toLowerCase() as Language);
  return fields;
}

describe('properties: front matter', () => {
  it('arbitrary text never makes parsing throw, and every problem points into the text', async () => {
    const text = fc.oneof(anyText(300), anyText(200).map((rest) => `---\n${rest}`), anyText(200).map((rest) => `---\r\n${rest}\n---\n`));
    await holds(fc.property(text, (input) => void assertParsesSafely(input)), 300);
  });

  it('documents built to look like front matter never make parsing throw, and every problem points into the text', async () => {
    await holds(fc.property(frontMatterDocument, (text) => {
      for (const problem of assertParsesSafely(text)) assert.ok(problem.message.length <= text.length + 300, `a ${problem.message.length}-character message`);
    }), 200);
  });

  it('alias-expanding front matter is reported without expanding it', async () => {
    await holds(fc.property(aliasBomb, (text) => {
      for (const problem of assertParsesSafely(text)) assert.ok(problem.message.length <= text.length + 300, `a ${problem.message.length}-character message: ${problem.message.slice(0, 200)}`);
    }), 100);
  });

  it('arbitrary bytes: size, NUL and UTF-8 checks never throw and report at 1:1', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.concat([Buffer.from('\uFEFF---\nid: x\n---\n'), tail])),
      anyText(200).map((text) => Buffer.from(text, 'utf8')),
    );
    await holds(fc.property(bytes, (data) => {
      const content = checkContent(FILE, data);
      assert.equal(content?.code, data.includes(0) ? 'binary' : undefined);
      const decoded = decodeUtf8(FILE, data);
      let strictText: string | undefined;
      try {
        strictText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(data);
      } catch {
        strictText = undefined;
      }
      if ('problem' in decoded) {
        assert.equal(strictText, undefined, 'only invalid UTF-8 is refused');
        assert.deepEqual([decoded.problem.file, decoded.problem.line, decoded.problem.column, decoded.problem.code], [FILE, 1, 1, 'not-utf8']);
      } else {
        assert.equal(decoded.text, strictText?.replace(/^\uFEFF/, ''), 'the text is the bytes decoded, without a byte order mark');
        assertParsesSafely(decoded.text);
      }
      if (content) assert.deepEqual([content.file, content.line, content.column], [FILE, 1, 1]);
    }), 300);
  });

  it('the size limit applies exactly above MAX_FILE_BYTES', async () => {
    await holds(fc.property(fc.integer({ min: 0, max: 4 * MAX_FILE_BYTES }), (size) => {
      const problem = tooLarge(FILE, size);
      assert.equal(problem === undefined, size <= MAX_FILE_BYTES);
      if (problem) assert.deepEqual([problem.file, problem.line, problem.column, problem.code], [FILE, 1, 1, 'too-large']);
    }), 200);
  });

  it('a generated valid question parses back to exactly its fields', async () => {
    const layout = fc.record({
      order: fc.array(fc.nat(10), { maxLength: 11 }),
      comments: fc.array(fc.constantFrom('', '', ' # a comment', '   #'), { minLength: 1, maxLength: 4 }),
      close: fc.constantFrom('---', '...', '---  ', '...\t'),
      newline: eol,
    });
    await holds(fc.property(validQuestion, questionBody, layout, (question, body, shape) => {
      const text = questionText(question, body, shape);
      const parsed = parseQuestionText(FILE, text);
      assert.deepEqual(parsed.problems.filter((problem) => problem.severity === 'error'), [], text);
      assert.deepEqual(parsed.fields, expectedFields(question, body), text);
      assertPositioned(parsed.problems, FILE, text);
    }), 200);
  });

  it('the fast path for flat front matter reads exactly what gray-matter reads', async () => {
    // A first line of "--- " sends the same front matter through gray-matter alone.
    const flatScalar = fc.oneof(
      fc.stringMatching(/^[A-Za-z][\w .:#'"-]{0,10}$/),
      fc.stringMatching(/^[0-9]{1,17}$/),
      fc.stringMatching(/^"[\w .:#'\\-]{0,8}"$/),
      fc.stringMatching(/^'[\w .:#"-]{0,8}'$/),
      fc.constantFrom('null', 'Null', 'TRUE', 'false', 'yes', '~', '1:30', '-1', '0', '00', '1.5', 'a\u00a0', 'é', '\u3000x', 'x\u0085y', 'a\tb', '"a" b', "'a'#b", '[a]', '[a, [b]]', '[ ]', '[]', '[a,,b]', '[a, ]', '[,]', '{a: 1}'),
    );
    const flatGroup = fc.oneof(
      fc.tuple(keyName, fc.constantFrom(': ', ':', ' : ', ':  ', ':\t'), flatScalar, trailingComment).map(([key, sep, value, comment]) => [`${key}${sep}${value}${comment}`]),
      fc.tuple(keyName, fc.array(flatScalar, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '), trailingComment).map(([key, items, sep, comment]) => [`${key}: [${items.join(sep)}]${comment}`]),
      fc.tuple(keyName, trailingComment, fc.array(fc.tuple(fc.constantFrom('', ' ', '  ', '- '), fc.constantFrom('- ', '-  ', '-'), flatScalar, trailingComment), { maxLength: 4 }))
        .map(([key, comment, items]) => [`${key}:${comment}`, ...items.map((parts) => parts.join(''))]),
      fc.constantFrom(['# comment'], [''], ['   '], ['  # indented'], ['\t'], ['a\rb: c'], ['k: v\r']),
    );
    const flatDocument = fc.tuple(fc.array(flatGroup, { maxLength: 8 }), eol, fc.constantFrom('---', '--- ')).map(([groups, newline, close]) => ['---', ...groups.flat(), close, 'Body'].join(newline));
    await holds(fc.property(flatDocument, (text) => {
      const fast = readFrontMatter(FILE, text);
      const slow = readFrontMatter(FILE, `--- ${text.slice(3)}`);
      assert.deepEqual(fast, slow, text);
    }), 300);
  });

  it('regression: front matter closed with "..." is read up to that line', () => {
    const parsed = parseQuestionText(FILE, '---\nid: dots\ntitle: Closed with dots\nroles: [AI Engineer]\ntopic: YAML\nkind: concept\ndifficulty: easy\ntime: 5\n...\nThe prompt.\n\n## Answer\nText\n');
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.fields?.title, 'Closed with dots');
    const front = readFrontMatter(FILE, '---\na: 1\n...\n---\nb: 2\n');
    assert.ok(front && !('problem' in front));
    assert.deepEqual(front.data, { a: 1 });
    assert.equal(front.content, '---\nb: 2\n');
  });

  it('regression: a YAML error is placed on its own line, never before the line starts or past its end', () => {
    const position = (text: string) => {
      const front = readFrontMatter(FILE, text);
      assert.ok(front && 'problem' in front, text);
      return [front.problem.line, front.problem.column];
    };
    assert.deepEqual(position('---\nt: |\nt: |\n---\nbody\n'), [3, 1], 'the duplicated key (was column -4)');
    assert.deepEqual(position('---\nid: x\n\0\n---\n'), [3, 1], 'the NUL byte (was 1:8, past the end of "---")');
    assert.deepEqual(position('---\r\nid: [a\r\n---\r\n'), [3, 1], 'the end of the front matter is its closing line, as before');
    assert.deepEqual(position('---\nid: x\nroles: [a\ntitle: t\n---\nbody\n'), [4, 1], 'as before');
  });

  it('regression: an alias expanding to a huge list is reported without printing it', () => {
    const lines = ['---', 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let level = 1; level < 6; level++) lines.push(`a${level}: &a${level} [${Array(10).fill(`*a${level - 1}`).join(', ')}]`);
    const text = [...lines, 'kind: *a5', 'time: *a5', '---', 'Prompt', '', '## Answer', 'Text', ''].join('\n');
    const parsed = parseQuestionText(FILE, text);
    const kind = parsed.problems.find((problem) => problem.message.startsWith('kind'));
    const time = parsed.problems.find((problem) => problem.message.startsWith('time'));
    assert.ok(kind && time);
    assert.ok(kind.message.length < 200 && time.message.length < 200, `${kind.message}\n${time.message}`);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Plain markdown banks

const ROLE_FOLDERS = fc.tuple(fc.constantFrom(...KNOWN_ROLES), fc.constantFrom('_', '-', ' '), fc.constantFrom('lower', 'as-is', 'upper'), fc.constantFrom('', '03_', '1-'))
  .map(([role, separator, letterCase, prefix]) => {
    const words = role.split(' ').join(separator);
    return { role, folder: prefix + (letterCase === 'lower' ? words.toLowerCase() : letterCase === 'upper' ? words.toUpperCase() : words) };
  });
/** Words that no importer pattern looks for (question, answer, topic, rubric, …). */
const word = fc.oneof(fc.constantFrom('cache', 'vector', 'latency', 'gradient', 'shard', 'token', 'embedding', 'queue', 'batch', 'index', 'replica', 'drift', 'bias', 'lock', 'retry'), fc.stringMatching(/^[bcdfgjkmnpvwxz]{2,8}$/));
const phrase = (maxWords: number) => fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' '));

const markdownLine = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), fc.constantFrom(' ', '  ', '\t'), fc.oneof(
    fc.constantFrom('****', '__', '** **', '__ __', '#', 'Question', 'Question: what is a cache and why?', 'Q1: x', 'Answer', 'Model answer', 'Topic: caching', 'Topic:', 'Topic: ****',
      '1. Question', 'Hints', 'Follow-ups', 'Rubric', 'What this question tests', 'Evaluation', 'The question'),
    phrase(4),
    anyText(20),
  )).map(([level, space, text]) => `${'#'.repeat(level)}${space}${text}`),
  fc.constantFrom('> quoted prompt', '>', '```', '~~~', '```python', '**Topic:** retrieval', 'Topic: ****', '__Topic__: __', '**Difficulty:** hard', 'Level: easy', 'Time: 12 min',
    'Duration: 0 minutes', 'Time limit: 999 minutes', '- item', '* item', '1. item', '   continued', '---', '***', '', '   ', 'Tell me about a time you failed.', 'Design a cache.'),
  phrase(6),
  anyText(40),
);
const markdownText = fc.oneof(anyText(300), fc.tuple(fc.array(markdownLine, { maxLength: 20 }), eol).map(([lines, newline]) => lines.join(newline)));
const bankFile = fc.tuple(
  fc.array(fc.oneof(fc.constantFrom('AI_Engineer', 'ml-engineer', '__', '-', '01_', '.', 'é', 'a b'), fc.stringMatching(/^[\w .-]{1,10}$/)), { maxLength: 3 }),
  fc.oneof(fc.constantFrom('__', '-', 'q', 'README', '.hidden', 'a--b'), fc.stringMatching(/^[\w .-]{1,12}$/)),
).map(([folders, name]) => path.join('/bank', ...folders, `${name}.md`));

describe('properties: plain markdown import', () => {
  it('arbitrary text never makes the importer throw, and what it imports has a title, topic, role and prompt', async () => {
    await holds(fc.property(markdownText, bankFile, fc.integer({ min: 1, max: 240 }), (text, file, minutes) => {
      const extract = extractPlain(text);
      for (const name of ['title', 'topic', 'prompt', 'answer'] as const) if (extract[name] !== undefined) assert.notEqual(extract[name].trim(), '', `${name} of ${JSON.stringify(text)}`);
      const question = importPlainQuestion(file, '/bank', text, minutes);
      if (!question) return;
      assert.ok(extract.prompt, 'a question needs a prompt');
      assert.notEqual(question.title.trim(), '', `title of ${file}: ${JSON.stringify(text)}`);
      assert.notEqual(question.topic.trim(), '', `topic of ${file}: ${JSON.stringify(text)}`);
      assert.equal(question.roles.length, 1);
      assert.notEqual(question.roles[0].trim(), '', `role of ${file}`);
      assert.match(question.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(question.id.length <= 120);
      assert.ok(KINDS.includes(question.kind) && DIFFICULTIES.includes(question.difficulty));
      assert.equal(question.time, (extract.minutes ?? minutes) * 60);
      assert.ok(question.time >= 60 && question.time <= 240 * 60);
      assert.deepEqual(question.evaluation, extract.evaluation);
      for (const field of ['topic', 'difficulty'] as const) assert.equal(question.inferred.includes(field), extract[field] === undefined, field);
      // A heading that names only a role or "Interview Question" gives way to the question's words, which are a guess.
      const headingTitle = extract.title !== undefined && !namesOnlyRole(extract.title);
      assert.equal(question.inferred.includes('title'), !headingTitle, 'title');
      if (headingTitle) assert.equal(question.title, extract.title);
    }), 300);
  });

  it('a generated plain question is read back: title, topic, prompt, answer, lists, difficulty, time and role', async () => {
    const plain = fc.record({
      title: phrase(4),
      boldTitle: fc.boolean(),
      topic: fc.option(fc.record({ text: phrase(3), form: fc.constantFrom('heading', 'bold line', 'line') })),
      prompt: fc.array(phrase(8), { minLength: 1, maxLength: 3 }),
      quoted: fc.boolean(),
      difficulty: fc.option(fc.constantFrom(...DIFFICULTIES)),
      minutes: fc.option(fc.integer({ min: 1, max: 240 })),
      answer: fc.array(phrase(8), { minLength: 1, maxLength: 3 }),
      hints: fc.array(phrase(4), { maxLength: 3 }),
      evaluation: fc.array(phrase(4), { maxLength: 3 }),
      evaluationHeading: fc.constantFrom('What this question tests', 'Evaluation', 'Rubric', 'Key points'),
      followUps: fc.array(phrase(4), { maxLength: 3 }),
      role: ROLE_FOLDERS,
      subFolder: fc.option(fc.stringMatching(/^[a-z]{2,8}(?:[-_][a-z]{2,8})?$/)),
      name: fc.stringMatching(/^[a-z]{1,8}(?:[-_][a-z]{1,8})?$/),
      newline: eol,
    });
    await holds(fc.property(plain, (doc) => {
      const lines = [doc.boldTitle ? `# **${doc.title}**` : `# ${doc.title}`, ''];
      if (doc.topic) lines.push(doc.topic.form === 'heading' ? `## Topic: ${doc.topic.text}` : doc.topic.form === 'bold line' ? `**Topic:** ${doc.topic.text}` : `Topic: ${doc.topic.text}`, '');
      lines.push('## Question', ...doc.prompt.map((line) => (doc.quoted ? `> ${line}` : line)), '');
      if (doc.difficulty) lines.push(`**Difficulty:** ${doc.difficulty}`);
      if (doc.minutes) lines.push(`**Time allocated:** ${doc.minutes} minutes`);
      lines.push('', '## Answer', ...doc.answer, '');
      if (doc.hints.length > 0) lines.push('## Hints', ...doc.hints.map((hint) => `- ${hint}`), '');
      if (doc.evaluation.length > 0) lines.push(`## ${doc.evaluationHeading}`, ...doc.evaluation.map((item) => `- ${item}`), '');
      if (doc.followUps.length > 0) lines.push('## Follow-ups', ...doc.followUps.map((item) => `* ${item}`), '');
      const text = lines.join(doc.newline);

      const expected: ReturnType<typeof extractPlain> = { title: doc.title, prompt: doc.prompt.join('\n'), answer: doc.answer.join('\n'), hints: doc.hints, evaluation: doc.evaluation, followUps: doc.followUps };
      if (doc.topic) expected.topic = doc.topic.text;
      if (doc.difficulty) expected.difficulty = doc.difficulty;
      if (doc.minutes) expected.minutes = doc.minutes;
      assert.deepEqual(extractPlain(text), expected, text);

      const file = path.join('/bank', doc.role.folder, ...(doc.subFolder ? [doc.subFolder] : []), `${doc.name}.md`);
      const question = importPlainQuestion(file, '/bank', text, 10);
      assert.ok(question, text);
      assert.deepEqual(question.roles, [doc.role.role]);
      assert.equal(question.title, doc.title);
      assert.equal(question.topic, doc.topic?.text ?? (doc.subFolder ? question.topic : doc.title));
      assert.equal(question.difficulty, doc.difficulty ?? 'medium');
      assert.equal(question.time, (doc.minutes ?? 10) * 60);
      assert.deepEqual(question.evaluation, doc.evaluation);
      assert.deepEqual(question.inferred.filter((field) => ['title', 'topic', 'difficulty', 'time'].includes(field)),
        [...(doc.topic ? [] : ['topic']), ...(doc.difficulty ? [] : ['difficulty']), ...(doc.minutes ? [] : ['time'])]);
    }), 200);
  });

  it('regression: a heading of bare emphasis, or a folder or file name of only dashes, gives no blank title, topic or role', () => {
    const extract = extractPlain('# ****\n\n## Topic:\n\n## Question\nWhat is a cache?\n\n## Answer\nA store.\n');
    assert.equal(extract.title, undefined);
    assert.equal(extract.topic, undefined);
    const question = importPlainQuestion('/bank/__/--/__.md', '/bank', '# ****\n\n## Question\nWhat is a cache?\n\n## Answer\nA store.\n', 10);
    assert.ok(question);
    assert.deepEqual([question.title, question.topic, question.roles], ['question', 'question', ['General']]);
    assert.ok(question.inferred.includes('title') && question.inferred.includes('topic'));
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Scaffold paths

/** `target` lies in `root` (or is it), judged on whole path segments. The reference isInside must match. */
function insideBySegments(root: string, target: string): boolean {
  const rootParts = path.resolve(root).split(path.sep).filter(Boolean);
  const targetParts = path.resolve(target).split(path.sep).filter(Boolean);
  return rootParts.length <= targetParts.length && rootParts.every((part, index) => targetParts[index] === part);
}

const pathSegment = fc.oneof(fc.constantFrom('a', 'b', 'ws', '..', '.', '', '..a', 'a..', '...', '.a', '..\\a', 'é', ' ', '🙂'), fc.stringMatching(/^[a-z.]{1,4}$/));
const anyPath = fc.tuple(fc.boolean(), fc.array(pathSegment, { maxLength: 6 })).map(([absolute, segments]) => (absolute ? '/' : '') + segments.join('/'));
const workspaceRoot = fc.array(fc.oneof(fc.constantFrom('ws', 'home', 'my project', 'é'), fc.stringMatching(/^[a-z]{1,6}$/)), { minLength: 1, maxLength: 3 }).map((parts) => `/${parts.join('/')}`);
const oddText = fc.oneof(
  fc.constantFrom('..', '../x', '../../etc', '/abs', '/etc/passwd', 'a/b', 'a\\b', '..\\..\\x', 'C:\\x', 'C:', '~', '$HOME', '\0', 'a\0b', '.', '', '-a', 'a--b', 'A', 'x/../..', 'a/./b', '\u202e', '🙂', 'é'),
  fc.constant('a'.repeat(300)),
  anyPath,
  anyText(20),
);

describe('properties: scaffold paths', () => {
  it('isInside agrees with a comparison of whole path segments', async () => {
    // Half the targets are the root with more segments after it, where "..a" and ".." matter.
    const pair = fc.tuple(anyPath, fc.boolean(), anyPath).map(([root, extend, other]) => [root, extend ? `${root}/${other.replace(/^\//, '')}` : other] as const);
    await holds(fc.property(pair, ([root, target]) => {
      assert.equal(isInside(root, target), insideBySegments(root, target), `${root} ⊇ ${target}`);
      assert.equal(isInside(root, root), true);
    }), 300);
  });

  it('exerciseTarget either refuses or returns a folder named by the id inside the workspace', async () => {
    await holds(fc.property(workspaceRoot, fc.oneof(fc.constant('interview-exercises'), oddText), fc.oneof(slug, oddText), (root, folder, id) => {
      let target: string;
      try {
        target = exerciseTarget(root, folder, id);
      } catch {
        return;
      }
      assert.ok(insideBySegments(root, target), `${JSON.stringify(folder)} + ${JSON.stringify(id)} → ${target}, outside ${root}`);
      assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.equal(target, path.join(path.resolve(root, folder || 'interview-exercises'), id));
    }), 300);
  });

  it('exerciseTarget accepts every slug in every plain relative folder', async () => {
    const folder = fc.oneof(fc.constant(''), fc.array(fc.stringMatching(/^[\w -]{1,10}$/).filter((name) => name.trim() !== '' && !/^\.+$/.test(name)), { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/')));
    await holds(fc.property(workspaceRoot, folder, slug, (root, setting, id) => {
      assert.equal(exerciseTarget(root, setting, id), path.join(root, setting || 'interview-exercises', id));
    }), 200);
  });

  it('planScaffold over generated trees copies only regular files from inside the source to inside the target', async () => {
    type Entry = { type: 'file'; name: string } | { type: 'dir'; name: string; children: Entry[] } | { type: 'link'; name: string; to: string };
    const entryName = fc.oneof(
      fc.constantFrom('solution.py', 'reference.py', 'REFERENCE.TS', 'reference.py.bak', 'test_solution.py', '..foo', '...', '.hidden', 'a b', '-rf', 'é', '🙂', 'line\nbreak',
        'back\\slash', '__pycache__', 'node_modules', 'x'.repeat(200), 'data', 'sub', '..\\up'),
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
    const tree = fc.record({ entries, sourceIsLink: fc.integer({ min: 0, max: 4 }).map((n) => n === 0), targetName: fc.constantFrom('target', 'tar get', 'é', '..t') });

    await holds(fc.asyncProperty(tree, async ({ entries: top, sourceIsLink, targetName }) => {
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
              const to = { 'outside-file': path.join(outside, 'secret.txt'), 'outside-dir': path.join(outside, 'secret-dir'), sibling: 'solution.py', parent: '..', root: source, dangling: 'nowhere', absolute: '/etc' }[entry.to];
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
    }), 40);
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

// ---------------------------------------------------------------------------------------------
// 4. The progress log

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
/** ISO 8601 times as the store accepts them: Z or an offset, minutes to microseconds. */
const isoTime = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1000, 0, 2), max: Date.UTC(9999, 11, 30) }),
    offset: fc.integer({ min: -14 * 4, max: 14 * 4 }).map((quarters) => quarters * 15),
    precision: fc.constantFrom('minutes', 'seconds', 'millis', 'micros'),
    zulu: fc.boolean(),
  })
  .map(({ ms, offset, precision, zulu }) => {
    const shift = zulu ? 0 : offset;
    const wall = new Date(ms + shift * 60_000).toISOString();
    let text = wall.slice(0, 16);
    if (precision !== 'minutes') text += wall.slice(16, 19);
    if (precision === 'millis' || precision === 'micros') text += wall.slice(19, 23);
    if (precision === 'micros') text += '417';
    return text + (zulu ? 'Z' : `${shift < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(shift) / 60))}:${pad(Math.abs(shift) % 60)}`);
  });
// `+ 0` turns -0 into 0: JSON writes both as 0, so -0 cannot come back (and means nothing here).
const milliseconds = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e15, noNaN: true })).map((value) => value + 0);
const idText = fc.oneof(slug, anyText(30)).filter((text) => text.trim() !== '' && text.length <= 200);
const tricky = fc.constantFrom('', ' ', 'a,b', '"quoted"', 'line\nbreak', 'cr\rlf\r\n', '=SUM(A1:A3)', '+1', '-1', '@handle', '\tindent', "'quoted", "''", "'=x", '\uFEFFbom', '{"v":1}', '",', 'é🙂', '\ud800');
const attemptArbitrary: fc.Arbitrary<Attempt> = fc.record(
  {
    id: idText,
    kind: fc.constantFrom(...ATTEMPT_KINDS),
    questionId: fc.oneof(idText, tricky.filter((text) => text.trim() !== '')),
    at: isoTime,
    durationMs: milliseconds,
    allottedMs: milliseconds,
    score: fc.double({ min: 0, max: 10, noNaN: true }).map((value) => value + 0),
    grade: fc.constantFrom(...RECALL_GRADES),
    hintsUsed: fc.nat(),
    outcome: fc.constantFrom(...OUTCOMES),
    draft: fc.oneof(anyText(80), tricky, fc.tuple(tricky, anyText(20), tricky).map((parts) => parts.join(''))),
    language: idText,
    timeToGreenMs: milliseconds,
    sessionId: idText,
    suggestedScore: fc.integer({ min: 0, max: 10 }),
    suggestedBy: idText,
    interview: fc.oneof(anyText(80), tricky).filter((text) => text !== ''),
  },
  { requiredKeys: ['id', 'kind', 'questionId', 'at', 'durationMs'], noNullPrototype: true },
);
const attempts = (maxLength: number) => fc.uniqueArray(attemptArbitrary, { selector: (attempt) => attempt.id, maxLength });

/** What the store keeps of a valid attempt: known fields, `at` in UTC. */
function validated(attempt: Attempt): Attempt {
  const checked = validateAttempt(attempt);
  assert.ok(checked.ok, `the generated attempt is invalid: ${checked.ok ? '' : checked.error}`);
  return checked.attempt;
}

/** A CSV cell cannot tell an empty text from a missing one, so an empty draft comes back without it. */
function throughCsv(attempt: Attempt): Attempt {
  const { draft, ...rest } = validated(attempt);
  return draft === '' ? rest : validated(attempt);
}

const byTime = (list: readonly Attempt[]) => [...list].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

describe('properties: progress log', () => {
  it('crc32 matches zlib', async () => {
    await holds(fc.property(anyText(100), (text) => assert.equal(crc32(text), zlibCrc32(Buffer.from(text, 'utf8')))), 200);
  });

  it('decodeLine never throws, and what it accepts is a valid attempt', async () => {
    const line = fc.oneof(
      anyText(200),
      fc.tuple(attemptArbitrary, fc.nat(), fc.nat()).map(([attempt, at, length]) => {
        const text = encodeLine(attempt);
        return text.slice(0, at % text.length) + text.slice((at % text.length) + (length % 5));
      }),
      fc.record({ questionId: fc.oneof(idText, fc.integer(), fc.constant(null)), time: fc.oneof(isoTime, fc.integer(), fc.double(), anyText(10)), grade: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom(...RECALL_GRADES), anyText(5)) }, { requiredKeys: [] }).map((record) => JSON.stringify(record)),
      fc.record({ v: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double(), fc.constant('1'), fc.constant(null)), attempt: fc.oneof(attemptArbitrary, fc.anything()) }, { requiredKeys: ['v'] }).map((record) => JSON.stringify(record)),
      fc.anything().map((value) => JSON.stringify(value) ?? 'undefined'),
    );
    await holds(fc.property(line, (text) => {
      const decoded = decodeLine(text);
      if (decoded?.attempt) assert.deepEqual(validateAttempt(decoded.attempt), { ok: true, attempt: decoded.attempt });
    }), 300);
  });

  it('encodeLine → decodeLine gives back every valid attempt, and one changed character is caught', async () => {
    await holds(fc.property(attemptArbitrary, fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (attempt, at, replacement) => {
      const expected = validated(attempt);
      const line = encodeLine(attempt);
      assert.ok(line.endsWith('\n') && !line.slice(0, -1).includes('\n'), 'one line');
      const text = line.slice(0, -1);
      assert.deepEqual(decodeLine(text), { attempt: expected, text });
      const index = at % text.length;
      const changed = text.slice(0, index) + replacement + text.slice(index + 1);
      if (changed !== text) assert.equal(decodeLine(changed), undefined, `changed at ${index}: ${changed}`);
    }), 300);
  });

  it('a log of valid lines with garbage and torn writes mixed in loads every intact record', async () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.record({ kind: fc.constant('intact' as const), crlf: fc.boolean() }) },
      fc.record({ kind: fc.constant('torn' as const), cut: fc.nat() }),
      fc.record({ kind: fc.constant('garbage line' as const), text: anyText(40) }),
      fc.record({ kind: fc.constant('glued bytes' as const), bytes: fc.uint8Array({ maxLength: 20 }) }),
      fc.constant({ kind: 'blank' as const }),
    );
    const log = fc.uniqueArray(attemptArbitrary, { selector: (attempt) => attempt.id, minLength: 1, maxLength: 8 }).chain((list) =>
      fc.tuple(fc.constant(list), fc.array(fc.tuple(piece, fc.nat(list.length - 1)), { maxLength: 14 })));
    await holds(fc.asyncProperty(log, async ([list, pieces]) => {
      const dir = scratchDir();
      const chunks: Buffer[] = [];
      const intact = new Set<string>();
      for (const [part, which] of pieces) {
        const line = encodeLine(list[which]);
        if (part.kind === 'intact') {
          chunks.push(Buffer.from(part.crlf ? `${line.slice(0, -1)}\r\n` : line));
          intact.add(list[which].id);
        } else if (part.kind === 'torn') {
          // Torn before the closing brace: what is left cannot be a whole record.
          const bytes = Buffer.from(line);
          chunks.push(bytes.subarray(0, part.cut % (bytes.length - 2)));
        } else if (part.kind === 'garbage line') {
          chunks.push(Buffer.from(`${part.text}\n`));
        } else if (part.kind === 'glued bytes') {
          chunks.push(Buffer.from(part.bytes));
        } else {
          chunks.push(Buffer.from('\n'));
        }
      }
      writeFileSync(path.join(dir, LOG_FILE), Buffer.concat(chunks));
      const generated = new Map(list.map((attempt) => [attempt.id, validated(attempt)]));
      const loaded = await new ProgressStore(dir).load();
      const ids = loaded.attempts.map((attempt) => attempt.id);
      assert.equal(new Set(ids).size, ids.length, 'each id once');
      for (const id of intact) assert.ok(ids.includes(id), `lost the intact record ${JSON.stringify(id)}`);
      for (const attempt of loaded.attempts) assert.deepEqual(attempt, generated.get(attempt.id), 'nothing invented or altered');
      // The repaired log reads the same again, with nothing left to repair.
      const again = await new ProgressStore(dir).load();
      assert.equal(again.recovered, undefined);
      assert.deepEqual(again.attempts, loaded.attempts);
      rmSync(dir, { recursive: true, force: true });
    }), 40);
  });

  it('CSV export parses back cell by cell, formula-like text defused', async () => {
    await holds(fc.property(attempts(6), (list) => {
      // The store only ever exports attempts it validated (`at` in UTC).
      const rows = parseCsv(toCsv(list.map(validated)));
      assert.deepEqual(rows[0], ATTEMPT_FIELDS);
      assert.equal(rows.length, list.length + 1);
      list.forEach((attempt, index) => {
        const checked = validated(attempt);
        assert.deepEqual(rows[index + 1], ATTEMPT_FIELDS.map((name) => {
          const value = checked[name];
          if (value === undefined) return '';
          return typeof value === 'string' && /^[=+\-@\t\r']/.test(value) ? `'${value}` : String(value);
        }));
      });
    }), 200);
  });

  it('CSV and JSON export → import round-trip every attempt', async () => {
    await holds(fc.asyncProperty(attempts(6), async (list) => {
      const source = scratchDir();
      writeFileSync(path.join(source, LOG_FILE), list.map((attempt) => encodeLine(attempt)).join(''));
      const store = new ProgressStore(source);
      const sorted = byTime(list.map(validated));

      const csvTarget = new ProgressStore(scratchDir());
      const csv = await store.exportCsv();
      assert.deepEqual(await csvTarget.importCsv(csv), { added: list.length, duplicates: 0, rejected: 0, errors: [] });
      assert.deepEqual((await csvTarget.load()).attempts, byTime(list.map(throughCsv)));

      const jsonTarget = new ProgressStore(scratchDir());
      const json = await store.exportJson();
      assert.deepEqual(await jsonTarget.importJson(json), { added: list.length, duplicates: 0, rejected: 0, errors: [] });
      assert.deepEqual((await jsonTarget.load()).attempts, sorted);
      assert.deepEqual(await jsonTarget.importJson(json), { added: 0, duplicates: list.length, rejected: 0, errors: [] }, 'a second import only finds duplicates');
      for (const dir of [source, csvTarget.dir, jsonTarget.dir]) rmSync(dir, { recursive: true, force: true });
    }), 30);
  });

  it('parseCsv reads back any cells written with RFC 4180 quoting', async () => {
    const cell = fc.oneof(anyText(12), fc.constantFrom('', ',', '"', '""', '\r\n', '\n', '\r', ' ', "'=x"));
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { maxLength: 6 });
    await holds(fc.property(table, eol, fc.boolean(), (rows, newline, quoteAll) => {
      // A byte order mark opening the text is taken for an encoding mark, so a writer quotes a cell that starts with one.
      const write = (text: string) => (quoteAll || /[",\r\n]/.test(text) || text.startsWith('\uFEFF') ? `"${text.replace(/"/g, '""')}"` : text);
      const csv = rows.map((row) => row.map(write).join(',')).join(newline) + newline;
      assert.deepEqual(parseCsv(csv), rows);
    }), 200);
  });
});

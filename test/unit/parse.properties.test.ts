// Property-based tests (fast-check) for question front matter, which comes from strangers.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DIFFICULTIES, KINDS, KNOWN_ROLES, LANGUAGES, type Language } from '../../src/bank/model';
import { checkContent, decodeUtf8, MAX_FILE_BYTES, parseQuestionText, readFrontMatter, tooLarge } from '../../src/bank/parse';
import { ALL_KEYS, type QuestionFields } from '../../src/bank/validate';
import { anyText, assertParsesSafely, assertPositioned, codeUnits, eol, FILE, holds, slug, yamlQuoted } from './propertyHelpers';

const keyName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ALL_KEYS) },
  fc.constantFrom('null', 'True', '__proto__', 'constructor', 'toString', 'x-y', '_k', '1a', 'é', 'a b', '"id"', "'title'", '? id', '<<', '-', ''),
  fc.stringMatching(/^[A-Za-z_][\w-]{0,8}$/),
);
const plainWord = fc.stringMatching(/^[A-Za-z][\w .-]{0,12}$/);
const yamlTag = fc.constantFrom(
  '!!js/function "function () { return 1 }"',
  '!!js/regexp /x+/g',
  '!!js/undefined ""',
  '!!binary aGVsbG8=',
  '!!str 5',
  '!!int "7"',
  '!!float 1e3',
  '!!set {a, b}',
  '!!omap [a: 1]',
  '!!pairs [a: 1]',
  '!!timestamp 2025-01-01',
  '!!python/object:os.system {}',
  '!custom x',
  '!<tag:yaml.org,2002:str> x',
  '!!null ""',
  '!!bool yes',
  '!!map {}',
  '!!seq []',
  '!!merge <<',
);
const yamlScalar = fc.oneof(
  plainWord,
  fc.constantFrom(
    '',
    '0',
    '007',
    '12',
    '240',
    '241',
    '1:30',
    '1:5',
    '10:00',
    '1e3',
    '0x1F',
    '0o17',
    '.5',
    '-3',
    '+4',
    '~',
    'null',
    'NULL',
    'yes',
    'No',
    'on',
    'true',
    'FALSE',
    '2025-01-01',
    '2025-01-01T10:00:00Z',
    '.inf',
    '-.Inf',
    '.NaN',
    'a: b',
    'a #b',
    'a#b',
    'x # comment',
    '"unterminated',
    "'",
    '[',
    ']',
    '{',
    '}',
    '|',
    '>',
    '&',
    '*',
    '!',
    '%',
    '@',
    '`',
    '- x',
    '? x',
    ': x',
    '"a\\qb"',
    '"\\x41"',
    '"\\u00e9"',
    "'it''s'",
  ),
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
const deepValue = fc
  .tuple(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) }, fc.constantFrom(3000, 20_000)), fc.constantFrom('[', '{a: '), fc.boolean())
  .map(([depth, open, closed]) => {
    const close = open === '[' ? ']' : '}';
    return `${open.repeat(depth)}x${closed ? close.repeat(depth) : ''}`;
  });
const trailingComment = fc.constantFrom('', '', ' # note', '  #', ' #: x', '#x');
const frontMatterLine = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(keyName, fc.constantFrom(': ', ':', ' : ', ':  ', ':\t'), fc.oneof({ weight: 10, arbitrary: yamlValue }, deepValue), trailingComment)
      .map((parts) => parts.join('')),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.constantFrom('', '  ', '    ', '\t'), fc.constantFrom('- ', '-', '-  '), yamlValue, trailingComment).map((parts) => parts.join('')),
  },
  fc.tuple(fc.constantFrom('  ', '    '), keyName, yamlValue).map(([indent, key, value]) => `${indent}${key}: ${value}`),
  fc.constantFrom(
    '',
    '   ',
    '\t',
    '# comment',
    '  # indented comment',
    '---',
    '...',
    '---x',
    '----',
    '--- # c',
    '... x',
    '```',
    '? id',
    ': x',
    '|',
    '  block text',
    '%YAML 1.2',
    '%TAG ! tag:x,2000:',
    '\uFEFF',
    '\u2028',
    '\r',
    'a\rb: c',
    '\0',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const bodyLine = fc.oneof(
  fc.constantFrom(
    'Prompt text.',
    '## Answer',
    'The answer.',
    '## Hints',
    '- a hint',
    '## Evaluation',
    '## Follow-ups',
    '## Unknown',
    '```',
    '~~~',
    '## inside?',
    '---',
    '...',
    '# Title',
    '',
  ),
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
  .map(
    ({ open, front, close, body, newline, finalNewline }) => [open, ...front, ...(close ? [close] : []), ...body].join(newline) + (finalNewline ? newline : ''),
  );

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
    const level = (name: string) =>
      mappings ? `{${Array.from({ length: width }, (_, i) => `k${i}: ${name}`).join(', ')}}` : `[${Array(width).fill(name).join(', ')}]`;
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

const fieldText = fc
  .oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,20}$/), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), codeUnits(20))
  .filter((text) => text.trim() !== '');
const style = fc.constantFrom<Style>('plain', 'single', 'double');
const listStyle = fc.constantFrom('flow', 'block', 'one');
const timeValue = fc.oneof(
  fc
    .record({ minutes: fc.integer({ min: 1, max: 240 }), quoted: fc.boolean() })
    .map(({ minutes, quoted }) => ({ text: quoted ? `"${minutes}"` : String(minutes), seconds: minutes * 60 })),
  fc
    .record({ minutes: fc.integer({ min: 0, max: 240 }), seconds: fc.integer({ min: 0, max: 59 }), quoted: fc.constantFrom('', '"', "'") })
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
  if (list.style === 'block' && list.items.length > 0)
    return [`${key}:${comment}`, ...list.items.map((item) => `${list.indent}- ${scalarIn(list.itemStyle, item)}`)];
  // Flow items also must not hold commas or brackets unquoted.
  return [`${key}: [${list.items.map((item) => (/[,[\]{}:#]/.test(item) ? yamlQuoted(item) : scalarIn(list.itemStyle, item, true))).join(', ')}]${comment}`];
}

function questionText(
  question: GeneratedQuestion,
  body: GeneratedBody,
  layout: { order: number[]; comments: string[]; close: string; newline: string },
): string {
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
    const text = fc.oneof(
      anyText(300),
      anyText(200).map((rest) => `---\n${rest}`),
      anyText(200).map((rest) => `---\r\n${rest}\n---\n`),
    );
    await holds(
      fc.property(text, (input) => void assertParsesSafely(input)),
      300,
    );
  });

  it('documents built to look like front matter never make parsing throw, and every problem points into the text', async () => {
    await holds(
      fc.property(frontMatterDocument, (text) => {
        for (const problem of assertParsesSafely(text)) assert.ok(problem.message.length <= text.length + 300, `a ${problem.message.length}-character message`);
      }),
      200,
    );
  });

  it('alias-expanding front matter is reported without expanding it', async () => {
    await holds(
      fc.property(aliasBomb, (text) => {
        for (const problem of assertParsesSafely(text))
          assert.ok(problem.message.length <= text.length + 300, `a ${problem.message.length}-character message: ${problem.message.slice(0, 200)}`);
      }),
      100,
    );
  });

  it('arbitrary bytes: size, NUL and UTF-8 checks never throw and report at 1:1', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.uint8Array({ maxLength: 200 }).map((tail) => Buffer.concat([Buffer.from('\uFEFF---\nid: x\n---\n'), tail])),
      anyText(200).map((text) => Buffer.from(text, 'utf8')),
    );
    await holds(
      fc.property(bytes, (data) => {
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
      }),
      300,
    );
  });

  it('the size limit applies exactly above MAX_FILE_BYTES', async () => {
    await holds(
      fc.property(fc.integer({ min: 0, max: 4 * MAX_FILE_BYTES }), (size) => {
        const problem = tooLarge(FILE, size);
        assert.equal(problem === undefined, size <= MAX_FILE_BYTES);
        if (problem) assert.deepEqual([problem.file, problem.line, problem.column, problem.code], [FILE, 1, 1, 'too-large']);
      }),
      200,
    );
  });

  it('a generated valid question parses back to exactly its fields', async () => {
    const layout = fc.record({
      order: fc.array(fc.nat(10), { maxLength: 11 }),
      comments: fc.array(fc.constantFrom('', '', ' # a comment', '   #'), { minLength: 1, maxLength: 4 }),
      close: fc.constantFrom('---', '...', '---  ', '...\t'),
      newline: eol,
    });
    await holds(
      fc.property(validQuestion, questionBody, layout, (question, body, shape) => {
        const text = questionText(question, body, shape);
        const parsed = parseQuestionText(FILE, text);
        assert.deepEqual(
          parsed.problems.filter((problem) => problem.severity === 'error'),
          [],
          text,
        );
        assert.deepEqual(parsed.fields, expectedFields(question, body), text);
        assertPositioned(parsed.problems, FILE, text);
      }),
      200,
    );
  });

  it('the fast path for flat front matter reads exactly what gray-matter reads', async () => {
    // A first line of "--- " sends the same front matter through gray-matter alone.
    const flatScalar = fc.oneof(
      fc.stringMatching(/^[A-Za-z][\w .:#'"-]{0,10}$/),
      fc.stringMatching(/^[0-9]{1,17}$/),
      fc.stringMatching(/^"[\w .:#'\\-]{0,8}"$/),
      fc.stringMatching(/^'[\w .:#"-]{0,8}'$/),
      fc.constantFrom(
        'null',
        'Null',
        'TRUE',
        'false',
        'yes',
        '~',
        '1:30',
        '-1',
        '0',
        '00',
        '1.5',
        'a\u00a0',
        'é',
        '\u3000x',
        'x\u0085y',
        'a\tb',
        '"a" b',
        "'a'#b",
        '[a]',
        '[a, [b]]',
        '[ ]',
        '[]',
        '[a,,b]',
        '[a, ]',
        '[,]',
        '{a: 1}',
      ),
    );
    const flatGroup = fc.oneof(
      fc
        .tuple(keyName, fc.constantFrom(': ', ':', ' : ', ':  ', ':\t'), flatScalar, trailingComment)
        .map(([key, sep, value, comment]) => [`${key}${sep}${value}${comment}`]),
      fc
        .tuple(keyName, fc.array(flatScalar, { maxLength: 4 }), fc.constantFrom(', ', ',', ' , '), trailingComment)
        .map(([key, items, sep, comment]) => [`${key}: [${items.join(sep)}]${comment}`]),
      fc
        .tuple(
          keyName,
          trailingComment,
          fc.array(fc.tuple(fc.constantFrom('', ' ', '  ', '- '), fc.constantFrom('- ', '-  ', '-'), flatScalar, trailingComment), { maxLength: 4 }),
        )
        .map(([key, comment, items]) => [`${key}:${comment}`, ...items.map((parts) => parts.join(''))]),
      fc.constantFrom(['# comment'], [''], ['   '], ['  # indented'], ['\t'], ['a\rb: c'], ['k: v\r']),
    );
    const flatDocument = fc
      .tuple(fc.array(flatGroup, { maxLength: 8 }), eol, fc.constantFrom('---', '--- '))
      .map(([groups, newline, close]) => ['---', ...groups.flat(), close, 'Body'].join(newline));
    await holds(
      fc.property(flatDocument, (text) => {
        const fast = readFrontMatter(FILE, text);
        const slow = readFrontMatter(FILE, `--- ${text.slice(3)}`);
        assert.deepEqual(fast, slow, text);
      }),
      300,
    );
  });

  it('regression: front matter closed with "..." is read up to that line', () => {
    const parsed = parseQuestionText(
      FILE,
      '---\nid: dots\ntitle: Closed with dots\nroles: [AI Engineer]\ntopic: YAML\nkind: concept\ndifficulty: easy\ntime: 5\n...\nThe prompt.\n\n## Answer\nText\n',
    );
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
    for (let level = 1; level < 6; level++)
      lines.push(
        `a${level}: &a${level} [${Array(10)
          .fill(`*a${level - 1}`)
          .join(', ')}]`,
      );
    const text = [...lines, 'kind: *a5', 'time: *a5', '---', 'Prompt', '', '## Answer', 'Text', ''].join('\n');
    const parsed = parseQuestionText(FILE, text);
    const kind = parsed.problems.find((problem) => problem.message.startsWith('kind'));
    const time = parsed.problems.find((problem) => problem.message.startsWith('time'));
    assert.ok(kind && time);
    assert.ok(kind.message.length < 200 && time.message.length < 200, `${kind.message}\n${time.message}`);
  });
});

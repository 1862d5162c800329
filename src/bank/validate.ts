// The one source of truth for what a valid question is. The tree, the CLI and the language server
// all report what this module finds, so a message reads the same everywhere.
import {
  DIFFICULTIES,
  KINDS,
  KNOWN_ROLES,
  LANGUAGES,
  SECTIONS,
  type Difficulty,
  type Kind,
  type Language,
  type Problem,
  type Question,
  type Severity,
} from './model';
import { findSection, listItems, normalizeHeading, type QuestionBody } from './sections';
import { closest } from './suggest';
import { parseTime } from './time';

export const REQUIRED_KEYS = ['id', 'title', 'roles', 'topic', 'kind', 'difficulty', 'time'] as const;
export const OPTIONAL_KEYS = ['tags', 'exercise', 'evaluation', 'languages'] as const;
export const ALL_KEYS: readonly string[] = [...REQUIRED_KEYS, ...OPTIONAL_KEYS];
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where a front-matter key and its value sit in the file (1-based line, columns of the value). */
export interface KeyPosition {
  line: number;
  keyColumn: number;
  valueColumn: number;
  valueEndColumn: number;
  /** The value exactly as written on the key's line (for "1:30", which YAML 1.1 reads as 90). */
  raw: string;
}

export interface ValidationInput {
  file: string;
  data: Record<string, unknown>;
  keys: Map<string, KeyPosition>;
  /** 1-based line of the opening `---`, for problems that belong to the front matter as a whole. */
  frontMatterLine: number;
  body: QuestionBody;
  /** True for an exercise's `exercise.md`, whose id is its folder. */
  exerciseFolderId?: string;
}

export type QuestionFields = Omit<Question, 'file' | 'bank'> & { languages?: Language[] };

export function validateQuestion(input: ValidationInput): { fields?: QuestionFields; problems: Problem[] } {
  const problems: Problem[] = [];
  const { data, keys, file } = input;
  const report = (severity: Severity, message: string, key?: string, code?: string): void => {
    const position = key ? keys.get(key) : undefined;
    problems.push(
      position
        ? { file, severity, message, code, line: position.line, column: position.valueColumn, endLine: position.line, endColumn: position.valueEndColumn }
        : { file, severity, message, code, line: input.frontMatterLine, column: 1, endLine: input.frontMatterLine, endColumn: 4 },
    );
  };
  const keyProblem = (severity: Severity, message: string, key: string, code: string): void => {
    const position = keys.get(key);
    if (!position) return report(severity, message, undefined, code);
    problems.push({
      file,
      severity,
      message,
      code,
      line: position.line,
      column: position.keyColumn,
      endLine: position.line,
      endColumn: position.keyColumn + key.length,
    });
  };

  for (const key of Object.keys(data)) {
    if (ALL_KEYS.includes(key)) continue;
    const suggestion = closest(key, ALL_KEYS);
    keyProblem('warning', `unknown key "${key}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`, key, 'unknown-key');
  }
  const isExercise = input.exerciseFolderId !== undefined;
  for (const key of REQUIRED_KEYS) {
    if (data[key] === undefined || data[key] === null || data[key] === '') {
      if (key === 'kind' && isExercise) continue;
      report('error', `missing required key "${key}"`, undefined, 'missing-key');
    }
  }

  const id = stringField('id');
  if (id !== undefined && !ID_PATTERN.test(id)) report('error', `id "${id}" must be a slug: lowercase letters, digits and single dashes`, 'id', 'bad-id');
  if (id !== undefined && isExercise && id !== input.exerciseFolderId) {
    report('error', `an exercise's id must match its folder name "${input.exerciseFolderId}"`, 'id', 'exercise-id-folder');
  }
  const title = stringField('title');
  const topic = stringField('topic');
  const roles = stringList('roles', true);
  for (const role of roles ?? []) {
    const known = KNOWN_ROLES.find((candidate) => squash(candidate) === squash(role));
    if (known && known !== role) report('warning', `role "${role}" differs from the known role "${known}"; did you mean "${known}"?`, 'roles', 'role-spelling');
  }
  const kind = enumField('kind', KINDS) ?? (isExercise && data.kind === undefined ? 'coding' : undefined);
  if (isExercise && kind !== undefined && kind !== 'coding') report('error', 'an exercise must have kind "coding"', 'kind', 'exercise-kind');
  const difficulty = enumField('difficulty', DIFFICULTIES);
  let time: number | undefined;
  if (data.time !== undefined && data.time !== null) {
    const parsed = parseTime(data.time, keys.get('time')?.raw);
    if ('error' in parsed) report('error', parsed.error, 'time', 'bad-time');
    else time = parsed.seconds;
  }
  const tags = data.tags === undefined ? [] : stringList('tags', false);
  const exercise = data.exercise === undefined ? undefined : stringField('exercise');
  if (exercise !== undefined && !ID_PATTERN.test(exercise))
    report('error', `exercise "${exercise}" must be an exercise id (a slug)`, 'exercise', 'bad-exercise');
  let languages: Language[] | undefined;
  if (data.languages !== undefined) {
    const list = stringList('languages', true) ?? [];
    languages = [];
    for (const language of list) {
      const known = LANGUAGES.find((candidate) => candidate === language.toLowerCase());
      if (known) languages.push(known);
      else report('error', `unknown language "${language}"; use ${LANGUAGES.join(' or ')}`, 'languages', 'bad-language');
    }
  } else if (isExercise) {
    report('error', 'missing required key "languages" for an exercise', undefined, 'missing-key');
  }
  const frontEvaluation = data.evaluation === undefined ? [] : stringList('evaluation', false);

  const body = input.body;
  if (!body.prompt) {
    problems.push({
      file,
      severity: 'error',
      message: 'missing prompt: write the question before the first "##" section',
      code: 'missing-prompt',
      line: body.promptLine,
      column: 1,
    });
  }
  for (const section of body.sections) {
    if (!SECTIONS.some((name) => normalizeHeading(name) === normalizeHeading(section.heading))) {
      const suggestion = closest(section.heading, SECTIONS);
      problems.push({
        file,
        severity: 'warning',
        code: 'unknown-section',
        line: section.line,
        column: 1,
        endLine: section.line,
        endColumn: section.heading.length + 4,
        message: `unknown section "${section.heading}"; sections are ${SECTIONS.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      });
    }
  }
  const answer = findSection(body, 'Answer');
  if (!answer || !answer.text) {
    const line = answer?.line ?? body.promptLine;
    problems.push({ file, severity: 'error', message: 'missing model answer: add a "## Answer" section', code: 'missing-answer', line, column: 1 });
  }
  const evaluationSection = findSection(body, 'Evaluation');
  const evaluation = [...(frontEvaluation ?? []), ...(evaluationSection ? listItems(evaluationSection.text) : [])];

  if (problems.some((problem) => problem.severity === 'error')) return { problems };
  if (
    id === undefined ||
    title === undefined ||
    roles === undefined ||
    topic === undefined ||
    kind === undefined ||
    difficulty === undefined ||
    time === undefined
  ) {
    return { problems };
  }
  const fields: QuestionFields = { id, title, roles, topic, kind, difficulty, time, tags: tags ?? [], evaluation };
  if (isExercise) fields.exercise = id;
  else if (exercise !== undefined) fields.exercise = exercise;
  if (languages) fields.languages = languages;
  return { fields, problems };

  function stringField(key: string): string | undefined {
    const value = data[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && value.trim()) return value.trim();
    // An id is matched exactly, and YAML reads an unquoted 007 as the number 7: ask for quotes.
    const isId = key === 'id' || key === 'exercise';
    if (typeof value === 'number' && !isId) return String(value);
    report(
      'error',
      typeof value === 'number' ? `"${key}" must be text: YAML reads it as the number ${value}; put the id in quotes` : `"${key}" must be text`,
      key,
      'bad-type',
    );
    return undefined;
  }
  function stringList(key: string, required: boolean): string[] | undefined {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) {
      report('error', `"${key}" must be a list of text values`, key, 'bad-type');
      return undefined;
    }
    if (required && list.length === 0) {
      report('error', `"${key}" must list at least one value`, key, 'empty-list');
      return undefined;
    }
    return list.map((item: string) => item.trim());
  }
  function enumField<T extends string>(key: string, values: readonly T[]): T | undefined {
    const value = data[key];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    if (typeof value === 'object' && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype)) {
      // Never spelt out: YAML aliases can nest a list a billion items deep in a few lines.
      report('error', `${key} must be one of ${values.join(', ')}, not ${Array.isArray(value) ? 'a list' : 'a mapping'}`, key, 'bad-type');
      return undefined;
    }
    const text = String(value);
    const sameButCase = values.find((candidate) => candidate === text.toLowerCase().trim());
    const suggestion = sameButCase ?? closest(text, values);
    report(
      'error',
      `${key} "${text}" is not one of ${values.join(', ')}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      key,
      sameButCase ? 'enum-case' : 'bad-enum',
    );
    return undefined;
  }
}

function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z]/g, '');
}

export type { Kind, Difficulty };

/** `value` is the text after the colon, without trailing blanks or a comment. */
export function keyPosition(line: number, valueColumn: number, value: string): KeyPosition {
  const first = value.charCodeAt(0);
  const quoted = value.length >= 2 && (first === 34 || first === 39) && value.charCodeAt(value.length - 1) === first;
  return { line, keyColumn: 1, valueColumn, valueEndColumn: valueColumn + Math.max(value.length, 1), raw: quoted ? value.slice(1, -1) : value };
}

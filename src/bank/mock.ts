// Mock interview formats: timed sections of question blocks and breaks, kept as JSON data files
// (`mocks/*.json` in a bank) so users can add their own. Pure: no `vscode`.
import { DIFFICULTIES, KINDS, type Problem, type Question } from './model';

export interface MockFilter {
  roles?: string[];
  topics?: string[];
  kinds?: string[];
  difficulties?: string[];
  tags?: string[];
}

export interface MockBlock {
  title: string;
  minutes: number;
  count: number;
  filter: MockFilter;
}

export interface MockSection {
  title: string;
  minutes: number;
  break?: boolean;
  blocks: MockBlock[];
}

export interface MockInterview {
  id: string;
  title: string;
  description?: string;
  sections: MockSection[];
}

const FILTER_KEYS = ['roles', 'topics', 'kinds', 'difficulties', 'tags'] as const;

/** Parses and checks a mock interview file; problems carry the file and, where known, a line. */
export function parseMock(file: string, text: string): { mock?: MockInterview; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (message: string, needle?: string): void => {
    const index = needle ? text.indexOf(needle) : -1;
    const before = index >= 0 ? text.slice(0, index) : '';
    const line = before.split('\n').length;
    const column = index >= 0 ? index - before.lastIndexOf('\n') : 1;
    problems.push({ file, line, column, severity: 'error', code: 'mock', message });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`mock interview is not valid JSON: ${(error as Error).message}`);
    return { problems };
  }
  const mock = data as MockInterview;
  if (typeof mock !== 'object' || mock === null) {
    fail('mock interview must be a JSON object');
    return { problems };
  }
  if (typeof mock.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(mock.id)) fail('"id" must be a slug', '"id"');
  if (typeof mock.title !== 'string' || !mock.title.trim()) fail('"title" must be text', '"title"');
  if (!Array.isArray(mock.sections) || mock.sections.length === 0) {
    fail('"sections" must list at least one section', '"sections"');
    return { problems };
  }
  for (const section of mock.sections) {
    const name = `section "${section?.title ?? '?'}"`;
    const needle = `"${section?.title}"`;
    if (typeof section?.title !== 'string' || !isMinutes(section.minutes)) {
      fail(`${name} needs a "title" and whole "minutes" from 1 to 240`, needle);
      continue;
    }
    const blocks = section.blocks ?? [];
    if (!Array.isArray(blocks)) {
      fail(`${name}: "blocks" must be a list`, needle);
      continue;
    }
    if (section.break) {
      if (blocks.length > 0) fail(`${name} is a break and cannot hold questions`, needle);
      continue;
    }
    if (blocks.length === 0) fail(`${name} has no blocks of questions`, needle);
    let total = 0;
    for (const block of blocks) {
      const blockNeedle = `"${block?.title}"`;
      if (typeof block?.title !== 'string' || !isMinutes(block.minutes) || !Number.isInteger(block.count) || block.count < 1) {
        fail(`${name}: each block needs a "title", whole "minutes" and a "count" of at least 1`, blockNeedle);
        continue;
      }
      total += block.minutes;
      for (const key of Object.keys(block.filter ?? {})) {
        if (!(FILTER_KEYS as readonly string[]).includes(key))
          fail(`block "${block.title}": unknown filter "${key}"; filters are ${FILTER_KEYS.join(', ')}`, blockNeedle);
        else if (!Array.isArray(block.filter[key as keyof MockFilter])) fail(`block "${block.title}": filter "${key}" must be a list`, blockNeedle);
      }
      for (const kind of block.filter?.kinds ?? [])
        if (!(KINDS as readonly string[]).includes(kind)) fail(`block "${block.title}": unknown kind "${kind}"`, blockNeedle);
      for (const level of block.filter?.difficulties ?? [])
        if (!(DIFFICULTIES as readonly string[]).includes(level)) fail(`block "${block.title}": unknown difficulty "${level}"`, blockNeedle);
    }
    if (total !== section.minutes) fail(`${name} lasts ${section.minutes} minutes but its blocks add up to ${total}`, needle);
  }
  return problems.length
    ? { problems }
    : { mock: { ...mock, sections: mock.sections.map((section) => ({ ...section, blocks: section.blocks ?? [] })) }, problems };
}

export function matchesFilter(question: Question, filter: MockFilter): boolean {
  const any = (wanted: string[] | undefined, actual: string[]): boolean => !wanted || wanted.some((value) => actual.includes(value));
  return (
    any(filter.roles, question.roles) &&
    any(filter.topics, [question.topic]) &&
    any(filter.kinds, [question.kind]) &&
    any(filter.difficulties, [question.difficulty]) &&
    any(filter.tags, question.tags)
  );
}

export function totalMinutes(mock: MockInterview): number {
  return mock.sections.reduce((sum, section) => sum + section.minutes, 0);
}

function isMinutes(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 240;
}

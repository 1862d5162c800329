// Reads the JUnit XML report pytest writes with `--junitxml`, for a user whose own Python test command
// (`interviewPrep.testCommands`) runs pytest. pytest gives no expected and actual values, only the
// message and the traceback, which holds the failing line. A report that does not end, or is not
// JUnit XML, is not read at all. Only the few elements and attributes pytest writes are understood.
import * as path from 'node:path';
import { unittestNames } from './pythonReport';
import { MAX_REPORT_BYTES, type CaseFailure, type CaseResult, type CaseStatus, type RunCrash, type RunReport, type SourcePoint } from './runReport';

const MAX_TEXT = 20_000;

interface Element {
  name: string;
  attributes: Map<string, string>;
  /** The text inside it (for failure, error and skipped: the traceback or reason). */
  text: string;
  children: Element[];
}

/**
 * `folder` is where the tests ran (pytest's paths are relative to it); a report whose testsuite
 * started before `notBefore` (ms since the epoch) is of an earlier run.
 */
export function parseJUnitReport(text: string, folder: string, notBefore?: number): RunReport {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, reason: 'the report is too large to be one of ours' };
  const root = parseXml(text);
  if (!root) return { ok: false, reason: text.trim() ? 'the report is garbled or cut short' : 'the report is empty' };
  const suites = root.name === 'testsuites' ? root.children.filter((child) => child.name === 'testsuite') : root.name === 'testsuite' ? [root] : [];
  if (suites.length === 0) return { ok: false, reason: 'the report is not JUnit XML' };
  for (const suite of suites) {
    const started = Date.parse(suite.attributes.get('timestamp') ?? '');
    if (notBefore !== undefined && Number.isFinite(started) && started < notBefore - 60_000) return { ok: false, reason: 'the report is from another run' };
  }
  const cases: CaseResult[] = [];
  const crashes: RunCrash[] = [];
  for (const testcase of suites.flatMap((suite) => suite.children.filter((child) => child.name === 'testcase'))) {
    const classname = testcase.attributes.get('classname') ?? '';
    const name = testcase.attributes.get('name') ?? '';
    const failure = testcase.children.find((child) => child.name === 'failure' || child.name === 'error');
    if (!classname && failure?.name === 'error') {
      crashes.push(crashOf(failure, folder, name));
      continue;
    }
    if (!name) continue;
    const key = classname ? `${classname}.${name}` : name;
    const skipped = testcase.children.some((child) => child.name === 'skipped');
    const message = failure?.attributes.get('message') ?? '';
    const status: CaseStatus = skipped
      ? 'skipped'
      : !failure
        ? 'passed'
        : failure.name === 'failure' && /^AssertionError\b/.test(message)
          ? 'failed'
          : 'errored';
    const seconds = Number(testcase.attributes.get('time'));
    const module = classname.split('.')[0];
    const result: CaseResult = {
      key,
      names: unittestNames(key),
      status,
      failures: failure ? [failureOf(failure, folder, module)] : [],
      ...(classname.includes('.') ? { parentKey: classname } : {}),
      ...(Number.isFinite(seconds) && seconds >= 0 ? { durationMs: seconds * 1000 } : {}),
    };
    cases.push(result);
  }
  return { ok: true, cases, crashes };
}

function failureOf(element: Element, folder: string, module: string): CaseFailure {
  const detail = element.text.slice(0, MAX_TEXT);
  const frames = pytestFrames(detail, folder);
  const inTest = frames.find((frame) => path.basename(frame.file) === `${module}.py`);
  const failure: CaseFailure = { message: (element.attributes.get('message') ?? '').slice(0, MAX_TEXT) || 'the test failed', detail };
  if (inTest) failure.location = inTest;
  if (frames.length) failure.stack = [...frames].reverse();
  return failure;
}

function crashOf(element: Element, folder: string, name: string): RunCrash {
  const detail = element.text.slice(0, MAX_TEXT);
  const lines = detail.split('\n');
  // A syntax error quotes the place as Python does; other errors are at pytest's last frame of ours.
  let location: SourcePoint | undefined;
  for (const line of lines) {
    const match = /File "(.+?)", line (\d+)/.exec(line);
    if (match) location = { file: path.resolve(folder, match[1]), line: Number(match[2]) - 1 };
  }
  location ??= pytestFrames(detail, folder).at(-1);
  const last = lines
    .filter((line) => /^E\s+\S/.test(line))
    .at(-1)
    ?.replace(/^E\s+/, '');
  return { message: last ?? `${name || 'a test module'} could not be collected`, detail, ...(location ? { location } : {}) };
}

/** `path.py:12: …` lines of a pytest traceback in the exercise folder, outermost first. */
function pytestFrames(text: string, folder: string): SourcePoint[] {
  const frames: SourcePoint[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\S+?\.py):(\d+): /.exec(line) ?? /^(\S+?\.py):(\d+):$/.exec(line);
    if (!match) continue;
    const file = path.resolve(folder, match[1]);
    if (path.relative(folder, file).startsWith('..')) continue;
    frames.push({ file, line: Number(match[2]) - 1 });
  }
  return frames;
}

// --- a small XML reader: elements, attributes, text, entities; no DTDs, no external anything -------

export function parseXml(text: string): Element | undefined {
  const body = text.replace(/^\uFEFF/, '').replace(/^<\?xml[^>]*\?>/, '');
  const stack: Element[] = [];
  let root: Element | undefined;
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<|[^<]+/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const [whole, cdata, closing, name, attributes, selfClosing] = match;
    if (whole.startsWith('<!--')) continue;
    if (cdata !== undefined) {
      if (stack.length) stack.at(-1)!.text += cdata;
      continue;
    }
    if (name === undefined) {
      if (whole === '<') return undefined; // a "<" that starts no tag: not XML
      if (stack.length) stack.at(-1)!.text += decode(whole);
      else if (whole.trim()) return undefined;
      continue;
    }
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) return undefined;
      if (stack.length === 0) root = open;
      continue;
    }
    const element: Element = { name, attributes: attributesOf(attributes), text: '', children: [] };
    if (stack.length) stack.at(-1)!.children.push(element);
    else if (root) return undefined; // a second root
    if (selfClosing) {
      if (stack.length === 0) root = element;
    } else {
      stack.push(element);
    }
    if (stack.length > 50) return undefined;
  }
  return stack.length === 0 ? root : undefined;
}

function attributesOf(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of text.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(match[1], decode(match[2] ?? match[3] ?? ''));
  return attributes;
}

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (entity, body: string) => {
    if (body[0] !== '#') return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[body] ?? entity;
    const point = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
  });
}

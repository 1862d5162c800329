// A node:test reporter that the Interview Prep extension adds beside the human one on screen:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//        --test-reporter=file:///…/node-report.mjs?run=<run id> --test-reporter-destination=<report file>
// It writes one JSON object a line: a "begin" line with the run id (taken from its own URL), a line
// for each test's start, result and stderr, and an "end" line once every event is read. A report
// without its "end" line was cut short, and the extension reads it as no report at all.
// Only what the extension shows is kept, and every string is capped, so a hostile or huge value
// (a 10 MB string in an assertion) cannot make the report huge.
import { inspect } from 'node:util';

const FORMAT = 'interview-prep-node-test';
const MAX_TEXT = 8_000;
const MAX_VALUE = 4_000;
const MAX_STDERR = 20_000;

const runId = new URL(import.meta.url).searchParams.get('run') ?? '';

function cap(text, limit) {
  if (typeof text !== 'string') return undefined;
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length - limit} more characters)` : text;
}

function shown(value) {
  const text = typeof value === 'string' && value.includes('\n') ? value : inspect(value, { depth: 6, maxArrayLength: 100, maxStringLength: MAX_VALUE, breakLength: 60, sorted: true });
  return cap(text, MAX_VALUE);
}

function describeError(error) {
  if (!error || typeof error !== 'object') return { message: cap(String(error), MAX_TEXT) };
  // node:test wraps what a test threw in an ERR_TEST_FAILURE whose cause is the thrown value.
  const cause = error.cause;
  const thrown = cause && typeof cause === 'object' && error.code === 'ERR_TEST_FAILURE' ? cause : undefined;
  const out = { failureType: typeof error.failureType === 'string' ? error.failureType : undefined, message: cap(String(error.message ?? ''), MAX_TEXT) };
  if (thrown) {
    out.name = cap(typeof thrown.name === 'string' ? thrown.name : undefined, 200);
    out.code = cap(typeof thrown.code === 'string' ? thrown.code : undefined, 200);
    out.message = cap(typeof thrown.message === 'string' ? thrown.message : String(thrown), MAX_TEXT);
    out.stack = cap(typeof thrown.stack === 'string' ? thrown.stack : undefined, MAX_TEXT);
    if (thrown.code === 'ERR_ASSERTION' && 'expected' in thrown && thrown.operator !== 'fail') {
      out.operator = cap(typeof thrown.operator === 'string' ? thrown.operator : undefined, 200);
      out.expected = shown(thrown.expected);
      out.actual = shown(thrown.actual);
    }
  } else if (cause !== undefined && typeof cause !== 'object') {
    out.cause = cap(String(cause), MAX_TEXT);
  }
  return out;
}

function line(record) {
  return `${JSON.stringify(record)}\n`;
}

export default async function* interviewPrepReporter(source) {
  yield line({ t: 'begin', format: FORMAT, version: 1, runId, node: process.version });
  let stderr = 0;
  let events = 0;
  for await (const event of source) {
    const data = event.data ?? {};
    const where = { name: cap(String(data.name ?? ''), 1_000), nesting: data.nesting, file: data.file, line: data.line, column: data.column };
    switch (event.type) {
      case 'test:start':
        events++;
        yield line({ t: 'start', ...where });
        break;
      case 'test:pass':
      case 'test:fail':
        events++;
        yield line({
          t: event.type === 'test:pass' ? 'pass' : 'fail', ...where,
          kind: data.details?.type, durationMs: data.details?.duration_ms,
          skip: data.skip === undefined ? undefined : Boolean(data.skip), todo: data.todo === undefined ? undefined : Boolean(data.todo),
          error: event.type === 'test:fail' ? describeError(data.details?.error) : undefined,
        });
        break;
      case 'test:stderr':
        if (stderr < MAX_STDERR && typeof data.message === 'string') {
          const text = data.message.slice(0, MAX_STDERR - stderr);
          stderr += text.length;
          yield line({ t: 'stderr', file: data.file, text });
        }
        break;
      default:
        break;
    }
  }
  yield line({ t: 'end', runId, events });
}

// The host's gate on webview messages: whatever a compromised or buggy webview posts, only the
// known message shapes get through, nothing throws, and the webview bundles carry no eval.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isFromDashboard } from '../../src/dashboard/messages';
import { isFromWebview } from '../../src/drill/messages';
import { RECALL_GRADES } from '../../src/progress/model';

const RUNS = 300;
let cases = 0;
function check<T extends [unknown, ...unknown[]]>(property: fc.IProperty<T>, runs = RUNS): void {
  fc.assert(property, { numRuns: runs });
  cases += runs;
}

const text = fc.string({ maxLength: 50 });

/** Every message the drill webview may send, with arbitrary valid contents. */
const drillMessage = fc.oneof(
  fc.constantFrom({ type: 'ready' }, { type: 'revealAnswer' }, { type: 'scaffold' }, { type: 'continueBreak' }, { type: 'cancelInterviewer' }),
  fc.record({ type: fc.constant('timer'), action: fc.constantFrom('start', 'pause', 'reset') }),
  fc.record({ type: fc.constant('session'), action: fc.constantFrom('next', 'previous', 'skip', 'end') }),
  fc.record({ type: fc.constant('revealHint'), index: fc.integer({ min: 0, max: 99 }) }),
  fc.record(
    { type: fc.constant('draft'), draft: text, star: fc.option(fc.record({ situation: text, task: text, action: text, result: text }), { nil: undefined }) },
    { requiredKeys: ['type', 'draft'] },
  ),
  fc.record(
    {
      type: fc.constant('askInterviewer'),
      draft: text,
      star: fc.option(fc.record({ situation: text, task: text, action: text, result: text }), { nil: undefined }),
    },
    { requiredKeys: ['type', 'draft'] },
  ),
  fc.record({ type: fc.constantFrom('answerFollowUp', 'followUpDraft'), answer: text }),
  fc.record({ type: fc.constant('notes'), notes: text }),
  fc.record({ type: fc.constant('rendered'), id: fc.string({ maxLength: 100 }) }),
  fc.record({
    type: fc.constant('grade'),
    score: fc.integer({ min: 0, max: 10 }),
    grade: fc.constantFrom(...RECALL_GRADES),
    checked: fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 10 }),
  }),
);

const dashboardMessage = fc.oneof(
  fc.constantFrom({ type: 'ready' }, { type: 'drillWeakest' }, { type: 'planInterview' }),
  fc.record({ type: fc.constant('rendered'), attempts: fc.nat() }),
  fc.record({ type: fc.constant('drillTopic'), topic: fc.string({ minLength: 1, maxLength: 100 }) }),
);

/** A value of the wrong kind for any field: what a hostile page would try. */
const wrongValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.double().filter((number) => !Number.isInteger(number)),
  fc.integer({ min: -1000, max: -1 }),
  fc.boolean(),
  fc.object(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.constant('x'.repeat(200_001)),
);

describe('webview messages: the host lets through only what it knows', () => {
  it('never throws and answers true or false on arbitrary values', () => {
    check(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withObjectString: true,
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withUnicodeString: true,
        }),
        (value) => {
          assert.equal(typeof isFromWebview(value), 'boolean');
          assert.equal(typeof isFromDashboard(value), 'boolean');
        },
      ),
      1000,
    );
  });

  it('rejects objects with an unknown type, whatever else they carry', () => {
    const known = new Set([
      'ready',
      'timer',
      'revealAnswer',
      'revealHint',
      'scaffold',
      'draft',
      'notes',
      'grade',
      'session',
      'continueBreak',
      'rendered',
      'drillTopic',
      'drillWeakest',
      'planInterview',
      'askInterviewer',
      'answerFollowUp',
      'followUpDraft',
      'cancelInterviewer',
    ]);
    check(
      fc.property(
        fc.string().filter((type) => !known.has(type)),
        fc.dictionary(fc.string(), fc.anything()),
        (type, rest) => {
          assert.equal(isFromWebview({ ...rest, type }), false);
          assert.equal(isFromDashboard({ ...rest, type }), false);
        },
      ),
    );
  });

  it('accepts every well-formed drill and dashboard message', () => {
    check(fc.property(drillMessage, (message) => assert.equal(isFromWebview(message), true, JSON.stringify(message))));
    check(fc.property(dashboardMessage, (message) => assert.equal(isFromDashboard(message), true, JSON.stringify(message))));
  });

  it('rejects a well-formed message with an extra key', () => {
    const extra = fc
      .string({ minLength: 1 })
      .filter((key) => !['type', 'action', 'index', 'draft', 'star', 'notes', 'score', 'grade', 'checked', 'attempts', 'topic', 'id', 'answer'].includes(key));
    check(fc.property(drillMessage, extra, fc.anything(), (message, key, value) => assert.equal(isFromWebview({ ...message, [key]: value }), false)));
    check(fc.property(dashboardMessage, extra, fc.anything(), (message, key, value) => assert.equal(isFromDashboard({ ...message, [key]: value }), false)));
  });

  it('rejects a well-formed message with any field replaced by a wrong value', () => {
    const withWrongField = (message: Record<string, unknown>, value: unknown, pick: number) => {
      const fields = Object.keys(message).filter((key) => key !== 'type' && message[key] !== undefined);
      if (fields.length === 0) return undefined;
      const field = fields[pick % fields.length];
      // `star` may be left out, so undefined is a valid value for it.
      if (field === 'star' && value === undefined) return undefined;
      // An empty array is a valid `checked`; an object without keys is not a valid `star` anyway.
      if (field === 'checked' && Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0 && item < 100)) return undefined;
      return { ...message, [field]: value };
    };
    check(
      fc.property(drillMessage, wrongValue, fc.nat(), (message, value, pick) => {
        const broken = withWrongField(message, value, pick);
        if (broken) assert.equal(isFromWebview(broken), false, JSON.stringify(broken)?.slice(0, 200));
      }),
    );
    check(
      fc.property(dashboardMessage, wrongValue, fc.nat(), (message, value, pick) => {
        const broken = withWrongField(message, value, pick);
        if (broken) assert.equal(isFromDashboard(broken), false, JSON.stringify(broken)?.slice(0, 200));
      }),
    );
  });

  it('rejects text over the size limit and out-of-range numbers', () => {
    assert.equal(isFromWebview({ type: 'draft', draft: 'x'.repeat(200_001) }), false);
    assert.equal(isFromWebview({ type: 'notes', notes: 'x'.repeat(200_001) }), false);
    assert.equal(isFromWebview({ type: 'askInterviewer', draft: 'x'.repeat(200_001) }), false);
    assert.equal(isFromWebview({ type: 'answerFollowUp', answer: 'x'.repeat(200_001) }), false);
    assert.equal(isFromWebview({ type: 'grade', score: 11, grade: 'good', checked: [] }), false);
    assert.equal(isFromWebview({ type: 'grade', score: 5, grade: 'good', checked: new Array(101).fill(0) }), false);
    assert.equal(isFromWebview({ type: 'revealHint', index: 100 }), false);
    assert.equal(isFromDashboard({ type: 'drillTopic', topic: 'x'.repeat(501) }), false);
    assert.equal(isFromDashboard({ type: 'rendered', attempts: -1 }), false);
  });

  it('is not fooled by inherited or prototype keys', () => {
    const inherited = Object.create({ type: 'ready' }) as object;
    assert.equal(isFromWebview(inherited), false, "a type on the prototype is not the message's own");
    assert.equal(isFromWebview(Object.assign(Object.create({ type: 'draft' }) as object, { draft: 'x' })), false);
    assert.equal(isFromDashboard(Object.assign(Object.create({ type: 'drillTopic' }) as object, { topic: 'x' })), false);
    assert.equal(isFromWebview(JSON.parse('{"type":"ready","__proto__":{"polluted":true}}')), false);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    console.log(`webview messages: ${cases} generated cases`);
  });
});

describe('webview bundles', () => {
  it('contain no eval, no Function constructor and no remote URL to load', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'dist', 'webview');
    const bundles = readdirSync(dir).filter((name) => name.endsWith('.js'));
    assert.deepEqual(bundles.sort(), ['dashboard.js', 'drill.js']);
    for (const name of bundles) {
      const code = readFileSync(path.join(dir, name), 'utf8');
      assert.doesNotMatch(code, /\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/, `${name} evaluates code from strings`);
      assert.doesNotMatch(code, /\bimportScripts\s*\(|\bfetch\s*\(\s*["'`]https?:/, `${name} loads code or data from the network`);
    }
  });
});

describe('webview messages', () => {
  it('accepts the known messages', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'timer', action: 'pause' },
      { type: 'revealAnswer' },
      { type: 'revealHint', index: 2 },
      { type: 'scaffold' },
    ]) {
      assert.ok(isFromWebview(message), JSON.stringify(message));
    }
  });
  it('rejects unknown, malformed and padded messages', () => {
    for (const message of [
      null,
      'ready',
      { type: 'eval', code: '1' },
      { type: 'timer', action: 'explode' },
      { type: 'revealHint', index: -1 },
      { type: 'revealHint', index: 1.5 },
      { type: 'ready', extra: true },
    ]) {
      assert.equal(isFromWebview(message), false, JSON.stringify(message));
    }
  });
});

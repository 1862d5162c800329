// The node:test cases a TypeScript test file declares: `test(…)` and `it(…)` calls, and `describe(…)`
// and `suite(…)` calls as suites holding the calls inside them, with `.skip`, `.only` and `.todo`.
// Only a name written as a literal can be known before the run; a case named at run time (in a
// loop, from a variable, as a subtest through `t.test`) appears in the Testing view once it has run.
import { tokenize, type Token } from './jsTokens';
import { nodeCaseKey, nodeSegment, type DiscoveredTest } from './testDiscovery';

const CASES = new Set(['test', 'it']);
const SUITES = new Set(['describe', 'suite']);
const MODIFIERS = new Set(['skip', 'only', 'todo']);

interface Open {
  test: DiscoveredTest;
  segments: string[];
  /** The bracket depth inside the call's parentheses. */
  depth: number;
  /** How many children of each name it has, for the occurrence in their keys. */
  seen: Map<string, number>;
}

export function discoverNodeTests(file: string, text: string): DiscoveredTest[] {
  const tokens = tokenize(text);
  const roots: DiscoveredTest[] = [];
  const rootSeen = new Map<string, number>();
  const open: Open[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'punctuator') {
      if (token.value === '(' || token.value === '[' || token.value === '{') depth++;
      else if (token.value === ')' || token.value === ']' || token.value === '}') {
        depth--;
        while (open.length && depth < open.at(-1)!.depth) {
          const closed = open.pop()!;
          closed.test.endLine = token.line;
        }
      }
      continue;
    }
    const call = testCall(tokens, i);
    if (!call) continue;
    const parent = open.at(-1);
    const seen = parent?.seen ?? rootSeen;
    const occurrence = (seen.get(call.name) ?? 0) + 1;
    seen.set(call.name, occurrence);
    const segments = [...(parent?.segments ?? []), nodeSegment(call.name, occurrence)];
    const test: DiscoveredTest = { key: nodeCaseKey(segments), label: call.name, kind: call.kind, file, line: token.line, endLine: token.line, children: [] };
    (parent ? parent.test.children : roots).push(test);
    // Its opening parenthesis is the next token to be read: the call is open until it closes.
    i = call.paren - 1;
    open.push({ test, segments, depth: depth + 1, seen: new Map() });
  }
  return roots;
}

/** The call at `tokens[at]` when it is `test("name", …)` or the like: its kind, name and `(`. */
function testCall(tokens: readonly Token[], at: number): { kind: DiscoveredTest['kind']; name: string; paren: number } | undefined {
  const head = tokens[at];
  if (head.kind !== 'identifier' || (!CASES.has(head.value) && !SUITES.has(head.value))) return undefined;
  const before = tokens[at - 1];
  // `regex.test(…)`, `obj?.test(…)`, `function test(…)`, `{ test() {…} }` are not declarations.
  if (
    before &&
    ((before.kind === 'punctuator' && (before.value === '.' || before.value === '?.')) ||
      (before.kind === 'identifier' && (before.value === 'function' || before.value === 'get' || before.value === 'set')))
  )
    return undefined;
  let k = at + 1;
  while (tokens[k]?.value === '.' && tokens[k].kind === 'punctuator' && tokens[k + 1]?.kind === 'identifier' && MODIFIERS.has(tokens[k + 1].value)) k += 2;
  if (tokens[k]?.kind !== 'punctuator' || tokens[k].value !== '(') return undefined;
  const name = tokens[k + 1];
  const after = tokens[k + 2];
  const literal = name && (name.kind === 'string' || (name.kind === 'template' && !name.dynamic));
  if (!literal || after?.kind !== 'punctuator' || (after.value !== ',' && after.value !== ')')) return undefined;
  return { kind: SUITES.has(head.value) ? 'suite' : 'case', name: name.value, paren: k };
}

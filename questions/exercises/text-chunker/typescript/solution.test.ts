import { test } from "node:test";
import assert from "node:assert/strict";
import vm from "node:vm";
import { chunkText } from "./solution.ts";
import { limitEachTest, runWithCpuLimit } from "./cpuLimit.ts";

limitEachTest(2000);

/**
 * chunkText, stopped after 1 s of wall-clock time. Every call here takes a few
 * milliseconds: the stop only turns an endless loop into a failure instead of a
 * hung run (a test's own timeout cannot interrupt a loop that never yields).
 */
function chunk(text: string, maxTokens: number, overlap: number): string[] {
  try {
    return vm.runInNewContext("run()", { run: () => chunkText(text, maxTokens, overlap) }, { timeout: 1000 }) as string[];
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      assert.fail(`chunkText(…, ${maxTokens}, ${overlap}) did not return: check for an endless loop`);
    }
    throw error;
  }
}

/** The child of runWithCpuLimit gets a capped heap, so that a loop that keeps adding chunks stops early. */
const CAPPED = { nodeArgs: ["--max-old-space-size=256"], hint: "check for an endless loop" };

const ENDS = ".!?";

/** chunks is exactly what the rule in the prompt gives for text (checked chunk by chunk). */
function assertFollowsTheRule(text: string, maxTokens: number, overlap: number, chunks: string[]): void {
  const tokens = text.split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length === 0) {
    assert.deepEqual(chunks, []);
    return;
  }
  assert.ok(chunks.length > 0, "no chunks for a non-empty text");
  let start = 0;
  for (let k = 0; k < chunks.length; k++) {
    const words = chunks[k].split(" ");
    assert.equal(chunks[k], tokens.slice(start, start + words.length).join(" "), `chunk ${k} is not tokens ${start}.. joined by single spaces`);
    assert.ok(words.length <= maxTokens, `chunk ${k} has ${words.length} tokens`);
    const end = start + maxTokens;
    if (end >= tokens.length) {
      assert.equal(k, chunks.length - 1, `chunk ${k} reaches the end, yet more chunks follow`);
      assert.equal(start + words.length, tokens.length, `the last chunk ${k} stops before the end`);
      return;
    }
    const cut = start + words.length;
    assert.ok(cut > start + overlap, `chunk ${k} is not longer than the overlap`);
    for (let c = cut + 1; c <= end; c++) {
      assert.ok(!ENDS.includes(tokens[c - 1].slice(-1)), `chunk ${k} stops at ${cut}, but a sentence ends at ${c} in its window`);
    }
    if (cut < end) assert.ok(ENDS.includes(tokens[cut - 1].slice(-1)), `chunk ${k} stops early but not at a sentence end`);
    start = cut - overlap;
  }
  assert.fail(`the chunks stop at token ${start + overlap} of ${tokens.length}: the rest is lost`);
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const EXAMPLE = "The cat sat. It was warm. Then it rained hard all day. The end.";

test("example from the prompt", () => {
  assert.deepEqual(chunk(EXAMPLE, 8, 2), [
    "The cat sat. It was warm.",
    "was warm. Then it rained hard all day.",
    "all day. The end.",
  ]);
});

test("a sentence end inside the overlap is not a break", () => {
  // In the second window ("was warm. Then it rained hard") the only sentence end leaves a
  // chunk of 2 tokens, no longer than the overlap, so the window is cut at 6 tokens.
  assert.deepEqual(chunk(EXAMPLE, 6, 2), [
    "The cat sat. It was warm.",
    "was warm. Then it rained hard",
    "rained hard all day. The end.",
  ]);
});

test("no sentence ends gives a sliding window", () => {
  const text = range(10).map((i) => `t${i}`).join(" ");
  assert.deepEqual(chunk(text, 4, 1), ["t0 t1 t2 t3", "t3 t4 t5 t6", "t6 t7 t8 t9"]);
  assert.deepEqual(chunk(text, 4, 0), ["t0 t1 t2 t3", "t4 t5 t6 t7", "t8 t9"]);
  assert.deepEqual(chunk(text, 3, 2), range(8).map((i) => `t${i} t${i + 1} t${i + 2}`));
});

test("the last chunk is kept", () => {
  const chunks = chunk(range(1000).map((i) => `x${i}`).join(" "), 10, 3);
  // Chunks start at 0, 7, ..., 987 (142 of them), then the rest from 994 to 999.
  assert.equal(chunks.length, 143);
  assert.equal(chunks[chunks.length - 1], "x994 x995 x996 x997 x998 x999");
  assert.deepEqual(chunk("a b c d e", 4, 0), ["a b c d", "e"]);
});

test("text that fits is one chunk", () => {
  assert.deepEqual(chunk("One short sentence.", 10, 3), ["One short sentence."]);
  assert.deepEqual(chunk("exactly four tokens here", 4, 2), ["exactly four tokens here"]);
  assert.deepEqual(chunk("Stop. Here. Now. Done.", 4, 0), ["Stop. Here. Now. Done."]);
});

test("empty text has no chunks", () => {
  assert.deepEqual(chunk("", 5, 1), []);
  assert.deepEqual(chunk("  \n\t  ", 5, 1), []);
});

test("any whitespace separates tokens", () => {
  assert.deepEqual(chunk("  a\tb\n\nc   d  e \n", 3, 1), ["a b c", "c d e"]);
});

test("question and exclamation marks end sentences", () => {
  assert.deepEqual(chunk("Really? Yes! It works fine now", 4, 0), ["Really? Yes!", "It works fine now"]);
  // A period inside a token ("v3.5", "e.g") is not a sentence end; only the last character counts.
  assert.deepEqual(chunk("Use v3.5 e.g here and there", 4, 0), ["Use v3.5 e.g here", "and there"]);
});

test("an overlap of maxTokens - 1 still ends", () => {
  // The only valid cut is the full window, so the chunks step one token at a time.
  const text = "Alpha beta gamma delta. Epsilon zeta eta theta iota kappa.";
  const tokens = text.split(" ");
  assert.deepEqual(chunk(text, 4, 3), range(7).map((i) => tokens.slice(i, i + 4).join(" ")));
  const many = range(3000).map((i) => (i % 5 === 2 ? `s${i}.` : `s${i}`)).join(" ");
  // In a child process, with its own CPU limit and a capped heap.
  const out = runWithCpuLimit(`return m.chunkText(${JSON.stringify(many)}, 8, 7);`, 2000, CAPPED) as string[];
  assert.equal(out.length, 3000 - 8 + 1);
  assertFollowsTheRule(many, 8, 7, out);
});

test("consecutive chunks share exactly the overlap", () => {
  const text = range(200).map((i) => (i % 9 === 4 || i % 9 === 6 ? `w${i}.` : `w${i}`)).join(" ");
  for (const [maxTokens, overlap] of [[10, 0], [10, 3], [10, 9], [5, 4], [1, 0], [30, 12]]) {
    const chunks = chunk(text, maxTokens, overlap);
    assertFollowsTheRule(text, maxTokens, overlap, chunks);
    for (let k = 1; k < chunks.length; k++) {
      const prev = chunks[k - 1].split(" ");
      assert.deepEqual(chunks[k].split(" ").slice(0, overlap), overlap ? prev.slice(prev.length - overlap) : [], `${maxTokens}/${overlap}: chunk ${k}`);
    }
  }
});

test("a long document", () => {
  // Sentence ends at irregular places, with a 300-token stretch without one in every 1000.
  const word = (i: number): string => (i % 1000 < 700 && [1, 2].includes((i * i) % 23) ? `w${i}.` : `w${i}`);
  const text = range(100_000).map(word).join(" ");
  const out = runWithCpuLimit(
    // The same text, built in the child: it is too long for a command line.
    `const word = (i) => (i % 1000 < 700 && [1, 2].includes((i * i) % 23) ? "w" + i + "." : "w" + i);
     const text = Array.from({ length: 100000 }, (_, i) => word(i)).join(" ");
     return m.chunkText(text, 128, 16);`,
    2000,
    CAPPED,
  ) as string[];
  assert.equal(out.length, 1000); // counted by a separate implementation of the rule
  assertFollowsTheRule(text, 128, 16, out);
});

test("invalid arguments throw RangeError", () => {
  for (const [maxTokens, overlap] of [[0, 0], [-3, 0], [5, 5], [5, 6], [5, -1], [2.5, 0], [5, 1.5], [NaN, 0]]) {
    assert.throws(() => chunk("some text here", maxTokens, overlap), RangeError, `${maxTokens}, ${overlap}`);
  }
});

test("boundary arguments are accepted", () => {
  assert.deepEqual(chunk("a b c", 1, 0), ["a", "b", "c"]);
  assert.deepEqual(chunk("a b c", 2, 1), ["a b", "b c"]);
});

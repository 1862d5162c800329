import { test } from "node:test";
import assert from "node:assert/strict";
import { beamSearch } from "./solution.ts";
import type { Hypothesis } from "./solution.ts";
import { limitEachTest } from "./cpuLimit.ts";

limitEachTest(2000);

const EOS = 0;
type Step = (prefix: number[]) => number[];

/** Tokens must match exactly and in order, scores closely. */
function assertHypotheses(got: Hypothesis[], want: [number[], number][], eps = 1e-9): void {
  assert.deepEqual(got.map((h) => h.tokens), want.map(([tokens]) => tokens), "hypotheses or their order");
  got.forEach((h, i) => {
    assert.ok(Math.abs(h.score - want[i][1]) < eps, `score of [${h.tokens}]: ${h.score} != ${want[i][1]}`);
  });
}

/** A toy model whose next-token probabilities depend only on the last token ("start" before any). */
function bigram(rows: Record<string, number[]>): Step {
  return (prefix) => {
    const row = rows[prefix.length > 0 ? String(prefix[prefix.length - 1]) : "start"];
    return row.map((p) => (p > 0 ? Math.log(p) : -Infinity));
  };
}

// The model of the prompt's example: tokens 0 (end), 1 and 2.
const EXAMPLE = bigram({
  start: [0.1, 0.5, 0.4],
  1: [0.3, 0.4, 0.3],
  2: [0.9, 0.05, 0.05],
  0: [1 / 3, 1 / 3, 1 / 3], // never used: nothing follows the end token
});

// Stopping early is likely, but the longer continuation has the better probability per token.
const SHORT_OR_LONG = bigram({ start: [0.4, 0.6], 1: [0.2, 0.8], 0: [0.5, 0.5] });

test("example from the prompt", () => {
  // Step 1 keeps [1] (0.5) and [2] (0.4). Step 2 ranks [2, 0] (0.4 * 0.9 = 0.36) and [1, 1]
  // (0.5 * 0.4 = 0.2) highest; [2, 0] has finished. Step 3 expands only [1, 1]: [1, 1, 1] 0.08.
  assertHypotheses(beamSearch(EXAMPLE, 2, 3, EOS), [[[2, 0], Math.log(0.36)], [[1, 1, 1], Math.log(0.08)]]);
});

test("beam width one is greedy", () => {
  // Greedy takes the likeliest token each time and misses [2, 0].
  assertHypotheses(beamSearch(EXAMPLE, 1, 3, EOS), [[[1, 1, 1], Math.log(0.08)]]);
});

test("pruning is global and ties go to the smaller tokens", () => {
  // Width 3. Step 1 keeps all three tokens; [0] finishes (0.1). Step 2: [2, 0] 0.36, [1, 1] 0.2,
  // then [1, 0] and [1, 2] tie at 0.5 * 0.3 = 0.15 for the last place: [1, 0] wins the tie.
  assertHypotheses(beamSearch(EXAMPLE, 3, 3, EOS), [
    [[2, 0], Math.log(0.36)],
    [[1, 0], Math.log(0.15)],
    [[0], Math.log(0.1)],
  ]);
});

test("ties between beams are broken by tokens, not by beam order", () => {
  // Log-probabilities chosen so that the sums are exact: [2] (-1) is the better beam, but its
  // [2, 1] ties with [1, 2] at -2.5, and the tie rule keeps [1, 2].
  const table: Record<string, number[]> = {
    "": [-4, -2, -1],
    "2": [-3, -1.5, -1],
    "1": [-3, -2, -0.5],
  };
  assertHypotheses(beamSearch((prefix) => table[prefix.join(",")], 2, 2, EOS), [[[2, 2], -2], [[1, 2], -2.5]]);
});

test("final ties go to the smaller tokens", () => {
  // [1] and [2] tie at 0.4, then both end with 0.5: [1, 0] and [2, 0] tie at 0.2.
  const model = bigram({ start: [0.2, 0.4, 0.4], 1: [0.5, 0.25, 0.25], 2: [0.5, 0.25, 0.25] });
  assertHypotheses(beamSearch(model, 1, 2, EOS), [[[1, 0], Math.log(0.2)]]);
  assertHypotheses(beamSearch(model, 2, 2, EOS), [[[1, 0], Math.log(0.2)], [[2, 0], Math.log(0.2)]]);
});

test("finished hypotheses are kept and compete at the end", () => {
  // [0] finishes at step 1 with 0.4 and is still the best hypothesis after three steps,
  // ahead of [1, 1, 1] (0.6 * 0.8 * 0.8 = 0.384).
  assertHypotheses(beamSearch(SHORT_OR_LONG, 2, 3, EOS), [[[0], Math.log(0.4)], [[1, 1, 1], Math.log(0.384)]]);
});

test("length penalty divides by the length including the end token", () => {
  // Finished hypotheses leave the beam, so each step keeps two live candidates:
  // [0] 0.4, [1, 0] 0.12, [1, 1, 0] 0.096, and [1, 1, 1] 0.384 at the length limit.
  // Divided by the length (penalty 1): ln(0.384)/3 = -0.3190, ln(0.096)/3 = -0.7811,
  // ln(0.4)/1 = -0.9163, ln(0.12)/2 = -1.0601.
  assertHypotheses(beamSearch(SHORT_OR_LONG, 2, 3, EOS, 1), [
    [[1, 1, 1], Math.log(0.384) / 3],
    [[1, 1, 0], Math.log(0.096) / 3],
  ]);
  // Penalty 0.5 divides by sqrt(length): ln(0.384)/sqrt(3) = -0.5526 beats ln(0.4) = -0.9163.
  assertHypotheses(beamSearch(SHORT_OR_LONG, 2, 3, EOS, 0.5), [
    [[1, 1, 1], Math.log(0.384) / Math.sqrt(3)],
    [[0], Math.log(0.4)],
  ]);
  assertHypotheses(beamSearch(EXAMPLE, 2, 3, EOS, 1), [[[2, 0], Math.log(0.36) / 2], [[1, 1, 1], Math.log(0.08) / 3]]);
});

test("max length counts generated tokens", () => {
  // With one step nothing has finished: the live beams are the hypotheses.
  assertHypotheses(beamSearch(EXAMPLE, 2, 1, EOS), [[[1], Math.log(0.5)], [[2], Math.log(0.4)]]);
  for (const h of beamSearch(EXAMPLE, 4, 5, EOS)) assert.ok(h.tokens.length <= 5, `[${h.tokens}] is too long`);
});

test("step is called once per live beam", () => {
  const calls: string[] = [];
  beamSearch((prefix) => {
    calls.push(`[${prefix.join(",")}]`);
    return EXAMPLE(prefix);
  }, 2, 3, EOS);
  // Step 1 expands the empty prefix, step 2 [1] and [2], step 3 only [1, 1]: [2, 0] has finished.
  assert.deepEqual(calls.sort(), ["[1,1]", "[1]", "[2]", "[]"]);
});

test("impossible tokens are never kept", () => {
  // Only 1 can start and only the end token can follow it, so even a wide beam finds one hypothesis.
  const model = bigram({ start: [0, 1, 0], 1: [1, 0, 0], 2: [0.5, 0.25, 0.25], 0: [0.5, 0.25, 0.25] });
  assertHypotheses(beamSearch(model, 4, 5, EOS), [[[1, 0], 0]]);
  assertHypotheses(beamSearch(model, 4, 5, EOS, 1), [[[1, 0], 0]]);
  // The end token need not be 0. With eos = 2: [2] finishes at once (0.75), [0] (0.25) can only
  // be followed by 2, and the search stops when no beam is live, long before ten steps.
  const stop = bigram({ start: [0.25, 0, 0.75], 0: [0, 0, 1] });
  assertHypotheses(beamSearch(stop, 3, 10, 2), [[[2], Math.log(0.75)], [[0, 2], Math.log(0.25)]]);
});

test("matches exhaustive search when the beam holds every candidate", () => {
  // Three tokens and four steps: at most 24 candidates per step, so width 30 prunes nothing
  // and beam search must return the 30 best of all 31 hypotheses.
  const step: Step = (prefix) => {
    const h = prefix.reduce((s, t, i) => s + (i + 1) * (t + 2), 0);
    const weights = [0, 1, 2].map((tok) => 1 + ((7 * h + 3 * tok + prefix.length) % 5) + 0.1 * tok);
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => Math.log(w / total));
  };
  const every: [number[], number][] = [];
  const walk = (prefix: number[], logSum: number): void => {
    if (prefix.length > 0 && (prefix[prefix.length - 1] === EOS || prefix.length === 4)) {
      every.push([prefix, logSum]);
      return;
    }
    step(prefix).forEach((lp, tok) => walk([...prefix, tok], logSum + lp));
  };
  walk([], 0);
  assert.equal(every.length, 31);
  for (const penalty of [0, 0.5, 1]) {
    const want = every
      .map(([tokens, s]): [number[], number] => [tokens, s / tokens.length ** penalty])
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30);
    assertHypotheses(beamSearch(step, 30, 4, EOS, penalty), want);
  }
});

test("invalid arguments", () => {
  for (const [width, length] of [[0, 3], [-1, 3], [2, 0], [2, -1]]) {
    assert.throws(() => beamSearch(EXAMPLE, width, length, EOS), Error, `beamWidth ${width}, maxLength ${length}`);
  }
});

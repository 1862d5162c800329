import math
import unittest

from solution import beam_search
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertHypotheses(self, got, want, places=9):
        """got and want are lists of (tokens, score); tokens must match exactly, scores closely."""
        self.assertEqual([list(tokens) for tokens, _ in got], [tokens for tokens, _ in want], "hypotheses or their order")
        for (tokens, score), (_, expected) in zip(got, want):
            self.assertAlmostEqual(score, expected, places=places, msg=f"score of {tokens}")


EOS = 0


def bigram(rows):
    """A toy model whose next-token probabilities depend only on the last token ('start' before any)."""
    def step(prefix):
        row = rows[prefix[-1] if prefix else "start"]
        return [math.log(p) if p > 0 else -math.inf for p in row]
    return step


# The model of the prompt's example: tokens 0 (end), 1 and 2.
EXAMPLE = bigram({
    "start": [0.1, 0.5, 0.4],
    1: [0.3, 0.4, 0.3],
    2: [0.9, 0.05, 0.05],
    0: [1 / 3, 1 / 3, 1 / 3],  # never used: nothing follows the end token
})

# Stopping early is likely, but the longer continuation has the better probability per token.
SHORT_OR_LONG = bigram({"start": [0.4, 0.6], 1: [0.2, 0.8], 0: [0.5, 0.5]})


class TestBeamSearch(TimedTestCase):
    def test_example_from_prompt(self):
        # Step 1 keeps [1] (0.5) and [2] (0.4). Step 2 ranks [2, 0] (0.4 * 0.9 = 0.36) and [1, 1]
        # (0.5 * 0.4 = 0.2) highest; [2, 0] has finished. Step 3 expands only [1, 1]: [1, 1, 1] 0.08.
        got = beam_search(EXAMPLE, beam_width=2, max_length=3, eos=EOS)
        self.assertHypotheses(got, [([2, 0], math.log(0.36)), ([1, 1, 1], math.log(0.08))])

    def test_beam_width_one_is_greedy(self):
        # Greedy takes the likeliest token each time and misses [2, 0].
        self.assertHypotheses(beam_search(EXAMPLE, 1, 3, EOS), [([1, 1, 1], math.log(0.08))])

    def test_pruning_is_global_and_ties_go_to_the_smaller_tokens(self):
        # Width 3. Step 1 keeps all three tokens; [0] finishes (0.1). Step 2: [2, 0] 0.36, [1, 1] 0.2,
        # then [1, 0] and [1, 2] tie at 0.5 * 0.3 = 0.15 for the last place: [1, 0] wins the tie.
        got = beam_search(EXAMPLE, 3, 3, EOS)
        self.assertHypotheses(got, [([2, 0], math.log(0.36)), ([1, 0], math.log(0.15)), ([0], math.log(0.1))])

    def test_ties_between_beams_are_broken_by_tokens_not_by_beam_order(self):
        # Log-probabilities chosen so that the sums are exact: [2] (-1) is the better beam, but its
        # [2, 1] ties with [1, 2] at -2.5, and the tie rule keeps [1, 2].
        table = {
            (): [-4.0, -2.0, -1.0],
            (2,): [-3.0, -1.5, -1.0],
            (1,): [-3.0, -2.0, -0.5],
        }
        got = beam_search(lambda prefix: table[tuple(prefix)], 2, 2, EOS)
        self.assertHypotheses(got, [([2, 2], -2.0), ([1, 2], -2.5)])

    def test_final_ties_go_to_the_smaller_tokens(self):
        # [1] and [2] tie at 0.4, then both end with 0.5: [1, 0] and [2, 0] tie at 0.2.
        model = bigram({"start": [0.2, 0.4, 0.4], 1: [0.5, 0.25, 0.25], 2: [0.5, 0.25, 0.25]})
        self.assertHypotheses(beam_search(model, 1, 2, EOS), [([1, 0], math.log(0.2))])
        self.assertHypotheses(beam_search(model, 2, 2, EOS), [([1, 0], math.log(0.2)), ([2, 0], math.log(0.2))])

    def test_finished_hypotheses_are_kept_and_compete_at_the_end(self):
        # [0] finishes at step 1 with 0.4 and is still the best hypothesis after three steps,
        # ahead of [1, 1, 1] (0.6 * 0.8 * 0.8 = 0.384).
        got = beam_search(SHORT_OR_LONG, 2, 3, EOS)
        self.assertHypotheses(got, [([0], math.log(0.4)), ([1, 1, 1], math.log(0.384))])

    def test_length_penalty_divides_by_the_length_including_the_end_token(self):
        # Finished hypotheses leave the beam, so each step keeps two live candidates:
        # [0] 0.4, [1, 0] 0.12, [1, 1, 0] 0.096, and [1, 1, 1] 0.384 at the length limit.
        # Divided by the length (penalty 1): ln(0.384)/3 = -0.3190, ln(0.096)/3 = -0.7811,
        # ln(0.4)/1 = -0.9163, ln(0.12)/2 = -1.0601.
        got = beam_search(SHORT_OR_LONG, 2, 3, EOS, length_penalty=1.0)
        self.assertHypotheses(got, [([1, 1, 1], math.log(0.384) / 3), ([1, 1, 0], math.log(0.096) / 3)])
        # Penalty 0.5 divides by sqrt(length): ln(0.384)/sqrt(3) = -0.5526 beats ln(0.4) = -0.9163.
        got = beam_search(SHORT_OR_LONG, 2, 3, EOS, length_penalty=0.5)
        self.assertHypotheses(got, [([1, 1, 1], math.log(0.384) / math.sqrt(3)), ([0], math.log(0.4))])
        got = beam_search(EXAMPLE, 2, 3, EOS, length_penalty=1.0)
        self.assertHypotheses(got, [([2, 0], math.log(0.36) / 2), ([1, 1, 1], math.log(0.08) / 3)])

    def test_max_length_counts_generated_tokens(self):
        # With one step nothing has finished: the live beams are the hypotheses.
        got = beam_search(EXAMPLE, 2, 1, EOS)
        self.assertHypotheses(got, [([1], math.log(0.5)), ([2], math.log(0.4))])
        for tokens, _ in beam_search(EXAMPLE, 4, 5, EOS):
            self.assertLessEqual(len(tokens), 5)

    def test_step_is_called_once_per_live_beam(self):
        calls = []

        def recording(prefix):
            calls.append(tuple(prefix))
            return EXAMPLE(prefix)

        beam_search(recording, 2, 3, EOS)
        # Step 1 expands the empty prefix, step 2 [1] and [2], step 3 only [1, 1]: [2, 0] has finished.
        self.assertEqual(sorted(calls), [(), (1,), (1, 1), (2,)])

    def test_impossible_tokens_are_never_kept(self):
        # Only 1 can start and only the end token can follow it, so even a wide beam finds one hypothesis.
        model = bigram({"start": [0.0, 1.0, 0.0], 1: [1.0, 0.0, 0.0], 2: [0.5, 0.25, 0.25], 0: [0.5, 0.25, 0.25]})
        self.assertHypotheses(beam_search(model, 4, 5, EOS), [([1, 0], 0.0)])
        self.assertHypotheses(beam_search(model, 4, 5, EOS, length_penalty=1.0), [([1, 0], 0.0)])
        # The end token need not be 0. With eos = 2: [2] finishes at once (0.75), [0] (0.25) can only
        # be followed by 2, and the search stops when no beam is live, long before ten steps.
        stop = bigram({"start": [0.25, 0.0, 0.75], 0: [0.0, 0.0, 1.0]})
        self.assertHypotheses(beam_search(stop, 3, 10, 2), [([2], math.log(0.75)), ([0, 2], math.log(0.25))])

    def test_matches_exhaustive_search_when_the_beam_holds_every_candidate(self):
        # Three tokens and four steps: at most 24 candidates per step, so width 30 prunes nothing
        # and beam search must return the 30 best of all 31 hypotheses.
        def probs(prefix):
            h = sum((i + 1) * (t + 2) for i, t in enumerate(prefix))
            weights = [1 + (7 * h + 3 * tok + len(prefix)) % 5 + 0.1 * tok for tok in range(3)]
            return [w / sum(weights) for w in weights]

        def step(prefix):
            return [math.log(p) for p in probs(prefix)]

        def all_hypotheses(prefix, log_sum, length):
            if prefix and (prefix[-1] == EOS or len(prefix) == length):
                yield list(prefix), log_sum
                return
            for tok, lp in enumerate(step(prefix)):
                yield from all_hypotheses(prefix + [tok], log_sum + lp, length)

        for penalty in (0.0, 0.5, 1.0):
            with self.subTest(length_penalty=penalty):
                every = [(t, s / len(t) ** penalty) for t, s in all_hypotheses([], 0.0, 4)]
                self.assertEqual(len(every), 31)
                want = sorted(every, key=lambda h: (-h[1], h[0]))[:30]
                self.assertHypotheses(beam_search(step, 30, 4, EOS, penalty), want)

    def test_invalid_arguments(self):
        for width, length in [(0, 3), (-1, 3), (2, 0), (2, -1)]:
            with self.subTest(beam_width=width, max_length=length):
                with self.assertRaises(ValueError):
                    beam_search(EXAMPLE, width, length, EOS)


if __name__ == "__main__":
    unittest.main()

import unittest

from solution import chunk_text
import timed_test


class TimedTestCase(timed_test.TimedTestCase):
    def assertFollowsTheRule(self, text, max_tokens, overlap, chunks):
        """chunks is exactly what the rule in the prompt gives for text (checked chunk by chunk)."""
        tokens = text.split()
        if not tokens:
            self.assertEqual(chunks, [])
            return
        self.assertGreater(len(chunks), 0, "no chunks for a non-empty text")
        start = 0
        for k, chunk in enumerate(chunks):
            words = chunk.split(" ")
            self.assertEqual(chunk, " ".join(tokens[start:start + len(words)]),
                             f"chunk {k} is not tokens {start}.. joined by single spaces")
            self.assertLessEqual(len(words), max_tokens, f"chunk {k} has {len(words)} tokens")
            end = start + max_tokens
            if end >= len(tokens):
                self.assertEqual(k, len(chunks) - 1, f"chunk {k} reaches the end, yet more chunks follow")
                self.assertEqual(start + len(words), len(tokens), f"the last chunk {k} stops before the end")
                return
            cut = start + len(words)
            self.assertGreater(cut, start + overlap, f"chunk {k} is not longer than the overlap")
            later = [c for c in range(cut + 1, end + 1) if tokens[c - 1][-1] in ".!?"]
            self.assertEqual(later, [], f"chunk {k} stops at {cut}, but a sentence ends later in its window")
            if cut < end:
                self.assertIn(tokens[cut - 1][-1], ".!?", f"chunk {k} stops early but not at a sentence end")
            start = cut - overlap
        self.fail(f"the chunks stop at token {start + overlap} of {len(tokens)}: the rest is lost")


EXAMPLE = "The cat sat. It was warm. Then it rained hard all day. The end."


class TestChunkText(TimedTestCase):
    def test_example_from_prompt(self):
        self.assertEqual(chunk_text(EXAMPLE, 8, 2), [
            "The cat sat. It was warm.",
            "was warm. Then it rained hard all day.",
            "all day. The end.",
        ])

    def test_a_sentence_end_inside_the_overlap_is_not_a_break(self):
        # In the second window ("was warm. Then it rained hard") the only sentence end leaves a
        # chunk of 2 tokens, no longer than the overlap, so the window is cut at 6 tokens.
        self.assertEqual(chunk_text(EXAMPLE, 6, 2), [
            "The cat sat. It was warm.",
            "was warm. Then it rained hard",
            "rained hard all day. The end.",
        ])

    def test_no_sentence_ends_gives_a_sliding_window(self):
        text = " ".join(f"t{i}" for i in range(10))
        self.assertEqual(chunk_text(text, 4, 1), ["t0 t1 t2 t3", "t3 t4 t5 t6", "t6 t7 t8 t9"])
        self.assertEqual(chunk_text(text, 4, 0), ["t0 t1 t2 t3", "t4 t5 t6 t7", "t8 t9"])
        self.assertEqual(chunk_text(text, 3, 2), [f"t{i} t{i + 1} t{i + 2}" for i in range(8)])

    def test_the_last_chunk_is_kept(self):
        text = " ".join(f"x{i}" for i in range(1000))
        chunks = chunk_text(text, 10, 3)
        # Chunks start at 0, 7, ..., 987 (142 of them), then the rest from 994 to 999.
        self.assertEqual(len(chunks), 143)
        self.assertEqual(chunks[-1], "x994 x995 x996 x997 x998 x999")
        self.assertEqual(chunk_text("a b c d e", 4, 0), ["a b c d", "e"])

    def test_text_that_fits_is_one_chunk(self):
        self.assertEqual(chunk_text("One short sentence.", 10, 3), ["One short sentence."])
        self.assertEqual(chunk_text("exactly four tokens here", 4, 2), ["exactly four tokens here"])
        self.assertEqual(chunk_text("Stop. Here. Now. Done.", 4, 0), ["Stop. Here. Now. Done."])

    def test_empty_text_has_no_chunks(self):
        self.assertEqual(chunk_text("", 5, 1), [])
        self.assertEqual(chunk_text("  \n\t  ", 5, 1), [])

    def test_any_whitespace_separates_tokens(self):
        self.assertEqual(chunk_text("  a\tb\n\nc   d  e \n", 3, 1), ["a b c", "c d e"])

    def test_question_and_exclamation_marks_end_sentences(self):
        self.assertEqual(chunk_text("Really? Yes! It works fine now", 4, 0), ["Really? Yes!", "It works fine now"])
        # A period inside a token ("3.5", "e.g") is not a sentence end; only the last character counts.
        self.assertEqual(chunk_text("Use v3.5 e.g here and there", 4, 0), ["Use v3.5 e.g here", "and there"])

    def test_overlap_of_max_minus_one_still_ends(self):
        # The only valid cut is the full window, so the chunks step one token at a time.
        text = "Alpha beta gamma delta. Epsilon zeta eta theta iota kappa."
        tokens = text.split()
        self.assertEqual(chunk_text(text, 4, 3), [" ".join(tokens[i:i + 4]) for i in range(7)])
        many = " ".join(f"s{i}." if i % 5 == 2 else f"s{i}" for i in range(3000))
        chunks = chunk_text(many, 8, 7)
        self.assertEqual(len(chunks), 3000 - 8 + 1)
        self.assertFollowsTheRule(many, 8, 7, chunks)

    def test_consecutive_chunks_share_exactly_the_overlap(self):
        text = " ".join(f"w{i}." if i % 9 in (4, 6) else f"w{i}" for i in range(200))
        for max_tokens, overlap in ((10, 0), (10, 3), (10, 9), (5, 4), (1, 0), (30, 12)):
            with self.subTest(max_tokens=max_tokens, overlap=overlap):
                chunks = chunk_text(text, max_tokens, overlap)
                self.assertFollowsTheRule(text, max_tokens, overlap, chunks)
                for a, b in zip(chunks, chunks[1:]):
                    tail = a.split(" ")[len(a.split(" ")) - overlap:] if overlap else []
                    self.assertEqual(b.split(" ")[:overlap], tail)

    def test_long_document(self):
        # Sentence ends at irregular places, with a 300-token stretch without one in every 1000.
        def token(i):
            return f"w{i}." if i % 1000 < 700 and (i * i) % 23 in (1, 2) else f"w{i}"

        text = " ".join(token(i) for i in range(100_000))
        chunks = chunk_text(text, 128, 16)
        self.assertEqual(len(chunks), 1000)  # counted by a separate implementation of the rule
        self.assertFollowsTheRule(text, 128, 16, chunks)

    def test_invalid_arguments(self):
        for max_tokens, overlap in ((0, 0), (-3, 0), (5, 5), (5, 6), (5, -1), (2.5, 0), (5, 1.0)):
            with self.subTest(max_tokens=max_tokens, overlap=overlap):
                with self.assertRaises(ValueError):
                    chunk_text("some text here", max_tokens, overlap)

    def test_boundary_arguments_are_accepted(self):
        self.assertEqual(chunk_text("a b c", 1, 0), ["a", "b", "c"])
        self.assertEqual(chunk_text("a b c", 2, 1), ["a b", "b c"])


if __name__ == "__main__":
    unittest.main()

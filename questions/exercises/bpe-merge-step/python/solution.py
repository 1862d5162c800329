from typing import Optional


def count_pairs(vocab: dict[str, int]) -> dict[tuple[str, str], int]:
    """Count adjacent symbol pairs, each occurrence weighted by the word's frequency.

    Keys of vocab are words as space-separated symbols, e.g. "l o w </w>".
    """
    raise NotImplementedError


def merge_step(vocab: dict[str, int]) -> tuple[Optional[tuple[str, str]], dict[str, int]]:
    """Merge the most frequent pair (ties: smallest pair) in every word.

    Return (pair, new_vocab). Merges are left to right and non-overlapping;
    words that become identical have their frequencies added. Return
    (None, copy of vocab) when there is no pair. Do not modify vocab.
    """
    raise NotImplementedError

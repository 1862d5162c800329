# tie-break: `>=` while scanning keeps the last pair seen with the top count, not the smallest
from typing import Optional


def count_pairs(vocab: dict[str, int]) -> dict[tuple[str, str], int]:
    """Count adjacent symbol pairs, each occurrence weighted by the word's frequency.

    Keys of vocab are words as space-separated symbols, e.g. "l o w </w>".
    """
    counts: dict[tuple[str, str], int] = {}
    for word, freq in vocab.items():
        symbols = word.split(" ")
        for pair in zip(symbols, symbols[1:]):
            counts[pair] = counts.get(pair, 0) + freq
    return counts


def _merge_symbols(symbols: list[str], a: str, b: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(symbols):
        if i + 1 < len(symbols) and symbols[i] == a and symbols[i + 1] == b:
            out.append(a + b)
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return out


def merge_step(vocab: dict[str, int]) -> tuple[Optional[tuple[str, str]], dict[str, int]]:
    """Merge the most frequent pair (ties: smallest pair) in every word.

    Return (pair, new_vocab). Merges are left to right and non-overlapping;
    words that become identical have their frequencies added. Return
    (None, copy of vocab) when there is no pair. Do not modify vocab.
    """
    counts = count_pairs(vocab)
    if not counts:
        return None, dict(vocab)
    best = None
    for p, c in counts.items():
        if best is None or c >= counts[best]:
            best = p
    a, b = best
    merged: dict[str, int] = {}
    for word, freq in vocab.items():
        new_word = " ".join(_merge_symbols(word.split(" "), a, b))
        merged[new_word] = merged.get(new_word, 0) + freq
    return best, merged

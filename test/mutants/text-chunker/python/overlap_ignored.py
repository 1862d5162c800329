# ignores the overlap: each chunk starts where the previous one ended
from typing import List


def _ends_sentence(token: str) -> bool:
    return token[-1] in ".!?"


def chunk_text(text: str, max_tokens: int, overlap: int) -> List[str]:
    """Windows of at most max_tokens whitespace tokens, consecutive ones sharing `overlap` tokens."""
    for name, value in (("max_tokens", max_tokens), ("overlap", overlap)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be an integer, got {value!r}")
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be >= 1, got {max_tokens}")
    if not 0 <= overlap < max_tokens:
        raise ValueError(f"overlap must be in [0, max_tokens), got {overlap} with max_tokens {max_tokens}")

    tokens = text.split()
    chunks: List[str] = []
    start = 0
    while tokens:
        end = start + max_tokens
        if end >= len(tokens):  # the rest fits: this is the last chunk
            chunks.append(" ".join(tokens[start:]))
            break
        cut = end
        # The last sentence end in the window, if the chunk would still be longer than the
        # overlap: a shorter one would make the next chunk start where this one did.
        for c in range(end, start + overlap, -1):
            if _ends_sentence(tokens[c - 1]):
                cut = c
                break
        chunks.append(" ".join(tokens[start:cut]))
        start = cut
    return chunks

from typing import List


def chunk_text(text: str, max_tokens: int, overlap: int) -> List[str]:
    """Split text into chunks of at most max_tokens whitespace tokens for retrieval.

    Tokens are the runs of non-whitespace characters; a chunk is its tokens joined by one space.
    Each chunk after the first starts with the last `overlap` tokens of the one before. A chunk
    that is not the last ends at the last sentence end (a token ending in . ! or ?) in its window
    that leaves it longer than `overlap` tokens, else after max_tokens tokens.
    Raise ValueError unless max_tokens >= 1 and 0 <= overlap < max_tokens (integers).
    """
    raise NotImplementedError

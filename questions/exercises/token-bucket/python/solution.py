import time
from typing import Callable


class TokenBucket:
    """Token-bucket rate limiter.

    Holds at most `capacity` tokens, gains `refill_rate` tokens per second
    (fractions count), starts full. `clock` returns seconds.
    Raise ValueError if capacity <= 0 or refill_rate < 0.
    """

    def __init__(self, capacity: float, refill_rate: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        raise NotImplementedError

    def allow(self, tokens: float = 1.0) -> bool:
        """Take `tokens` if available and return True; otherwise return False and take nothing.

        Raise ValueError if tokens <= 0.
        """
        raise NotImplementedError

    def available(self) -> float:
        """Return the number of tokens in the bucket right now."""
        raise NotImplementedError

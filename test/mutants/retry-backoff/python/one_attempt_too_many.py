# off by one: makes max_attempts retries after the first call, max_attempts + 1 calls in all
import random as _random
import time
from typing import Callable, TypeVar

T = TypeVar("T")


def retry(
    fn: Callable[[], T],
    *,
    max_attempts: int,
    base_delay: float,
    max_delay: float,
    is_retryable: Callable[[Exception], bool],
    sleep: Callable[[float], None] = time.sleep,
    random: Callable[[], float] = _random.random,
) -> T:
    """Call fn until it returns, waiting random() * min(max_delay, base_delay * 2**(n-1)) after failure n."""
    if isinstance(max_attempts, bool) or not isinstance(max_attempts, int) or max_attempts < 1:
        raise ValueError(f"max_attempts must be an integer >= 1, got {max_attempts!r}")
    if not 0 <= base_delay <= max_delay:
        raise ValueError(f"need 0 <= base_delay <= max_delay, got {base_delay} and {max_delay}")
    cap = min(max_delay, base_delay)  # min(max_delay, base_delay * 2**(n-1)) for attempt n
    for attempt in range(0, max_attempts + 1):
        try:
            return fn()
        except Exception as error:  # KeyboardInterrupt and other BaseExceptions pass straight through
            if attempt == max_attempts or not is_retryable(error):
                raise  # the error of this attempt, with its traceback
            sleep(random() * cap)  # full jitter: anywhere in [0, cap)
            cap = min(max_delay, cap * 2)  # doubling the capped value never overflows
    raise AssertionError("unreachable")

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
    """Call fn() until it returns, and return its result.

    An Exception from attempt n (counting from 1) is raised at once if is_retryable(error) is false
    or n == max_attempts. Otherwise wait sleep(random() * min(max_delay, base_delay * 2 ** (n - 1)))
    seconds, calling random() once, and try again. Exceptions that are not Exception subclasses
    (KeyboardInterrupt, SystemExit) are never caught.
    Raise ValueError, before calling fn, unless max_attempts is an integer >= 1 and
    0 <= base_delay <= max_delay.
    """
    raise NotImplementedError

import time
from typing import Any, Callable, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


def timed(record: Callable[[float], None],
          clock: Callable[[], float] = time.perf_counter) -> Callable[[F], F]:
    """Decorator factory that reports each call's elapsed seconds to record.

    - Works for plain functions and for `async def` functions (timed until the
      coroutine completes; the wrapper is itself a coroutine function).
    - Records exactly once per call, also when the function raises (the
      exception propagates unchanged).
    - Keeps the wrapped function's metadata (functools.wraps).

        timings = []

        @timed(timings.append)
        def work(): ...
    """
    raise NotImplementedError

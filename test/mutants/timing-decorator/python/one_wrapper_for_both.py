# one plain wrapper for everything: for an async def it times only the creation of the coroutine
import functools
import time
from typing import Any, Callable, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def timed(record: Callable[[float], None],
          clock: Callable[[], float] = time.perf_counter) -> Callable[[F], F]:
    def decorator(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                record(clock() - start)

        return cast(F, wrapper)

    return decorator

# the async wrapper records after the await returns, so a coroutine that raises is never recorded
import functools
import inspect
import time
from typing import Any, Callable, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def timed(record: Callable[[float], None],
          clock: Callable[[], float] = time.perf_counter) -> Callable[[F], F]:
    """Decorator factory that reports each call's elapsed seconds to record."""

    def decorator(func: F) -> F:
        if inspect.iscoroutinefunction(func):

            @functools.wraps(func)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                start = clock()
                result = await func(*args, **kwargs)
                record(clock() - start)
                return result

            return cast(F, async_wrapper)

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                record(clock() - start)

        return cast(F, wrapper)

    return decorator

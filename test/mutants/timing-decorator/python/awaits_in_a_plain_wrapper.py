# a plain def wrapper that returns a timing coroutine when the result is awaitable: the wrapper itself is not a coroutine function
import functools
import inspect
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
                result = func(*args, **kwargs)
            except BaseException:
                record(clock() - start)
                raise
            if not inspect.isawaitable(result):
                record(clock() - start)
                return result

            async def finish() -> Any:
                try:
                    return await result
                finally:
                    record(clock() - start)

            return finish()

        return cast(F, wrapper)

    return decorator

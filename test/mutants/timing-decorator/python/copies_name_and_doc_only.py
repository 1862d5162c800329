# copies __name__ and __doc__ by hand instead of functools.wraps, so __wrapped__ (and the rest) is missing
import inspect
import time
from typing import Any, Callable, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


def timed(record: Callable[[float], None],
          clock: Callable[[], float] = time.perf_counter) -> Callable[[F], F]:
    """Decorator factory that reports each call's elapsed seconds to record."""

    def decorator(func: F) -> F:
        if inspect.iscoroutinefunction(func):

            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                start = clock()
                try:
                    return await func(*args, **kwargs)
                finally:
                    record(clock() - start)

            async_wrapper.__name__ = func.__name__
            async_wrapper.__doc__ = func.__doc__
            return cast(F, async_wrapper)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return func(*args, **kwargs)
            finally:
                record(clock() - start)

        wrapper.__name__ = func.__name__
        wrapper.__doc__ = func.__doc__
        return cast(F, wrapper)

    return decorator

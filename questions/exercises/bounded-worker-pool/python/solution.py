from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")


async def run_bounded(tasks: list[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Run every task, at most `limit` at a time, starting the next as soon as one finishes.

    Return the results in the order of `tasks`. On the first failure, raise it, start no new
    task and cancel the running ones. Raise ValueError unless limit is a positive integer.
    """
    raise NotImplementedError

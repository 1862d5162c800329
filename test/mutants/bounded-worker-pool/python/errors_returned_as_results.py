# failure: collects exceptions as results (return_exceptions=True) instead of failing
import asyncio
from typing import Awaitable, Callable, TypeVar

T = TypeVar("T")


async def run_bounded(tasks: list[Callable[[], Awaitable[T]]], limit: int) -> list[T]:
    """Run every task, at most `limit` at a time, starting the next as soon as one finishes.

    Return the results in the order of `tasks`. On the first failure, raise it, start no new
    task and cancel the running ones. Raise ValueError unless limit is a positive integer.
    """
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, got {limit!r}")
    results: list = [None] * len(tasks)
    next_index = 0
    failed = False

    async def worker() -> None:
        nonlocal next_index, failed
        while not failed and next_index < len(tasks):
            i = next_index  # no await between the read and the increment: no race
            next_index += 1
            try:
                results[i] = await tasks[i]()
            except Exception as error:
                results[i] = error

    workers = [asyncio.ensure_future(worker()) for _ in range(min(limit, len(tasks)))]
    try:
        await asyncio.gather(*workers)
    except BaseException:
        for w in workers:
            w.cancel()  # cancels the task each worker is awaiting
        await asyncio.gather(*workers, return_exceptions=True)
        raise
    return results

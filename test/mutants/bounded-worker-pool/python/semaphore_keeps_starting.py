# failure: a semaphore bounds the concurrency, but after a failure the tasks queued on it still start
import asyncio


async def run_bounded(tasks, limit):
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("bad limit")
    sem = asyncio.Semaphore(limit)

    async def guarded(task):
        async with sem:
            return await task()

    return list(await asyncio.gather(*(guarded(task) for task in tasks)))

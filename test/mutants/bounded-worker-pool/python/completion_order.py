# order: appends each result when its task finishes, so the results come back in completion order
import asyncio


async def run_bounded(tasks, limit):
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("bad limit")
    results = []
    next_index = 0

    async def worker():
        nonlocal next_index
        while next_index < len(tasks):
            i = next_index
            next_index += 1
            results.append(await tasks[i]())

    await asyncio.gather(*(worker() for _ in range(min(limit, len(tasks)))))
    return results

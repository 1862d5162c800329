# batches: runs the tasks in chunks of `limit` and waits for the slowest of each chunk before starting the next
import asyncio


async def run_bounded(tasks, limit):
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("bad limit")
    results = []
    for start in range(0, len(tasks), limit):
        results.extend(await asyncio.gather(*(task() for task in tasks[start:start + limit])))
    return results

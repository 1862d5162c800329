# no limit: gathers every task at once
import asyncio


async def run_bounded(tasks, limit):
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError("bad limit")
    return list(await asyncio.gather(*(task() for task in tasks)))

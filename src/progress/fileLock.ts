// A lock file shared by every window and process that rewrites one folder's log. A lock left by a
// window that died is broken once it is older than LOCK_STALE_MS.
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** A lock older than this belongs to a window that died while holding it. */
export const LOCK_STALE_MS = 10_000;

/** Runs `work` while holding `lockFile` (created with its folder if need be). */
export async function withFileLock<T>(lockFile: string, work: () => Promise<T>): Promise<T> {
  await fs.mkdir(path.dirname(lockFile), { recursive: true });
  const token = `${process.pid} ${randomUUID()}`;
  // Long enough to outlast a stale lock, so a window that died holding it never blocks for good.
  const deadline = Date.now() + LOCK_STALE_MS + 5_000;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      await fs.writeFile(lockFile, token, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    await breakStaleLock(lockFile);
    if (Date.now() > deadline) throw new Error(`${lockFile} is held by another window`);
    await delay(wait);
  }
  try {
    return await work();
  } finally {
    const holder = await fs.readFile(lockFile, 'utf8').catch(() => undefined);
    if (holder === token) await fs.unlink(lockFile).catch(() => undefined);
  }
}

async function breakStaleLock(lockFile: string): Promise<void> {
  const seen = await fs.stat(lockFile, { bigint: true }).catch(() => undefined);
  if (!seen || Date.now() - Number(seen.mtimeMs) < LOCK_STALE_MS) return;
  // Move it aside rather than unlink it: if another window replaced the stale lock with its own
  // after our stat, we would have taken a live lock, which the inode check puts back.
  const moved = `${lockFile}.stale-${randomUUID()}`;
  try {
    await fs.rename(lockFile, moved);
  } catch {
    return;
  }
  const taken = await fs.stat(moved, { bigint: true }).catch(() => undefined);
  if (taken && taken.ino !== seen.ino) await fs.link(moved, lockFile).catch(() => undefined);
  await fs.unlink(moved).catch(() => undefined);
}

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { WorkStore } from '../../src/drill/workStore';
import { newest, readShared, sharedFile, writeShared } from '../../src/progress/sharedFiles';

const root = mkdtempSync(join(tmpdir(), 'interview-prep-shared-files-'));
after(() => rmSync(root, { recursive: true, force: true }));
let made = 0;
const fresh = () => {
  const dir = join(root, `case-${++made}`);
  mkdirSync(join(dir, 'sync'), { recursive: true });
  return { folder: join(dir, 'sync'), laptop: join(dir, 'laptop'), desktop: join(dir, 'desktop') };
};
const isNamed = (value: unknown): value is { name: string; at: string } => typeof (value as { name?: unknown })?.name === 'string';

describe('per-machine files in the shared folder', () => {
  it("each machine writes only its own copy; reading sees every machine's, and newest picks by time", async () => {
    const { folder } = fresh();
    assert.equal(await writeShared(folder, 'plan', 'laptop-1a2b3c', { name: 'from the laptop', at: '2026-12-01T10:00:00.000Z' }), true);
    assert.equal(await writeShared(folder, 'plan', 'desktop-4d5e6f', { name: 'from the desktop', at: '2026-12-02T10:00:00.000Z' }), true);
    assert.deepEqual(readdirSync(folder).sort(), ['plan-desktop-4d5e6f.json', 'plan-laptop-1a2b3c.json']);
    const copies = await readShared(folder, 'plan', isNamed);
    assert.deepEqual(
      copies.map((copy) => copy.machine),
      ['desktop-4d5e6f', 'laptop-1a2b3c'],
    );
    assert.equal(
      newest(
        copies.map((copy) => copy.value),
        (value) => value.at,
      )?.name,
      'from the desktop',
    );
  });

  it('skips a half-delivered copy, a file of another name and a name that is not a machine id', async () => {
    const { folder } = fresh();
    await writeShared(folder, 'plan', 'laptop-1a2b3c', { name: 'whole', at: '2026-12-01T10:00:00.000Z' });
    writeFileSync(join(folder, 'plan-desktop-4d5e6f.json'), '{"name":"half');
    writeFileSync(join(folder, 'plan-Not A Machine.json'), '{"name":"foreign","at":"2099-01-01"}');
    writeFileSync(join(folder, 'planner-laptop-1a2b3c.json'), '{"name":"other","at":"2099-01-01"}');
    writeFileSync(join(folder, 'plan-laptop-1a2b3c.json.123.456.tmp'), '{"name":"temp","at":"2099-01-01"}');
    assert.deepEqual(
      (await readShared(folder, 'plan', isNamed)).map((copy) => copy.value.name),
      ['whole'],
    );
  });

  it('never creates a missing shared folder', async () => {
    const { folder } = fresh();
    const missing = join(folder, 'not-connected');
    assert.equal(await writeShared(missing, 'plan', 'laptop-1a2b3c', { name: 'x', at: '' }), false);
    assert.deepEqual(await readShared(missing, 'plan', isNamed), []);
    assert.deepEqual(readdirSync(folder), []);
  });

  it('keeps items of one machine in its own folder', () => {
    assert.equal(sharedFile('/s', 'work', 'laptop-1a2b3c', 'two-sum'), join('/s', 'work-laptop-1a2b3c', 'two-sum.json'));
  });
});

describe('notes and drafts across machines', () => {
  it('notes written on one machine show on the other, and each keeps writing only its own copy', async () => {
    const { folder, laptop, desktop } = fresh();
    const onLaptop = new WorkStore(laptop, () => ({ folder, machine: 'laptop-1a2b3c' }));
    const onDesktop = new WorkStore(desktop, () => ({ folder, machine: 'desktop-4d5e6f' }));
    await onLaptop.update('two-sum', { notes: 'hash map, one pass' });
    assert.equal((await onDesktop.get('two-sum')).notes, 'hash map, one pass');
    // The desktop adds a draft: the laptop's notes stay with it, and the laptop sees both.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await onDesktop.update('two-sum', { draft: 'for each x: look up target - x' });
    const seen = await onLaptop.get('two-sum');
    assert.equal(seen.notes, 'hash map, one pass');
    assert.equal(seen.draft, 'for each x: look up target - x');
    assert.deepEqual(readdirSync(folder).sort(), ['work-desktop-4d5e6f', 'work-laptop-1a2b3c']);
  });

  it('with the folder gone, work is kept on the machine; without sharing, nothing goes to the folder', async () => {
    const { folder, laptop, desktop } = fresh();
    const gone = new WorkStore(laptop, () => ({ folder: join(folder, 'unplugged'), machine: 'laptop-1a2b3c' }));
    await gone.update('two-sum', { notes: 'still here' });
    assert.equal((await gone.get('two-sum')).notes, 'still here');
    const alone = new WorkStore(desktop);
    await alone.update('two-sum', { notes: 'mine only' });
    assert.deepEqual(readdirSync(folder), []);
  });

  it("a damaged copy from another machine does not hide this machine's work", async () => {
    const { folder, laptop } = fresh();
    const store = new WorkStore(laptop, () => ({ folder, machine: 'laptop-1a2b3c' }));
    await store.update('two-sum', { notes: 'good notes' });
    mkdirSync(join(folder, 'work-desktop-4d5e6f'));
    writeFileSync(join(folder, 'work-desktop-4d5e6f', 'two-sum.json'), '{"notes":"trunc');
    assert.equal((await store.get('two-sum')).notes, 'good notes');
  });
});

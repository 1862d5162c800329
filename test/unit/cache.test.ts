import * as assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CACHE_FORMAT, indexFromCache, parseCache, serializeCache } from '../../src/bank/bankCache';
import { sameEntries } from '../../src/bank/bankIndex';
import { loadBank, type LoadStats } from '../../src/bank/bankLoader';
import { question, tempBank } from './helpers';

describe('index cache', () => {
  it('reuses unchanged files and re-parses only the changed one', async () => {
    const root = tempBank({ 'a.md': question({ id: 'a-one' }), 'b.md': question({ id: 'b-one' }), 'c.md': question({ id: 'c-one', kind: 'nope' }) });
    const sources = [{ path: root, kind: 'setting' as const }];
    const first = await loadBank(sources);
    const cache = parseCache(serializeCache(first, 'v1'), 'v1');
    assert.equal(cache?.size, 3);

    const warmStats: LoadStats = { parsed: 0, cached: 0 };
    const warm = await loadBank(sources, {}, cache, warmStats);
    assert.deepEqual(warmStats, { parsed: 0, cached: 3 });
    assert.deepEqual(
      warm
        .questions()
        .map((q) => q.id)
        .sort(),
      ['a-one', 'b-one'],
    );
    assert.equal(warm.problems().length, 1, 'problems come back from the cache too');

    writeFileSync(path.join(root, 'b.md'), question({ id: 'b-one', title: 'Changed title' }));
    utimesSync(path.join(root, 'b.md'), new Date(), new Date(Date.now() + 5000));
    const changedStats: LoadStats = { parsed: 0, cached: 0 };
    const changed = await loadBank(sources, {}, cache, changedStats);
    assert.deepEqual(changedStats, { parsed: 1, cached: 2 });
    assert.equal(changed.question('b-one')?.title, 'Changed title');
  });

  it('ignores a cache with another key, another format, or broken JSON', async () => {
    const root = tempBank({ 'a.md': question({ id: 'a-one' }) });
    const json = serializeCache(await loadBank([{ path: root, kind: 'setting' }]), 'v1');
    assert.equal(parseCache(json, 'v2'), undefined);
    assert.ok(json.includes(`"format":${CACHE_FORMAT}`));
    assert.equal(parseCache(json.replace(`"format":${CACHE_FORMAT}`, `"format":${CACHE_FORMAT - 1}`), 'v1'), undefined);
    assert.equal(parseCache(json.slice(0, json.length / 2), 'v1'), undefined);
  });

  it('shows the cached index without reading the folders, and tells whether the check behind it found a change', async () => {
    const root = tempBank({ 'a.md': question({ id: 'a-one' }), 'b.md': question({ id: 'b-one' }), 'c.md': question({ id: 'c-one', kind: 'nope' }) });
    const other = tempBank({ 'd.md': question({ id: 'd-one' }) });
    const sources = [{ path: root, kind: 'setting' as const }];
    const first = await loadBank([...sources, { path: other, kind: 'setting' as const }]);
    const cache = parseCache(serializeCache(first, 'v1'), 'v1')!;

    const shown = indexFromCache(sources, cache);
    assert.deepEqual(
      shown.questions().map((q) => q.id),
      ['a-one', 'b-one'],
      'a folder that is no longer a source is left out',
    );
    assert.equal(shown.problems().length, 1);
    assert.equal(sameEntries(shown, await loadBank(sources, {}, cache)), true, 'nothing changed on disk');

    writeFileSync(path.join(root, 'b.md'), question({ id: 'b-one', title: 'Edited while closed' }));
    utimesSync(path.join(root, 'b.md'), new Date(), new Date(Date.now() + 5000));
    const checked = await loadBank(sources, {}, cache);
    assert.equal(sameEntries(shown, checked), false, 'an edited file is a change');
    assert.equal(checked.question('b-one')?.title, 'Edited while closed');

    writeFileSync(path.join(root, 'e.md'), question({ id: 'e-one' }));
    assert.equal(
      sameEntries(
        indexFromCache(sources, parseCache(serializeCache(checked, 'v1'), 'v1')!),
        await loadBank(sources, {}, parseCache(serializeCache(checked, 'v1'), 'v1')),
      ),
      false,
      'a new file is a change',
    );
  });
});

// `npm run bench`: load-time figures for synthetic banks, each a median of several runs with min and
// max, and each set against a naive loader (gray-matter + marked on every file, no cache) measured
// in the same run. Timings are printed, never asserted.
import { promises as fs, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { loadBank, loadFile, parseCache, serializeCache } from '../../src/bank/bankIndex';
import { generateBank } from './generateBank';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

interface Figure {
  median: number;
  min: number;
  max: number;
}

async function measure(runs: number, work: () => Promise<unknown>): Promise<Figure> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

/** What a first version would do: read every file, parse front matter, render the whole body. */
async function naiveLoad(dir: string): Promise<number> {
  let count = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const item of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) await walk(full);
      else if (item.name.endsWith('.md')) {
        const parsed = matter(await fs.readFile(full, 'utf8'), {});
        marked.parse(parsed.content, { async: false });
        count++;
      }
    }
  };
  await walk(dir);
  return count;
}

const format = (figure: Figure): string => `${figure.median.toFixed(1).padStart(8)} ms (min ${figure.min.toFixed(1)}, max ${figure.max.toFixed(1)})`;
const heapMb = (): number => process.memoryUsage().heapUsed / 1024 / 1024;

async function main(): Promise<void> {
  console.log(`Interview Prep bank benchmark — Node ${process.version}, ${RUNS} runs per figure (median, min, max)\n`);
  for (const size of SIZES) {
    const dir = mkdtempSync(path.join(tmpdir(), `interview-prep-bench-${size}-`));
    try {
      generateBank(dir, size);
      const sources = [{ path: dir, kind: 'setting' as const }];
      const bytes = sizeOf(dir);
      const naive = await measure(Math.max(1, Math.min(RUNS, 3)), () => naiveLoad(dir));
      const cold = await measure(RUNS, () => loadBank(sources));
      const index = await loadBank(sources);
      const json = serializeCache(index, 'bench');
      const warm = await measure(RUNS, () => loadBank(sources, {}, parseCache(json, 'bench')));
      const changed = path.join(dir, readdirSync(dir)[0], readdirSync(path.join(dir, readdirSync(dir)[0]))[0]);
      const target = path.join(changed, readdirSync(changed)[0]);
      let tick = 0;
      const incremental = await measure(RUNS, async () => {
        writeFileSync(target, (await fs.readFile(target, 'utf8')).replace(/^title: .*$/m, `title: Changed ${tick}`));
        utimesSync(target, new Date(), new Date(Date.now() + ++tick * 1000));
        index.set(await loadFile(target, dir));
        index.questions();
      });
      if (global.gc) global.gc();
      const before = heapMb();
      const held = await loadBank(sources);
      held.questions();
      if (global.gc) global.gc();
      const heap = heapMb() - before;
      console.log(`${size} files (${(bytes / 1024 / 1024).toFixed(1)} MB), ${held.questions().length} questions`);
      console.log(`  naive loader (gray-matter + marked)  ${format(naive)}`);
      console.log(`  cold index (no cache)                ${format(cold)}   ${(naive.median / cold.median).toFixed(1)}x faster than naive`);
      console.log(`  warm index (from cache)              ${format(warm)}   ${(naive.median / warm.median).toFixed(1)}x faster than naive`);
      console.log(`  incremental update (one file)        ${format(incremental)}`);
      console.log(`  index heap${global.gc ? '' : ' (run with --expose-gc for a clean figure)'}                ${heap.toFixed(1).padStart(8)} MB`);
      console.log(`  cache file                           ${(json.length / 1024 / 1024).toFixed(1).padStart(8)} MB\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    total += item.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return total;
}

void main();

// `npm run bench`: load-time figures for synthetic banks, each a median of several runs with min and
// max, set against a naive loader (gray-matter + marked on every file, no cache) measured in the same
// run, and checked against the budgets for a 10,000-file bank. Timings are printed, never asserted.
// BENCH_SIZES (default 1000,10000,50000) and BENCH_RUNS (default 5; 3 from 50,000 files) tune it.
// It ends with the interview-day plan against FSRS due-order on a simulated learner (planBench.ts;
// BENCH_SEEDS seeds, default 5); BENCH_ONLY=plan runs just that.
// BENCH_PROFILE=cold or warm only repeats that load on a 10,000-file bank and writes a CPU profile of
// those runs alone to out/test/bench/bench-<kind>.cpuprofile (docs/BENCHMARKS.md).
import { promises as fs, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import matter from 'gray-matter';
import { marked } from 'marked';
import { indexFromCache, parseCache, serializeCache } from '../../src/bank/bankCache';
import { type BankIndex } from '../../src/bank/bankIndex';
import { loadBank, loadFile } from '../../src/bank/bankLoader';
import { formatProblem } from '../../src/bank/model';
import type { Attempt } from '../../src/progress/model';
import { encodeLine } from '../../src/progress/logCodec';
import { LOG_FILE, ProgressStore } from '../../src/progress/progressStore';
import { buildCards } from '../../src/progress/scheduler';
import { applyFilter, groupQuestions } from '../../src/tree/grouping';
import { benchDocuments } from './documents';
import { generateBank } from './generateBank';
import { measureLanguageServer } from './languageServer';
import { benchInterviewPlan } from './planBench';
import { canCollect, heapOf, measure, type Figure } from './measure';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_SIZE = 10_000;
const SERVER = path.resolve(__dirname, '..', '..', '..', 'dist', 'server.js');

/** What a first version would do: read every file, parse front matter, render the whole body. */
async function naiveLoad(dir: string): Promise<number> {
  let count = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const item of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, item.name);
      if (item.isDirectory()) await walk(full);
      else if (item.name.endsWith('.md')) {
        try {
          const parsed = matter(await fs.readFile(full, 'utf8'), {});
          marked.parse(parsed.content, { async: false });
          count++;
        } catch {
          // a broken file: the naive loader skips it
        }
      }
    }
  };
  await walk(dir);
  return count;
}

interface Row {
  name: string;
  figure?: Figure;
  unit?: 'ms' | 'MB';
  /** Compared with the naive loader (how many times faster). */
  ratio?: boolean;
  budget?: { text: string; met: boolean };
  note?: string;
}

function table(rows: Row[], naive: Figure): string {
  const lines = ['| figure | median | min | max | CPU (median) | vs naive | budget (10,000 files) | |', '|---|--:|--:|--:|--:|--:|---|---|'];
  for (const row of rows) {
    const { figure, unit = 'ms' } = row;
    const value = (number: number | undefined): string => (number === undefined ? '' : `${number.toFixed(1)} ${unit}`);
    const ratio = row.ratio && figure ? `${(naive.median / figure.median).toFixed(1)}×` : '';
    const verdict = row.budget ? (row.budget.met ? 'PASS' : 'MISS') : '';
    const cells = figure ? [value(figure.median), value(figure.min), value(figure.max), value(figure.cpu)] : [row.note ?? '', '', '', ''];
    lines.push(`| ${row.name} | ${cells.join(' | ')} | ${ratio} | ${row.budget?.text ?? ''} | ${verdict} |`);
  }
  return lines.join('\n');
}

async function benchSize(size: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `interview-prep-bench-${size}-`));
  try {
    generateBank(dir, size);
    const sources = [{ path: dir, kind: 'setting' as const }];
    const large = size >= 50_000;
    const runs = large ? Math.min(RUNS, 3) : RUNS;
    const budgeted = size === BUDGET_SIZE;
    const budget = (text: string, met: boolean): Row['budget'] => (budgeted ? { text, met } : undefined);

    const naive = await measure(large ? 1 : Math.max(1, Math.min(RUNS, 3)), () => naiveLoad(dir));
    const cold = await measure(runs, () => loadBank(sources).then((index) => index.questions()));
    const held = await loadBank(sources);
    const json = serializeCache(held, 'bench');
    // Parsing the cache is part of starting warm; reading its file is not (the OS has it cached anyway).
    const warm = await measure(runs, () => loadBank(sources, {}, parseCache(json, 'bench')).then((index) => index.questions()));
    // What a window shows on start-up: the cached index, with the check above running behind it.
    const shown = await measure(runs, () => indexFromCache(sources, parseCache(json, 'bench')!).questions());

    const target = [...held.files()].find((entry) => entry.question)!.file;
    const original = readFileSync(target, 'utf8');
    let tick = 0;
    const incremental = await measure(runs, {
      before: () => {
        writeFileSync(target, original.replace(/^title: .*$/m, `title: Changed ${++tick}`));
        utimesSync(target, new Date(), new Date(Date.now() + tick * 1000));
      },
      work: async () => {
        held.set(await loadFile(target, dir));
        held.questions();
        held.problems();
      },
    });
    writeFileSync(target, original);

    const heap = await heapOf(3, async () => {
      const index = await loadBank(sources);
      index.questions();
      index.problems();
      return index;
    });
    const firstPage = await measure(runs, () => treeFirstPage(held));
    let problems = 0;
    const validation = await measure(runs, async () => {
      const index = await loadBank(sources);
      problems = index.problems().map((problem) => formatProblem(problem, path.relative(dir, problem.file))).length;
    });

    const rows: Row[] = [
      { name: 'naive loader (gray-matter + marked)', figure: naive },
      {
        name: 'cold index (no cache)',
        figure: cold,
        ratio: true,
        budget: budget('≤ 300 ms and ≥ 5× naive', cold.median <= 300 && naive.median / cold.median >= 5),
      },
      { name: 'warm index shown (parse cache, no file system; checked behind it)', figure: shown, ratio: true, budget: budget('≤ 60 ms', shown.median <= 60) },
      { name: 'warm check behind it (parse cache + stat every file)', figure: warm, ratio: true },
      { name: 'incremental update (one file changed)', figure: incremental, ratio: true, budget: budget('≤ 10 ms', incremental.median <= 10) },
      { name: 'tree first page (filter, group by role, first group)', figure: firstPage, ratio: true },
      { name: 'validation (every file, all problems)', figure: validation, ratio: true },
      { name: `index heap${canCollect() ? '' : ' (run with --expose-gc)'}`, figure: heap, unit: 'MB', budget: budget('≤ 40 MB', heap.median <= 40) },
    ];
    if (size === BUDGET_SIZE) rows.push(...(await serverRows(dir, held, runs)));

    console.log(
      `### ${size.toLocaleString('en-US')} files (${(sizeOf(dir) / 1024 / 1024).toFixed(1)} MB), ${held.questions().length} questions, ${problems} problems, cache ${(json.length / 1024 / 1024).toFixed(1)} MB\n`,
    );
    console.log(`${table(rows, naive)}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the Questions view computes before it can show its first page: groups, then the first group's topics. */
function treeFirstPage(index: BankIndex): number {
  const grouped = groupQuestions(applyFilter(index.questions(), {}), 'role', () => 'new');
  const [first] = grouped.groups.keys();
  return first === undefined ? 0 : [...grouped.groups.get(first)!.keys()].length;
}

async function serverRows(dir: string, index: BankIndex, runs: number): Promise<Row[]> {
  const files = [...index.files()].filter((entry) => entry.question).map((entry) => entry.file);
  const server = await measureLanguageServer(SERVER, dir, files.slice(0, runs), runs);
  if ('skipped' in server) return [{ name: 'language server: didOpen → publishDiagnostics', note: `skipped: ${server.skipped}` }];
  return [
    { name: 'language server: index ready after start', figure: server.ready },
    { name: 'language server: didOpen → publishDiagnostics (its typing debounce is 150 ms)', figure: server.open },
  ];
}

function sizeOf(dir: string): number {
  let total = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    total += item.isDirectory() ? sizeOf(full) : statSync(full).size;
  }
  return total;
}

/** The chosen load, repeated under the profiler, which is started after the bank is written. */
async function profile(kind: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `interview-prep-profile-${BUDGET_SIZE}-`));
  const session = new Session();
  try {
    generateBank(dir, BUDGET_SIZE);
    const sources = [{ path: dir, kind: 'setting' as const }];
    const json = serializeCache(await loadBank(sources), 'profile');
    session.connect();
    const post = (method: string): Promise<unknown> =>
      new Promise((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
    await post('Profiler.enable');
    await post('Profiler.start');
    const figure = await measure(RUNS, () =>
      (kind === 'warm' ? loadBank(sources, {}, parseCache(json, 'profile')) : loadBank(sources)).then((index) => index.questions()),
    );
    const { profile: cpuProfile } = (await post('Profiler.stop')) as { profile: unknown };
    const file = path.join(__dirname, `bench-${kind}.cpuprofile`);
    writeFileSync(file, JSON.stringify(cpuProfile));
    console.log(
      `${kind} index, ${BUDGET_SIZE} files: median ${figure.median.toFixed(1)} ms (min ${figure.min.toFixed(1)}, max ${figure.max.toFixed(1)}); profile in ${file}`,
    );
  } finally {
    session.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Loading a long practice history, as the extension does on its first tree render: the store's
 * load (checksums, validation, dedupe) and the FSRS cards built from it, against the bare baseline of
 * reading the file and JSON.parse on every line. BENCH_ATTEMPTS (default 100000) sets the size.
 */
async function benchHistory(count: number): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `interview-prep-bench-history-`));
  try {
    const start = Date.UTC(2025, 0, 1);
    const outcomes = ['again', 'hard', 'good', 'easy'] as const;
    let text = '';
    for (let i = 0; i < count; i++) {
      const attempt: Attempt = {
        id: `bench-${i}`,
        kind: 'question',
        questionId: `q-${i % 2000}`,
        at: new Date(start + i * 60_000).toISOString(),
        durationMs: 90_000,
        grade: outcomes[i % 4],
        score: i % 11,
      };
      text += encodeLine(attempt);
    }
    writeFileSync(path.join(dir, LOG_FILE), text);
    const store = new ProgressStore(dir);
    const baseline = await measure(RUNS, async () => {
      const lines = (await fs.readFile(path.join(dir, LOG_FILE), 'utf8')).split('\n');
      return lines.filter((line) => line !== '').map((line) => JSON.parse(line) as unknown).length;
    });
    const loaded = await measure(RUNS, () => store.load());
    const attempts = (await store.load()).attempts;
    const cards = await measure(RUNS, () => buildCards(attempts, new Date(start + count * 60_000)));
    const both = await measure(RUNS, async () => buildCards((await store.load()).attempts, new Date(start + count * 60_000)));
    const heap = canCollect() ? await heapOf(RUNS, () => store.load()) : undefined;
    const rows: Row[] = [
      { name: 'read + JSON.parse every line (baseline)', figure: baseline },
      { name: 'ProgressStore.load (checksums, validation, dedupe)', figure: loaded },
      { name: 'FSRS cards from the loaded attempts', figure: cards },
      { name: 'load + cards (what the first tree render waits for)', figure: both },
      heap ? { name: 'heap held by the loaded history', figure: heap, unit: 'MB' } : { name: 'heap held by the loaded history', note: 'run with --expose-gc' },
    ];
    const lines = ['| figure | median | min | max | CPU (median) | vs baseline |', '|---|--:|--:|--:|--:|--:|'];
    for (const row of rows) {
      const unit = row.unit ?? 'ms';
      const value = (number: number | undefined): string => (number === undefined ? '' : `${number.toFixed(1)} ${unit}`);
      const f = row.figure;
      const ratio = f && unit === 'ms' && f !== baseline ? `${(f.median / baseline.median).toFixed(1)}× the baseline` : '';
      lines.push(`| ${row.name} | ${f ? [value(f.median), value(f.min), value(f.max), value(f.cpu)].join(' | ') : `${row.note ?? ''} | | |`} | ${ratio} |`);
    }
    console.log(
      `### Practice history: ${count.toLocaleString('en-US')} attempts (${(statSync(path.join(dir, LOG_FILE)).size / 1e6).toFixed(1)} MB log)\n\n${lines.join('\n')}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The figures only a real VS Code gives (activation, click-to-tree, command-to-drill) come from the
 * last `npm test` run, which writes them to test-results/; sizes are read from the build. Printed
 * with their budgets; a figure not measured yet says so.
 */
function realVsCodeRows(): void {
  const root = path.resolve(__dirname, '..', '..', '..');
  const read = (name: string): Record<string, number> => {
    try {
      return JSON.parse(readFileSync(path.join(root, 'test-results', name), 'utf8')) as Record<string, number>;
    } catch {
      return {};
    }
  };
  const host = read('extension-host-timings.json');
  const ui = read('ui-timings.json');
  // Sizes of the release build, written by `npm test` when it packages the VSIX.
  const sizes = read('bundle-sizes.json');
  const size = (file: string): number | undefined => sizes[file];
  const vsix = Object.keys(sizes).find((name) => name.endsWith('.vsix'));
  const ms = (value: number | undefined, budget?: number): string =>
    value === undefined ? 'not measured (run `npm test`)' : `${value.toFixed(1)} ms${budget === undefined ? '' : value <= budget ? ' (PASS)' : ' (MISS)'}`;
  const kb = (bytes: number | undefined, budgetMb?: number): string =>
    bytes === undefined
      ? 'not measured (run `npm test`)'
      : `${(bytes / 1024).toFixed(0)} KB${budgetMb === undefined ? '' : bytes <= budgetMb * 1024 * 1024 ? ' (PASS)' : ' (MISS)'}`;
  const rows: [string, string, string][] = [
    ['activation, inside activate()', ms(host.activationMs, 30), '≤ 30 ms'],
    ['command → drill rendered, first panel (creates the webview)', ms(host.commandToRenderedDrillMs, 250), '≤ 250 ms'],
    ['… of which the webview starting until its script is ready', ms(host.commandToDrillWebviewReadyMs), ''],
    ['command → drill rendered, panel open', ms(host.commandToRenderedDrillOpenPanelMs, 250), '≤ 250 ms'],
    ['UI: click on the activity bar → roles in the tree', ms(ui.clickToTreeMs), ''],
    ['UI: click on a question → drill panel shows it', ms(ui.clickToDrillPanelMs), ''],
    [`VSIX (${vsix ?? 'none'})`, kb(vsix ? size(vsix) : undefined, 2), '≤ 2 MB'],
    ['dist/extension.js', kb(size('dist/extension.js')), ''],
    ['dist/server.js', kb(size('dist/server.js')), ''],
    ['dist/cli.js', kb(size('dist/cli.js')), ''],
    ['dist/webview/drill.js + dashboard.js', kb((size('dist/webview/drill.js') ?? 0) + (size('dist/webview/dashboard.js') ?? 0) || undefined), ''],
  ];
  console.log(
    `### In the real VS Code (code-server), from the last \`npm test\`\n\n| figure | value | budget |\n|---|--:|---|\n${rows.map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`,
  );
}

/** One plain document of many questions against as many one-question plain files (BENCH_DOCUMENT_QUESTIONS, default 10,000). */
async function documentRows(): Promise<void> {
  const count = Number(process.env.BENCH_DOCUMENT_QUESTIONS ?? 10_000);
  const figures = await benchDocuments(count, RUNS);
  const ms = (value: number | undefined) => (value === undefined ? '' : `${value.toFixed(1)} ms`);
  // The baseline is the same questions as one-question files: the ratio says what a document costs against them.
  const row = (name: string, figure: Figure) =>
    `| ${name} | ${[figure.median, figure.min, figure.max, figure.cpu].map(ms).join(' | ')} | ${(figure.median / figures.files.median).toFixed(2)}× |`;
  const many = count.toLocaleString('en-US');
  console.log(
    `### One document of ${many} questions (${(figures.bytes / 1024 / 1024).toFixed(1)} MB, ${figures.questions.toLocaleString('en-US')} loaded) against ${many} one-question files\n`,
  );
  console.log(
    `${[
      '| figure | median | min | max | CPU (median) | against the files |',
      '|---|--:|--:|--:|--:|--:|',
      row(`cold index: ${many} plain files of one question each (the baseline)`, figures.files),
      row('cold index: the document', figures.document),
      row(`cold index: the document cut to ${Math.ceil(count / 10).toLocaleString('en-US')} questions (linear: about a tenth of the row above)`, figures.tenth),
      row('the document re-read into the loaded index (one question changed)', figures.reread),
    ].join('\n')}\n`,
  );
}

async function main(): Promise<void> {
  if (process.env.BENCH_PROFILE) return profile(process.env.BENCH_PROFILE);
  if (process.env.BENCH_ONLY === 'plan') return benchInterviewPlan(RUNS);
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `## Interview Prep bank benchmark\n\n${cpu} (${os.cpus().length} cores), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ${RUNS} runs per figure (3 from 50,000 files; the naive loader at most 3, and once from 50,000 files). Load average at start: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}.\n`,
  );
  if (process.env.BENCH_ONLY === 'documents') return documentRows();
  for (const size of SIZES) await benchSize(size);
  await documentRows();
  await benchHistory(Number(process.env.BENCH_ATTEMPTS ?? 100_000));
  await benchInterviewPlan(RUNS);
  realVsCodeRows();
  console.log(
    `Load average at end: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')}.`,
  );
}

void main();

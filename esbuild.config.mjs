// One build for every target. `node esbuild.config.mjs [--production] [--watch] [--tests]`.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/** Every file under `dir` whose name ends with `suffix`. */
function filesUnder(dir, suffix) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

const targets = [
  // The extension host bundle: Node, CommonJS, `vscode` provided by the host.
  { ...common, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] },
  // The language server runs in its own Node process and never sees `vscode`.
  { ...common, entryPoints: { server: 'src/server/server.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node18' },
  // The headless CLI shares the bank core with the extension and the server.
  { ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', platform: 'node', format: 'cjs', target: 'node18', banner: { js: '#!/usr/bin/env node' } },
  // Webview scripts run in the browser sandbox of a webview.
  {
    ...common,
    entryPoints: { drill: 'src/drill/webview/main.ts', dashboard: 'src/dashboard/webview/main.ts' },
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

if (tests) {
  // Unit and integration tests (plain Node) and extension-host suites (mocha inside VS Code).
  targets.push(
    {
      ...common,
      minify: false,
      entryPoints: filesUnder('test/unit', '.test.ts'),
      outdir: 'out/test/unit',
      outbase: 'test/unit',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
    },
    // Integration tests: the same runner, but they spawn Python, Node, the CLI or the language server.
    {
      ...common,
      minify: false,
      entryPoints: filesUnder('test/integration', '.test.ts'),
      outdir: 'out/test/integration',
      outbase: 'test/integration',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
    },
    {
      ...common,
      minify: false,
      entryPoints: [...filesUnder('test/suite', '.ts')],
      outdir: 'out/test/suite',
      outbase: 'test/suite',
      platform: 'node',
      format: 'cjs',
      target: 'node18',
      external: ['vscode', 'mocha'],
    },
    { ...common, minify: false, entryPoints: { bench: 'test/bench/bench.ts' }, outdir: 'out/test/bench', platform: 'node', format: 'cjs', target: 'node18' },
  );
}

// A release build starts clean, so no stale bundle or source map ends up in the VSIX.
if (production) rmSync('dist', { recursive: true, force: true });
// Test builds start clean too, so a test file that moved or went away never runs from a stale copy.
if (tests && !watch) rmSync('out/test', { recursive: true, force: true });

const contexts = await Promise.all(targets.map((options) => esbuild.context(options)));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('esbuild: watching for changes');
} else {
  try {
    await Promise.all(contexts.map((context) => context.rebuild()));
  } finally {
    await Promise.all(contexts.map((context) => context.dispose()));
  }
}

// Regenerates the README's pictures from the screenshots the UI journeys leave in test-results/ui/,
// so they never go stale: run `npm test` (or the UI journeys), then `node scripts/readme-images.mjs`.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './vscode.mjs';

const SHOTS = join(ROOT, 'test-results', 'ui');
/** README picture ← the screenshot it is taken from (a step's file name without its number, or a theme shot). */
const PICTURES = [
  ['drill.png', 'themes/dark-drill-question.png'],
  ['drill-answer-light.png', 'themes/light-drill-answer.png'],
  ['dashboard-high-contrast.png', 'themes/high-contrast-dashboard.png'],
  ['exercise.png', 'runs-the-tests-again-after-solving-and-reports-success.png'],
];

function find(name) {
  if (name.includes('/')) return existsSync(join(SHOTS, name)) ? join(SHOTS, name) : undefined;
  // Step screenshots are numbered by their place in the journey: ui-07-<step>.png.
  const match = readdirSync(SHOTS).find((file) => /^ui-\d+-/.test(file) && file.replace(/^ui-\d+-/, '') === name);
  return match && join(SHOTS, match);
}

const missing = [];
for (const [picture, shot] of PICTURES) {
  const source = existsSync(SHOTS) ? find(shot) : undefined;
  if (!source) {
    missing.push(shot);
    continue;
  }
  copyFileSync(source, join(ROOT, 'docs', 'images', picture));
  console.log(`docs/images/${picture} ← test-results/ui/${shot}`);
}
if (missing.length) {
  console.error(`No screenshot for: ${missing.join(', ')}. Run the UI journeys first (npm test).`);
  process.exitCode = 1;
}

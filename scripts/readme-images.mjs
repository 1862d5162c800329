// Regenerates the README's pictures (and the Get Started steps' images, the same files) from the
// screenshots the UI journeys leave in test-results/ui/, so they never go stale: run `npm test` (or
// the UI journeys), then `npm run readme-images`. Fails when a picture shown has no screenshot named.
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Every picture under docs/images/ that the README shows or a Get Started step uses as its media. */
function wanted() {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const shown = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
  const media = (manifest.contributes.walkthroughs ?? [])
    .flatMap((walkthrough) => walkthrough.steps)
    .map((step) => step.media?.image)
    .filter(Boolean);
  return [...new Set([...shown, ...media].filter((path) => path.startsWith('docs/images/')).map((path) => path.slice('docs/images/'.length)))];
}

function find(name) {
  if (name.includes('/')) return existsSync(join(SHOTS, name)) ? join(SHOTS, name) : undefined;
  // Step screenshots are numbered by their place in the journey: ui-07-<step>.png.
  const match = readdirSync(SHOTS).find((file) => /^ui-\d+-/.test(file) && file.replace(/^ui-\d+-/, '') === name);
  return match && join(SHOTS, match);
}

// A picture the README or the walkthrough shows but no screenshot makes would go stale unnoticed.
const unmade = wanted().filter((picture) => !PICTURES.some(([made]) => made === picture));
if (unmade.length) {
  console.error(
    `No screenshot is named for: ${unmade.map((picture) => `docs/images/${picture}`).join(', ')}. Add it to PICTURES in scripts/readme-images.mjs.`,
  );
  process.exitCode = 1;
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

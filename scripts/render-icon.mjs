// Renders media/icon.svg (the activity-bar glyph, drawn in currentColor) onto a rounded tile as
// media/icon.png (256×256), the marketplace icon: the marketplace shows no SVG, and a bare glyph would
// vanish on its dark or light background. Run after changing the SVG: `node scripts/render-icon.mjs`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ROOT } from './vscode.mjs';

const SIZE = 256;
const svg = readFileSync(join(ROOT, 'media', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  const glyph = svg.replace(/ width="\d+" height="\d+"/, ` width="${SIZE * 0.7}" height="${SIZE * 0.7}"`);
  await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">
    <div id="tile" style="width:${SIZE}px;height:${SIZE}px;border-radius:${SIZE * 0.18}px;background:linear-gradient(160deg,#2f6fd6,#1b3f8f);color:#fff;display:flex;align-items:center;justify-content:center">${glyph}</div>
    </body></html>`);
  await page.locator('#tile').screenshot({ path: join(ROOT, 'media', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log(`media/icon.png written (${SIZE}×${SIZE})`);

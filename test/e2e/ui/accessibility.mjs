// Accessibility audits with axe-core, the standard auditor, run inside the extension's own webviews
// and on the parts of the workbench that show our content (the Get Started walkthrough); and the focus
// rings a keyboard user follows, measured against what they are drawn on.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { ROOT } from '../../../scripts/vscode.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a step; the rest are listed in the output. */
const BLOCKING = new Set(['serious', 'critical']);
const IMPACTS = ['critical', 'serious', 'moderate', 'minor'];

/** Every audit of the run, for the per-panel, per-theme table (printed, and kept in test-results/ui/axe-results.json). */
const results = [];
const RESULTS_FILE = join(ROOT, 'test-results', 'ui', 'axe-results.json');

/** The Frame behind a page, a frame, or a frame locator (a webview's inner frame). */
async function frameOf(target) {
  if (typeof target.mainFrame === 'function') return target.mainFrame();
  if (typeof target.evaluate === 'function') return target;
  return await (await target.locator(':root').elementHandle()).ownerFrame();
}

/**
 * Audits a document, or the part of it `include` selects, and returns its violations as
 * `{ id, impact, help, ours, theirs }`: the targets inside what `ours` selects (all of them when it
 * is not given) and those outside, which belong to the page around our content. Webviews' CSP allows
 * nonce scripts only; the auditor is evaluated through the browser's debugging protocol, which that
 * policy does not govern. Frames inside the audited document are not entered (each is audited on its own).
 */
async function audit(target, { include, ours, notOurs, backdrop } = {}) {
  const frame = await frameOf(target);
  if (!(await frame.evaluate(() => typeof globalThis.axe === 'object'))) await frame.evaluate(AXE_SOURCE);
  return frame.evaluate(
    async ({ include, ours, notOurs, backdrop }) => {
      const context = include ? { include: [include] } : globalThis.document;
      // A transparent document shows the page behind its frame, which the auditor cannot see: for the
      // audit only, its root takes that colour, so text contrast is measured against what is on screen.
      const root = globalThis.document.documentElement;
      const before = root.style.backgroundColor;
      if (backdrop) root.style.backgroundColor = backdrop;
      let result;
      try {
        result = await globalThis.axe.run(context, { resultTypes: ['violations'], iframes: false, elementRef: true });
      } finally {
        root.style.backgroundColor = before;
      }
      return result.violations.map((violation) => {
        const split = { ours: [], theirs: [] };
        for (const node of violation.nodes) {
          const mine = (!ours || Boolean(node.element?.closest(ours))) && !(notOurs && node.element?.closest(notOurs));
          // A contrast finding says which colours it measured.
          const data = node.any?.[0]?.data;
          split[mine ? 'ours' : 'theirs'].push(
            `${node.target.join(' ')}${data?.contrastRatio ? ` ${data.fgColor} on ${data.bgColor} ${data.contrastRatio}:1` : ''}`,
          );
        }
        return { id: violation.id, impact: violation.impact, help: violation.help, ...split };
      });
    },
    { include, ours, notOurs, backdrop },
  );
}

function describe({ id, impact, help }, targets) {
  return `${impact} ${id}: ${help} (${targets.slice(0, 5).join(', ')}${targets.length > 5 ? `, … ${targets.length - 5} more` : ''})`;
}

function count(violations) {
  return Object.fromEntries(IMPACTS.map((impact) => [impact, violations.filter((violation) => violation.impact === impact).length]));
}

/**
 * One panel state: its screenshot at `shot`, then the audit. Serious and critical violations in our
 * content fail (named by `label`); the others come back as lines to list (`reported`). With `ours`
 * (a selector), what lies outside it (or inside `notOurs`) is VS Code's own and comes back apart,
 * whatever its impact (`vscode`): reported, never dropped, and not ours to fix.
 */
export async function auditState(page, target, label, shot, { include, ours, notOurs, backdrop } = {}) {
  mkdirSync(dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  const violations = await audit(target, { include, ours, notOurs, backdrop });
  const mine = violations.filter((violation) => violation.ours.length);
  const theirs = violations.filter((violation) => violation.theirs.length);
  results.push({ label, ours: count(mine), vscode: ours ? count(theirs) : undefined, violations });
  writeFileSync(RESULTS_FILE, JSON.stringify(results, null, 2));
  const blocking = mine.filter((violation) => BLOCKING.has(violation.impact));
  if (blocking.length) throw new Error(`${label}: ${blocking.map((violation) => describe(violation, violation.ours)).join('; ')}`);
  return {
    reported: mine.map((violation) => `${label}: ${describe(violation, violation.ours)}`),
    vscode: theirs.map((violation) => `${label}: ${describe(violation, violation.theirs)}`),
  };
}

/** The colour an element shows through a transparent frame inside it: its first opaque background, outward. */
export function backdropOf(locator) {
  return locator.evaluate((element) => {
    for (let node = element; node; node = node.parentElement) {
      const colour = node.ownerDocument.defaultView.getComputedStyle(node).backgroundColor;
      if (!/^(transparent|rgba\([^)]*,\s*0\))$/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  });
}

/** The audits so far as a table: one row per panel state and theme, counts by impact (ours, then VS Code's where apart). */
export function auditTable(prefix = '') {
  const rows = results.filter((result) => result.label.startsWith(prefix));
  const cells = (counts) => IMPACTS.map((impact) => String(counts[impact]).padStart(impact.length)).join(' ');
  const width = Math.max(...rows.map((row) => row.label.length), 10);
  return [
    `${'panel state'.padEnd(width)}  ${IMPACTS.join(' ')}   VS Code's own: ${IMPACTS.join(' ')}`,
    ...rows.map(
      (row) =>
        `${row.label.padEnd(width)}  ${cells(row.ours)}   ${row.vscode ? `               ${cells(row.vscode)}` : '               (none apart: all of the page is ours)'}`,
    ),
  ];
}

/** The contrast ratio of two opaque sRGB colours, as WCAG defines it. */
function contrast(first, second) {
  const luminance = ([r, g, b]) => {
    const linear = (channel) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Tabs through a webview from `first` until focus leaves it (or `presses` run out) and returns, for each
 * control focused, its name, whether a focus ring shows, and the ring's contrast against what it is
 * drawn on (the parent's background for a ring outside the control, its own for one inside).
 * Chromium's own `auto` ring is two-toned, dark and light, so it shows on any background: no ratio.
 */
export async function focusRings(page, frame, first, presses = 40) {
  // Focus the first control, then leave it and come back by keyboard: a ring shows for keyboard
  // focus (:focus-visible), not for a focus set by script after a click.
  await frame.locator(first).first().focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const visited = [];
  for (let press = 0; press < presses; press++) {
    const focused = await frame
      .locator(':focus')
      .evaluate(
        (element) => {
          const view = element.ownerDocument.defaultView;
          const style = view.getComputedStyle(element);
          const rgba = (text) => {
            const match = /rgba?\(([^)]+)\)/.exec(text);
            if (!match) return undefined;
            const [r, g, b, a = 1] = match[1]
              .split(/[\s,/]+/)
              .filter(Boolean)
              .map(Number);
            return [r, g, b, a];
          };
          // The colour under a point of `from`: its background and its ancestors', laid over each other.
          const backdrop = (from) => {
            const layers = [];
            for (let node = from; node; node = node.parentElement) {
              const layer = rgba(view.getComputedStyle(node).backgroundColor);
              if (layer && layer[3] > 0) layers.push(layer);
              if (layer && layer[3] >= 1) break;
            }
            let colour = [255, 255, 255];
            for (const [r, g, b, a] of layers.reverse()) colour = [r * a + colour[0] * (1 - a), g * a + colour[1] * (1 - a), b * a + colour[2] * (1 - a)];
            return colour;
          };
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
          const name = element.id || element.getAttribute('aria-label') || element.textContent.trim().slice(0, 24) || element.tagName.toLowerCase();
          if (!ring || style.outlineStyle === 'auto') return { name, ring, auto: style.outlineStyle === 'auto' };
          const under = backdrop(parseFloat(style.outlineOffset) < 0 ? element : (element.parentElement ?? element));
          const [r, g, b, a] = rgba(style.outlineColor) ?? [0, 0, 0, 0];
          return {
            name,
            ring,
            width: parseFloat(style.outlineWidth),
            colour: [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)],
            under,
          };
        },
        undefined,
        { timeout: 1000 },
      )
      .catch(() => undefined);
    if (!focused) break; // focus has left the panel
    if (focused.colour) focused.contrast = Math.round(contrast(focused.colour, focused.under) * 100) / 100;
    visited.push(focused);
    await page.keyboard.press('Tab');
  }
  return visited;
}

/** Fails when a focused control shows no ring, or a ring under 3:1 against its background (WCAG 1.4.11). */
export function assertFocusRings(label, visited) {
  const unringed = visited.filter((entry) => !entry.ring).map((entry) => entry.name);
  if (unringed.length) throw new Error(`${label}: focused without a visible ring: ${unringed.join(', ')}`);
  const faint = visited.filter((entry) => entry.contrast !== undefined && entry.contrast < 3).map((entry) => `${entry.name} (${entry.contrast}:1)`);
  if (faint.length) throw new Error(`${label}: focus ring under 3:1 against its background: ${faint.join(', ')}`);
}

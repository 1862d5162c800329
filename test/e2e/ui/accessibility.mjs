// Accessibility audits with axe-core, the standard auditor, run inside the extension's own webviews.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Impacts that fail a step; the rest are listed in the output. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Audits the page a frame locator shows (a webview's inner frame) and returns its violations as
 * `{ id, impact, help, targets }`. The webview's CSP allows nonce scripts only; the auditor is
 * evaluated through the browser's debugging protocol, which that policy does not govern.
 */
async function audit(frameLocator) {
  const frame = await (await frameLocator.locator(':root').elementHandle()).ownerFrame();
  if (!(await frame.evaluate(() => typeof globalThis.axe === 'object'))) await frame.evaluate(AXE_SOURCE);
  const violations = await frame.evaluate(async () => {
    const result = await globalThis.axe.run(globalThis.document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  });
  return violations;
}

/** Splits violations into those that fail (serious, critical) and those only reported. */
function triage(violations) {
  return {
    blocking: violations.filter((violation) => BLOCKING.has(violation.impact)),
    reported: violations.filter((violation) => !BLOCKING.has(violation.impact)),
  };
}

function describeViolation({ id, impact, help, targets }) {
  return `${impact} ${id}: ${help} (${targets.join(', ')})`;
}

/**
 * One panel state: its screenshot at `shot`, then the audit. Serious and critical violations fail
 * (named by `label`); the others come back as lines to list.
 */
export async function auditState(page, frameLocator, label, shot) {
  mkdirSync(dirname(shot), { recursive: true });
  await page.screenshot({ path: shot });
  const { blocking, reported } = triage(await audit(frameLocator));
  if (blocking.length) throw new Error(`${label}: ${blocking.map(describeViolation).join('; ')}`);
  return reported.map((violation) => `${label}: ${describeViolation(violation)}`);
}

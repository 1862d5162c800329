// What the drill panel shows: its visible text, TeX that leaked into it, and the bank it renders.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../../scripts/vscode.mjs';

/** Puts `visibleText(element)` on the page: the text a reader sees in it, outside code. */
export function installVisibleText() {
  globalThis.visibleText = (element) => {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('pre, code') || !parent.checkVisibility()) continue;
      text += `${node.textContent} `;
    }
    return text;
  };
}

/**
 * What of a visible text reads as TeX source: commands such as \\frac or \\times, or ^{ and _{
 * groups. Rendered MathML shows none of these, so any hit is a formula whose source reached the
 * page as text (KaTeX keeps it in an annotation the sanitiser must drop whole).
 */
export function texLeaks(text) {
  return [...text.matchAll(/\\(?:frac|text|times|sum|begin|end|mathrm|approx|pmatrix)\b|[\^_]\{/g)].map((match) =>
    text.slice(Math.max(0, match.index - 20), match.index + 30),
  );
}

let builtin;
/** The built-in bank's questions by title (from the packaged CLI, which reads the same files); read once per run. */
export function builtinQuestions() {
  if (builtin) return builtin;
  const list = JSON.parse(execFileSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'list', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  builtin = new Map(list.map((question) => [question.title, { id: question.id, kind: question.kind }]));
  return builtin;
}

/**
 * What covers the middle of an element's first line, if anything does: a sticky header laid over
 * the prompt leaves its text in the page (so a text check passes) but out of sight.
 */
export async function coveredBy(locator) {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = element.ownerDocument.elementFromPoint(box.left + Math.min(40, box.width / 2), box.top + Math.min(10, box.height / 2));
    return hit && element.contains(hit) ? null : (hit?.outerHTML.slice(0, 100) ?? 'nothing (off screen)');
  });
}

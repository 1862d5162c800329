// Anki fields are HTML. They become markdown text here: line breaks and paragraphs kept, bold,
// italic and code kept as markdown, script, style and every other element's tags dropped (their
// text kept, except script and style, whose content goes too), entities decoded. What comes out
// is bank text, which the drill panel sanitises again when it renders it.
import { stripTags } from '../documents/text';
import { replacePairs } from './pairs';

const DROPPED_ELEMENTS = ['script', 'style', 'iframe', 'object', 'template', 'noscript', 'svg', 'math'];

/** `html` without the named elements and their content; an unclosed one drops the rest. Linear. */
function dropElements(html: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let at = 0;
  // The next opening of each element at or after `at`, found again only once passed: linear overall.
  const next = new Map<string, number>();
  while (at < html.length) {
    let open = -1;
    let name = '';
    for (const element of DROPPED_ELEMENTS) {
      let found = next.get(element);
      if (found === undefined || (found >= 0 && found < at)) {
        found = lower.indexOf(`<${element}`, at);
        next.set(element, found);
      }
      if (found >= 0 && (open < 0 || found < open)) {
        open = found;
        name = element;
      }
    }
    if (open < 0) return out + html.slice(at);
    out += html.slice(at, open);
    const close = lower.indexOf(`</${name}`, open);
    if (close < 0) return out;
    const end = lower.indexOf('>', close);
    at = end < 0 ? html.length : end + 1;
  }
  return out;
}

/** Anki's MathJax delimiters \( \) and \[ \] as the bank's $ and $$. */
export function mathToBank(text: string): string {
  return replacePairs(
    replacePairs(text, '\\[', '\\]', (body) => `\n$$\n${body.trim()}\n$$\n`),
    '\\(',
    '\\)',
    (body) => `$${body.trim()}$`,
  );
}

/** An HTML field as markdown text. */
export function htmlToMarkdown(html: string): string {
  const text = replacePairs(dropElements(html), '<!--', '-->', () => '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h[1-6]|tr|blockquote)\s*>/gi, '\n')
    .replace(/<(p|div|h[1-6]|tr|blockquote|ul|ol)\b[^<>]{0,200}>/gi, '')
    .replace(/<li\b[^<>]{0,200}>/gi, '- ')
    .replace(/<\/?(b|strong)\b[^<>]{0,200}>/gi, '**')
    .replace(/<\/?(i|em)\b[^<>]{0,200}>/gi, '*')
    .replace(/<pre\b[^<>]{0,200}>/gi, '\n```\n')
    .replace(/<\/pre\s*>/gi, '\n```\n');
  return mathToBank(stripTags(text))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// An imported item as a question file in the bank format (docs/AUTHORING.md): front matter with
// every value quoted, the prompt, then Hints, Answer, Evaluation and Follow-ups. Headings inside the
// imported text are moved below the section level (outside code fences) so they never open a section.
import type { ImportedItem } from './types';

export interface FileDefaults {
  role: string;
  topic: string;
  minutes: number;
}

export const DEFAULTS: FileDefaults = { role: 'General', topic: 'General', minutes: 10 };

/** A slug of `text` (lowercase letters, digits and dashes), at most `limit` characters, cut at a dash. */
export function slugOf(text: string, limit = 60): string {
  let slug = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > limit) {
    slug = slug.slice(0, limit);
    const dash = slug.lastIndexOf('-');
    if (dash > limit / 2) slug = slug.slice(0, dash);
    slug = slug.replace(/-+$/, '');
  }
  if (!slug) return 'question';
  return /^\d+$/.test(slug) ? `q-${slug}` : slug;
}

/** Markdown whose '#' and '##' headings (outside fences) become '###', so none opens a section. */
export function demoteHeadings(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
        fence = fence ? undefined : marker;
        return line;
      }
      if (fence) return line;
      return line.replace(/^\s{0,3}#{1,2}(?=\s|$)/, '###').replace(/^---+\s*$/, '***');
    })
    .join('\n');
}

const quote = (text: string) => JSON.stringify(text.replace(/[\r\n]+/g, ' '));
const list = (items: readonly string[]) => `[${items.map(quote).join(', ')}]`;
const bullets = (items: readonly string[]) => items.map((item) => `- ${item.replace(/[\r\n]+/g, ' ')}`).join('\n');

/** The file's text. */
export function questionFileText(item: ImportedItem, id: string, defaults: FileDefaults = DEFAULTS): string {
  const roles = item.roles.length ? item.roles : [defaults.role];
  const tags = [...new Set(item.tags.map((tag) => tag.trim()).filter((tag) => tag.length > 0))];
  const front = [
    '---',
    `id: ${id}`,
    `title: ${quote(item.title)}`,
    `roles: ${list(roles)}`,
    `topic: ${quote(item.topic || defaults.topic)}`,
    `kind: ${item.kind ?? 'concept'}`,
    `difficulty: ${item.difficulty ?? 'medium'}`,
    `time: ${item.minutes ?? defaults.minutes}`,
    `tags: ${list(tags)}`,
    '---',
  ];
  const sections: string[] = [demoteHeadings(item.prompt.trim())];
  if (item.hints.length) sections.push(`## Hints\n${bullets(item.hints)}`);
  sections.push(`## Answer\n${demoteHeadings(item.answer.trim()) || 'No model answer was given in the source.'}`);
  if (item.evaluation.length) sections.push(`## Evaluation\n${bullets(item.evaluation)}`);
  if (item.followUps.length) sections.push(`## Follow-ups\n${bullets(item.followUps)}`);
  return `${front.join('\n')}\n\n${sections.join('\n\n')}\n`;
}

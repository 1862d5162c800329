// Questions as an Anki "Notes in Plain Text" file that Anki imports as it is (Basic note type):
// front = the prompt, back = the model answer then the evaluation points, tags = role, topic,
// difficulty (and kind, when it is not concept, so it comes back on import). Fields are HTML (text escaped, line breaks as <br>), math in MathJax's \( \) and \[ \].
import { replacePairs } from './pairs';

export interface AnkiCard {
  prompt: string;
  answer: string;
  evaluation: readonly string[];
  roles: readonly string[];
  topic: string;
  difficulty: string;
  kind?: string;
}

/** Marks where the answer ends and the evaluation points start on the back of a card. */
export const EVALUATION_MARK = '<hr id="evaluation">';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The bank's $…$ and $$…$$ as \(…\) and \[…\]; an escaped \$ becomes a plain $. */
export function mathToAnki(markdown: string): string {
  return replacePairs(markdown, '$$', '$$', (body) => `\\[${body.trim()}\\]`)
    .replace(/(?<![\\$])\$(?![\s$])([^$\n]+?)(?<![\s\\])\$/g, (_all, body: string) => `\\(${body}\\)`)
    .replace(/\\\$/g, '$');
}

/** Markdown text as one HTML field: escaped, math converted, line breaks and leading spaces kept. */
export function fieldHtml(markdown: string): string {
  return escapeHtml(mathToAnki(markdown.trim()))
    .replace(/\t/g, '    ')
    .split(/\r?\n/)
    .map((line) => line.replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length)))
    .join('<br>');
}

/** A tag: spaces as underscores (Anki splits tags on spaces). */
export function ankiTag(kind: string, value: string): string {
  return `${kind}::${value.trim().replace(/\s+/g, '_')}`;
}

export function ankiExport(cards: readonly AnkiCard[]): string {
  const lines = ['#separator:tab', '#html:true', '#tags column:3'];
  for (const card of cards) {
    const points = card.evaluation.length
      ? `${EVALUATION_MARK}<b>Evaluation</b><ul>${card.evaluation.map((point) => `<li>${fieldHtml(point)}</li>`).join('')}</ul>`
      : '';
    const tags = [...card.roles.map((role) => ankiTag('role', role)), ankiTag('topic', card.topic), ankiTag('difficulty', card.difficulty)];
    if (card.kind && card.kind !== 'concept') tags.push(ankiTag('kind', card.kind));
    lines.push([fieldHtml(card.prompt), fieldHtml(card.answer) + points, tags.join(' ')].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

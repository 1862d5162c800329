// Hover: what a front-matter key or a section means, and on an `exercise:` value, that exercise.
import * as path from 'node:path';
import type { Hover, Position } from 'vscode-languageserver/node';
import { SECTIONS } from '../bank/model';
import { normalizeHeading } from '../bank/sections';
import { keyMarkdown, SECTION_DOCS } from './keyDocs';
import { inFrontMatter, keyAt, readQuestionDocument, sectionAt } from './questionDocument';
import type { WorkspaceIndex } from './workspaceIndex';

export function hover(text: string, position: Position, index: WorkspaceIndex): Hover | null {
  const doc = readQuestionDocument(text);
  const { line, character } = position;
  if (inFrontMatter(doc, line)) {
    const key = keyAt(doc, line);
    if (!key || key.line !== line) return null;
    if (character <= key.keyEnd) {
      const value = keyMarkdown(key.key);
      return value ? { contents: { kind: 'markdown', value }, range: { start: { line, character: 0 }, end: { line, character: key.keyEnd } } } : null;
    }
    if (key.key === 'exercise' && key.value && character >= key.valueStart && character <= key.valueEnd) {
      return {
        contents: { kind: 'markdown', value: exerciseMarkdown(key.value, index) },
        range: { start: { line, character: key.valueStart }, end: { line, character: key.valueEnd } },
      };
    }
    return null;
  }
  const section = sectionAt(doc, line);
  const name = section && SECTIONS.find((candidate) => normalizeHeading(candidate) === normalizeHeading(section.heading));
  if (!section || !name) return null;
  return {
    contents: { kind: 'markdown', value: `**${name}**: ${SECTION_DOCS[name]}` },
    range: { start: { line, character: 0 }, end: { line, character: doc.lines[line].length } },
  };
}

export function exerciseMarkdown(id: string, index: WorkspaceIndex): string {
  const exercise = index.exercise(id);
  if (!exercise)
    return index.ready
      ? `No exercise \`${id}\` in the loaded banks (exercises live in \`exercises/<id>/exercise.md\`).`
      : `Reading the banks: exercise \`${id}\` is not indexed yet.`;
  const facts = [exercise.topic, exercise.difficulty].filter(Boolean).join(' · ');
  const where = path.relative(exercise.bank, exercise.file).split(path.sep).join('/');
  const parts = [`**${exercise.title ?? id}** (exercise \`${id}\`)`];
  if (facts) parts.push(facts);
  if (exercise.promptHead) parts.push(exercise.promptHead);
  parts.push(`*${path.basename(exercise.bank)}/${where}*`);
  return parts.join('\n\n');
}

// Go to definition from an `exercise:` value to the exercise's exercise.md (the first bank's, as
// scaffolding would use).
import { pathToFileURL } from 'node:url';
import type { Location, LocationLink, Position, Range } from 'vscode-languageserver/node';
import { inFrontMatter, keyAt, readQuestionDocument } from './questionDocument';
import type { WorkspaceIndex } from './workspaceIndex';

export function definition(text: string, position: Position, index: WorkspaceIndex, linkSupport: boolean): Location | LocationLink[] | null {
  const doc = readQuestionDocument(text);
  const { line, character } = position;
  if (!inFrontMatter(doc, line)) return null;
  const key = keyAt(doc, line);
  if (key?.key !== 'exercise' || key.line !== line || !key.value || character < key.valueStart || character > key.valueEnd) return null;
  const exercise = index.exercise(key.value);
  if (!exercise) return null;
  const uri = pathToFileURL(exercise.file).href;
  const at = exercise.idAt;
  const target: Range = at
    ? { start: { line: at.line, character: at.start }, end: { line: at.line, character: at.end } }
    : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  if (!linkSupport) return { uri, range: target };
  const origin = { start: { line, character: key.valueStart }, end: { line, character: key.valueEnd } };
  return [{ originSelectionRange: origin, targetUri: uri, targetRange: { start: { line: 0, character: 0 }, end: target.end }, targetSelectionRange: target }];
}

// Plain markdown documents that hold many questions: the pure core the bank loader calls.
// Text in, data out: no file system and no `vscode` here.
export { splitDocument } from './split';
export { BOILERPLATE_FILES, boilerplateHeadings, headingWords, keySlug, namesOnlyRole, unitIds } from './ids';
export { cutTitle, flatten } from './text';
export type { DocumentLayout, DocumentUnit, LineRange, SplitResult } from './types';

// Importing questions from spreadsheets, Anki exports and documents, and exporting them for Anki:
// the pure core the import and export commands call (file system only to write the files asked for).
export { readCsv, sniffSeparator } from './csv';
export { readAnki, looksLikeAnki } from './anki';
export { ankiExport, type AnkiCard } from './ankiExport';
export { itemsFromDocument } from './document';
export { writeQuestions, importIds, type WriteReport, type WrittenFile } from './writeQuestions';
export { questionFileText, slugOf, DEFAULTS, type FileDefaults } from './questionFile';
export type { ImportedItem, ImportResult } from './types';
export { readImport } from './readImport';

// What the client and the server tell each other beyond standard LSP. Shared by both sides, so it
// imports nothing: neither `vscode` nor a language-server package.

export interface InitOptions {
  /** Absolute paths of the bank folders, in precedence order (the first wins an id). */
  banks: string[];
}

export function isInitOptions(value: unknown): value is InitOptions {
  const banks = (value as InitOptions | undefined)?.banks;
  return Array.isArray(banks) && banks.every((bank) => typeof bank === 'string');
}

/**
 * Sent once, when the server has read every bank file. Before it, duplicate-id and missing-exercise
 * checks are held back and bank-derived completions are marked incomplete.
 */
export const IndexReadyNotification = { method: 'interviewPrep/indexReady' } as const;

export interface IndexReadyParams {
  /** Bank files in the index. */
  files: number;
  /** How long the scan took. */
  milliseconds: number;
}

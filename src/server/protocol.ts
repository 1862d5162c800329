// What the client tells the server at start-up. Shared by both sides.

export interface InitOptions {
  /** Absolute paths of the bank folders, so the server knows each file's bank. */
  banks: string[];
}

export function isInitOptions(value: unknown): value is InitOptions {
  const banks = (value as InitOptions | undefined)?.banks;
  return Array.isArray(banks) && banks.every((bank) => typeof bank === 'string');
}

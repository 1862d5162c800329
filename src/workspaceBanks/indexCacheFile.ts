// The bank index cache in the extension's storage: read once at start-up, written atomically (a temp
// file, then a rename) a moment after the index changes, so a crash never leaves half a file.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseCache, serializeCache } from '../bank/bankCache';
import type { BankIndex } from '../bank/bankIndex';
import type { FileEntry, LoadOptions } from '../bank/fileEntry';
import { Disposable } from '../common/disposable';
import { Debouncer } from '../common/timers';

export class IndexCacheFile extends Disposable {
  private readonly file: string;
  private readonly save = this.register(new Debouncer());

  /** `version` changes when the extension does, so a cache from another version is never read. */
  constructor(private readonly storageDir: string, private readonly version: string, private readonly log: (line: string) => void) {
    super();
    this.file = path.join(storageDir, 'bank-index.json');
  }

  async read(options: LoadOptions): Promise<Map<string, FileEntry> | undefined> {
    try {
      return parseCache(await fs.readFile(this.file, 'utf8'), this.keyFor(options));
    } catch {
      return undefined; // no cache yet
    }
  }

  /** Writes `index` after `delayMs`; a later call replaces a write still waiting. */
  scheduleWrite(index: BankIndex, options: LoadOptions, delayMs: number): void {
    this.save.schedule(delayMs, () => {
      const temp = `${this.file}.${process.pid}.tmp`;
      void fs.mkdir(this.storageDir, { recursive: true })
        .then(() => fs.writeFile(temp, serializeCache(index, this.keyFor(options))))
        .then(() => fs.rename(temp, this.file))
        .catch((error: Error) => this.log(`Could not save the bank index cache: ${error.message}`));
    });
  }

  private keyFor(options: LoadOptions): string {
    return `${this.version}|${JSON.stringify(options)}`;
  }
}

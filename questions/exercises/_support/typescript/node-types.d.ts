// For the editor only: the few parts of Node.js that this exercise's tests, cpuLimit.ts and a
// typical solution use, declared so that VS Code checks the exercise with nothing installed (no
// npm install, no @types/node). tsconfig.json beside it reads it; the tests run without it.
// Anything missing here is not an error in your code: declare it below, or install @types/node
// and replace "types": [] in tsconfig.json by "types": ["node"] (then delete this file).

declare module "node:test" {
  interface TestContext {
    readonly name: string;
  }
  interface TestOptions {
    timeout?: number;
    skip?: boolean | string;
    todo?: boolean | string;
    only?: boolean;
  }
  type TestFn = (t: TestContext) => void | Promise<void>;
  type HookFn = (t: TestContext) => void | Promise<void>;
  export function test(name: string, fn: TestFn): Promise<void>;
  export function test(name: string, options: TestOptions, fn: TestFn): Promise<void>;
  export function describe(name: string, fn: () => void | Promise<void>): Promise<void>;
  export function it(name: string, fn: TestFn): Promise<void>;
  export function it(name: string, options: TestOptions, fn: TestFn): Promise<void>;
  export function before(fn: HookFn): void;
  export function after(fn: HookFn): void;
  export function beforeEach(fn: HookFn): void;
  export function afterEach(fn: HookFn): void;
}

declare module "node:assert/strict" {
  type ErrorClass = new (...args: any[]) => unknown;
  /** What assert.throws and assert.rejects accept as the expected error. */
  type Expected = ErrorClass | RegExp | ((error: any) => boolean) | object;
  interface Assert {
    (value: unknown, message?: string | Error): asserts value;
    ok(value: unknown, message?: string | Error): asserts value;
    equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    notEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void;
    strictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    deepStrictEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T;
    match(value: string, pattern: RegExp, message?: string | Error): void;
    doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void;
    throws(fn: () => unknown, message?: string | Error): void;
    throws(fn: () => unknown, expected: Expected, message?: string | Error): void;
    doesNotThrow(fn: () => unknown, message?: string | Error): void;
    rejects(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void>;
    rejects(promise: Promise<unknown> | (() => Promise<unknown>), expected: Expected, message?: string | Error): Promise<void>;
    doesNotReject(promise: Promise<unknown> | (() => Promise<unknown>), message?: string | Error): Promise<void>;
    fail(message?: string | Error): never;
  }
  const assert: Assert;
  export default assert;
}

declare module "node:child_process" {
  interface SpawnSyncOptions {
    encoding: "utf8";
    timeout?: number;
    maxBuffer?: number;
    input?: string;
    cwd?: string;
    env?: Record<string, string | undefined>;
  }
  interface SpawnSyncResult {
    pid: number;
    status: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
    error?: Error;
  }
  export function spawnSync(command: string, args: readonly string[], options: SpawnSyncOptions): SpawnSyncResult;
}

declare module "node:worker_threads" {
  export class Worker {
    constructor(code: string | URL, options?: { eval?: boolean; workerData?: unknown });
    postMessage(message: unknown): void;
    unref(): void;
    terminate(): Promise<number>;
  }
}

declare module "node:fs" {
  export function readFileSync(file: string | URL, encoding: "utf8"): string;
}

declare module "node:vm" {
  interface RunningScriptOptions {
    timeout?: number;
  }
  function runInNewContext(code: string, context?: object, options?: RunningScriptOptions): unknown;
  const vm: { runInNewContext: typeof runInNewContext };
  export default vm;
}

interface ImportMeta {
  readonly url: string;
}

declare var process: {
  readonly execPath: string;
  readonly pid: number;
  readonly argv: string[];
  readonly env: Record<string, string | undefined>;
  cpuUsage(previous?: { user: number; system: number }): { user: number; system: number };
  memoryUsage(): { rss: number; heapTotal: number; heapUsed: number; external: number };
  hrtime: { bigint(): bigint };
  kill(pid: number, signal?: string | number): true;
  exit(code?: number): never;
  readonly stdout: { write(text: string): boolean };
  readonly stderr: { write(text: string): boolean };
};

declare var console: {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  info(...data: unknown[]): void;
  debug(...data: unknown[]): void;
  table(data: unknown): void;
};

declare var performance: { now(): number };

declare function setTimeout(callback: (...args: any[]) => void, ms?: number, ...args: unknown[]): unknown;
declare function clearTimeout(handle: unknown): void;
declare function setInterval(callback: (...args: any[]) => void, ms?: number, ...args: unknown[]): unknown;
declare function clearInterval(handle: unknown): void;
declare function setImmediate(callback: (...args: any[]) => void, ...args: unknown[]): unknown;
declare function queueMicrotask(callback: () => void): void;
declare function structuredClone<T>(value: T): T;

declare class URL {
  constructor(url: string, base?: string | URL);
  readonly href: string;
  readonly pathname: string;
  toString(): string;
}

declare class TextEncoder {
  encode(text?: string): Uint8Array;
}

declare class TextDecoder {
  constructor(label?: string);
  decode(bytes?: Uint8Array): string;
}

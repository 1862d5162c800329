// Entry point for the extension-host suites (loaded by code-server's smoke-test driver or by
// @vscode/test-electron). Mocha's lines go to the console and to a log file the runner prints.
import { appendFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const logFile = process.env.INTERVIEW_PREP_TEST_LOG;
  const write = (line: string): void => {
    console.log(line);
    if (logFile) appendFileSync(logFile, `${line}\n`);
  };
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => write(format(...args));
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // INTERVIEW_PREP_SUITE=interviewer runs only the files whose names contain it (a quicker loop).
  const only = process.env.INTERVIEW_PREP_SUITE ?? '';
  for (const file of readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.js') && name.includes(only))
    .sort())
    mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      write(`extension-host: ${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}

// The headless CLI: `interview-prep <list|stats|show|validate> [bank paths…]`, built from the same core.
import * as path from 'node:path';
import { type BankIndex } from './bank/bankIndex';
import { loadBank } from './bank/bankLoader';
import { loadDetail } from './bank/detail';
import { loadReport, loadSummary } from './bank/loadReport';
import { formatProblem } from './bank/model';
import { formatClock } from './bank/time';

const USAGE = `Usage: interview-prep <command> [options] [bank folders…]

Commands:
  list [--json]        questions grouped by role and topic
  stats [--json]       counts by role, topic, kind and difficulty
  show <id>            one question with its answer
  validate <paths…>    print problems as path:line:col and exit 1 on errors

Bank folders default to the built-in bank.`;

const builtinBank = path.resolve(__dirname, '..', 'questions');

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const json = rest.includes('--json');
  const args = rest.filter((arg) => arg !== '--json');
  const banksFrom = (paths: string[]): Promise<BankIndex> =>
    loadBank((paths.length ? paths : [builtinBank]).map((bank) => ({ path: path.resolve(bank), kind: 'setting' })));

  switch (command) {
    case 'list': {
      const index = await banksFrom(args);
      const questions = index.questions();
      if (json) {
        // `time` is in minutes, as in front matter (fractional for "mm:ss" times).
        // `line` only for a question of a document that holds several: where it starts.
        print(
          JSON.stringify(
            questions.map(({ id, title, roles, topic, kind, difficulty, time, file, line }) => ({
              id,
              title,
              roles,
              topic,
              kind,
              difficulty,
              time: time / 60,
              file,
              ...(line === undefined ? {} : { line }),
            })),
            null,
            2,
          ),
        );
        return 0;
      }
      const roles = [...new Set(questions.flatMap((question) => question.roles))].sort();
      for (const role of roles) {
        print(role);
        const mine = questions.filter((question) => question.roles.includes(role));
        for (const topic of [...new Set(mine.map((question) => question.topic))].sort()) {
          print(`  ${topic}`);
          for (const question of mine.filter((candidate) => candidate.topic === topic))
            print(`    ${question.id}  ${question.title} (${question.kind}, ${question.difficulty}, ${formatClock(question.time * 1000)})`);
        }
      }
      return 0;
    }
    case 'stats': {
      const index = await banksFrom(args);
      const questions = index.questions();
      const problems = index.problems();
      const count = (values: string[]): Record<string, number> => {
        const counts: Record<string, number> = {};
        for (const value of values.sort()) counts[value] = (counts[value] ?? 0) + 1;
        return counts;
      };
      const stats = {
        questions: questions.filter((question) => question.kind !== 'coding' || !question.exercise || question.exercise !== question.id).length,
        exercises: index.exercises().length,
        roles: count(questions.flatMap((question) => question.roles)),
        topics: count(questions.map((question) => question.topic)),
        kinds: count(questions.map((question) => question.kind)),
        difficulties: count(questions.map((question) => question.difficulty)),
        // What the files gave: how many read, gave one question, were documents of several, gave none or were not read.
        files: loadSummary(index),
        problems: {
          errors: problems.filter((problem) => problem.severity === 'error').length,
          warnings: problems.filter((problem) => problem.severity === 'warning').length,
        },
      };
      if (json) {
        print(JSON.stringify(stats, null, 2));
        return 0;
      }
      print(`${stats.questions} questions, ${stats.exercises} exercises, ${Object.keys(stats.topics).length} topics`);
      print(
        `${stats.files.files} files: ${stats.files.single} with one question, ${stats.files.documents} documents with ${stats.files.documentQuestions} questions, ${stats.files.empty} with none; ${stats.files.skipped} not read; ${stats.problems.errors} error(s), ${stats.problems.warnings} warning(s)`,
      );
      for (const key of ['roles', 'kinds', 'difficulties', 'topics'] as const) {
        print(`\n${key}:`);
        for (const [name, value] of Object.entries(stats[key])) print(`  ${String(value).padStart(4)}  ${name}`);
      }
      return 0;
    }
    case 'show': {
      const [id, ...paths] = args;
      if (!id) return usage();
      const question = (await banksFrom(paths)).question(id);
      if (!question) {
        process.stderr.write(`no question with id "${id}"\n`);
        return 1;
      }
      const detail = await loadDetail(question);
      print(
        `# ${question.title}\n${question.roles.join(', ')} · ${question.topic} · ${question.kind} · ${question.difficulty} · ${formatClock(question.time * 1000)}\n\n${detail.prompt}\n\n## Answer\n${detail.answer}`,
      );
      return 0;
    }
    case 'validate': {
      const index = await banksFrom(args);
      const problems = index.problems();
      const display = (file: string) => path.relative(process.cwd(), file) || file;
      for (const problem of problems) print(oneLine(formatProblem(problem, display(problem.file))));
      // What each file gave goes to stderr with the totals: stdout stays one problem per line.
      for (const line of loadReport(index, display)) process.stderr.write(`${oneLine(line)}\n`);
      const errors = problems.filter((problem) => problem.severity === 'error').length;
      process.stderr.write(`${index.size} files checked: ${errors} error(s), ${problems.length - errors} warning(s)\n`);
      return errors > 0 ? 1 : 0;
    }
    default:
      return usage();
  }
}

function usage(): number {
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

/**
 * A problem as one line of output, whatever its file name or message holds: a newline in a bank's
 * file name would otherwise forge lines of output, and escape sequences would rewrite the terminal.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

// `interview-prep list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`interview-prep: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);

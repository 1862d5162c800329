// Exercises come back (issue 21): reverse-string, passed in the exercises spec, is scaffolded again
// from the tree, which offers a timed re-solve; it goes from the stub into a fresh folder, the
// earlier solution untouched; a hint is shown and counted; green says the rule's grade, which
// Change Grade… overrides, kept as a regrade record in the history.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { WAIT } from '../timeline.mjs';
import { clearNotifications, clearTreeFilter, findInTree, notification, pickQuickInput, runCommand, treeItem, waitUntil } from '../workbench.mjs';

const EXERCISE = 'reverse-string';

export const spec = {
  name: 're-solve',
  needs: ['exercises'],
  steps: ({ page, workspace, exerciseDir, userDataDir }) => {
    const exercisesRoot = join(workspace, 'interview-exercises');
    const freshFolders = () =>
      readdirSync(exercisesRoot)
        .filter((name) => name.startsWith(`${EXERCISE}-re-solve-`))
        .sort();
    const attemptsLog = join(userDataDir, 'User', 'globalStorage', 'interview-prep.interview-prep', 'progress', 'attempts.log');
    // The re-solve comes in the language the exercise last passed in: the specs before this one pass it
    // in Python and TypeScript, in an order that depends on which of them ran (the Testing view's Run All
    // passes it in TypeScript), so read the history for it as the extension does.
    let language = 'python';
    let solution = 'solution.py';
    let stub = '';
    let solved = '';
    const source = (file) => readFileSync(join(ROOT, 'questions', 'exercises', EXERCISE, language, file), 'utf8');
    const lastPassedLanguage = () => {
      const passes = readFileSync(attemptsLog, 'utf8')
        .split('\n')
        .filter((line) => line.includes(`"questionId":"${EXERCISE}"`) && line.includes('"outcome":"passed"'));
      const last = /"language":"(\w+)"/.exec(passes.at(-1) ?? '')?.[1];
      if (last !== 'python' && last !== 'typescript') throw new Error(`no pass of ${EXERCISE} with its language in the history:\n${passes.join('\n')}`);
      return last;
    };
    return [
      [
        'scaffolding a passed exercise from the tree offers a timed re-solve from the stub, in a fresh folder',
        async () => {
          await clearNotifications(page);
          language = lastPassedLanguage();
          solution = language === 'python' ? 'solution.py' : 'solution.ts';
          stub = source(solution);
          solved = readFileSync(join(exerciseDir, solution), 'utf8');
          if (solved === stub) throw new Error('the exercises spec left the stub in place of a solution');
          // The Testing view may hold the sidebar (the specs before this one use it): show the questions.
          if (!(await treeItem(page, 'Software Engineer').isVisible()))
            await page.getByRole('tab', { name: 'Interview Prep', exact: true }).click({ timeout: WAIT });
          await treeItem(page, 'Software Engineer').waitFor({ timeout: WAIT });
          // The filter stays on until the menu is used, so no redraw moves another row under the pointer.
          await findInTree(page, 'Reverse a string', 'Software Engineer', 'Data structures and algorithms', /^Reverse a string,/, { keepFilter: true });
          await page
            .getByRole('treeitem', { name: /^Reverse a string,/ })
            .first()
            .click({ button: 'right' });
          const item = page.getByRole('menuitem', { name: 'Scaffold Exercise', exact: true });
          await item.waitFor({ timeout: WAIT });
          await item.hover();
          await item.click();
          // Without a detail line, VS Code shows a modal message's text in the dialog's detail area: match the whole box.
          const dialog = page.locator('.monaco-dialog-box', { hasText: `You have passed "${EXERCISE}" before` });
          await dialog.waitFor({ timeout: WAIT });
          await dialog.getByRole('button', { name: 'Re-solve from the Stub (Timed)' }).click();
          await clearTreeFilter(page);
          await page.locator('.statusbar-item', { hasText: new RegExp(`${EXERCISE} · \\d+:\\d\\d left`) }).waitFor({ timeout: WAIT });
          await waitUntil(
            'one fresh folder holding the stub',
            () => freshFolders().length === 1 && existsSync(join(exercisesRoot, freshFolders()[0], solution)),
          );
          const fresh = join(exercisesRoot, freshFolders()[0]);
          if (readFileSync(join(fresh, solution), 'utf8') !== stub) throw new Error('the re-solve did not start from the stub');
          if (readFileSync(join(exerciseDir, solution), 'utf8') !== solved) throw new Error('the earlier solution was changed');
          const readme = readFileSync(join(fresh, 'README.md'), 'utf8');
          if (!readme.includes('Show Exercise Hint') || readme.includes('Two pointers'))
            throw new Error(`the re-solve README should hold no hints, only how to ask for one:\n${readme}`);
          const marker = JSON.parse(readFileSync(join(fresh, '.interview-prep.json'), 'utf8'));
          if (Object.keys(marker.scaffolded).join() !== language)
            throw new Error(`not scaffolded in ${language} alone, the language it last passed in: ${JSON.stringify(marker)}`);
          await page
            .getByRole('tab', { name: new RegExp(solution.replace('.', '\\.')) })
            .first()
            .waitFor({ timeout: WAIT });
        },
      ],
      [
        'shows a hint when asked, one at a time, and counts it',
        async () => {
          await runCommand(page, 'Interview Prep: Show Exercise Hint');
          const dialog = page.locator('.monaco-dialog-box');
          await dialog.locator('.dialog-message-text', { hasText: `Hint 1 of 3 for ${EXERCISE}: Strings are immutable` }).waitFor({ timeout: WAIT });
          await dialog.locator('.dialog-message-detail', { hasText: 'Each hint used lowers the grade' }).waitFor({ timeout: WAIT });
          await dialog.getByRole('button', { name: 'OK' }).click();
          await dialog.waitFor({ state: 'detached', timeout: WAIT });
        },
      ],
      [
        'at green says the grade the rule gives, and Change Grade… keeps another as a regrade record',
        async () => {
          const fresh = join(exercisesRoot, freshFolders()[0]);
          // Solved on disk (the exercises spec types a solution in the editor already).
          writeFileSync(join(fresh, solution), source(language === 'python' ? 'reference.py' : 'reference.ts'));
          // Two solution tabs are open: the re-solve's is the one its folder names in the tab's description.
          await page.locator('.tabs-container .tab', { hasText: 're-solve' }).first().click({ timeout: WAIT });
          await runCommand(page, 'Interview Prep: Run Exercise Tests');
          // Within half of its time, one hint: Easy lowered a step to Good.
          const message = notification(page, `Re-solved ${EXERCISE} in`);
          await message.waitFor({ timeout: 60_000 });
          const text = await message.innerText();
          if (!/graded Good \(within half the time, 1 hint/.test(text)) throw new Error(`unexpected grade message: ${text}`);
          await message.getByRole('button', { name: 'Change Grade…' }).click();
          await pickQuickInput(page, `How well did you recall ${EXERCISE}?`, 'Hard');
          await waitUntil('a regrade record in the history', () => existsSync(attemptsLog) && readFileSync(attemptsLog, 'utf8').includes('"regrades"'));
          const lines = readFileSync(attemptsLog, 'utf8')
            .split('\n')
            .filter((line) => line.includes(`"questionId":"${EXERCISE}"`));
          const green = lines.find((line) => line.includes('"outcome":"passed"') && line.includes('"hintsUsed":1') && line.includes('"sessionId"'));
          if (!green) throw new Error(`no passing run with its hint and session recorded:\n${lines.join('\n')}`);
          const regrade = lines.find((line) => line.includes('"regrades"'));
          if (!regrade?.includes('"grade":"hard"')) throw new Error(`the regrade does not carry Hard:\n${regrade}`);
        },
      ],
      [
        'a second re-solve the same day, from the Command Palette, goes to another fresh folder',
        async () => {
          await clearNotifications(page);
          await runCommand(page, 'Interview Prep: Re-solve Exercise from the Stub (Timed)');
          await pickQuickInput(page, 'Scaffold an exercise', EXERCISE);
          await waitUntil('a second fresh folder', () => freshFolders().length === 2);
          const [first, second] = freshFolders();
          if (second !== `${first}-2`) throw new Error(`expected ${first}-2, found ${second}`);
          if (readFileSync(join(exercisesRoot, first, solution), 'utf8') === stub) throw new Error('the first re-solve was overwritten');
        },
      ],
    ];
  },
};

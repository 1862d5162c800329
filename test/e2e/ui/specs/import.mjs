// Bring your own questions (issue 15), as a person does it: Import Questions… on a notes document,
// a spreadsheet and an Anki deck through the real dialogs; the questions show in the tree with their
// own titles and open in the drill panel; a document of many questions kept in the bank opens at
// the question's own line; and a file broken by hand is named with its line in the tree's Problems
// node and by `validate`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { WAIT } from '../timeline.mjs';
import { clearNotifications, clearTreeFilter, escapeRegExp, findInTree, notification, paletteCommands, runCommand, treeItem } from '../workbench.mjs';

const SOURCES = join(ROOT, 'test', 'fixtures');
/** The notes document: four heading questions in two sections, no role named (so "General"). */
const NOTES = { fixture: join(SOURCES, 'documents', 'heading-questions.md'), name: 'vector-search-notes.md', target: 'vector-search-notes' };
const NOTES_TITLES = {
  Indexing: ['How would you shard a vector index of two billion embeddings?', 'Why does HNSW recall drop as the index grows?'],
  Serving: ['Flat or IVF?', 'Re-embedding the corpus'],
};
const CSV = { fixture: join(SOURCES, 'import', 'cards.csv'), name: 'cards.csv', target: 'cards' };
const ANKI = { fixture: join(SOURCES, 'import', 'anki-notes.txt'), name: 'anki-notes.txt', target: 'anki-notes' };
const KV_TITLE = 'Why does a KV cache speed up decoding?';

const questionRow = (page, title) => page.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(title)},`) });

/**
 * Does `act` on a question's row until `shows` appears: the tree redraws once more when findInTree
 * clears its filter, and a click during that redraw lands on whichever row moved under it.
 */
async function onRow(page, title, act, shows) {
  for (let attempt = 1; ; attempt++) {
    await questionRow(page, title).waitFor({ timeout: WAIT });
    await act(questionRow(page, title));
    try {
      await shows.waitFor({ timeout: 5000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** A quick pick whose title is exactly `title` (the import's pickers all start "Import questions"). */
async function pickExactly(page, title, row) {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }).waitFor({ timeout: WAIT });
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: row }).first().click({ timeout: WAIT });
}

/**
 * code-server's open dialog, given the file's whole path and Enter, once: the shared helper's second
 * Enter (for a dialog still open after the click) would land on the import's next picker.
 */
async function pickFile(page, title, file) {
  const heading = page.locator('.quick-input-widget .quick-input-title', { hasText: title });
  await heading.waitFor({ timeout: WAIT });
  const input = page.locator('.quick-input-widget input');
  // The dialog fills in its starting folder on its own, perhaps just after it shows, and may do so
  // after the path was typed and even after Enter (then it stays open on that folder): type it again.
  for (let attempt = 1; ; attempt++) {
    const deadline = Date.now() + WAIT;
    do {
      if (Date.now() > deadline) throw new Error(`the open dialog did not take ${file}`);
      await input.fill(file);
      await page.waitForTimeout(200);
    } while ((await input.inputValue()) !== file);
    await input.press('Enter');
    try {
      await heading.waitFor({ state: 'hidden', timeout: attempt < 3 ? 5000 : WAIT });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      // Still showing the path as typed: it is being opened, slowly. Showing a folder: type it again.
      if ((await heading.isVisible()) && (await input.inputValue()) === file) {
        await heading.waitFor({ state: 'hidden', timeout: WAIT });
        return;
      }
    }
  }
}

/**
 * Import Questions… on one file, through every dialog: the file, the list of what was found (each
 * title checked, all kept), the "write" choice and the default bank folder. Returns the folder.
 */
async function importThroughDialogs(page, workspace, file, titles, count, skipped = 0) {
  await clearNotifications(page);
  await runCommand(page, 'Interview Prep: Import Questions…');
  await pickFile(page, 'Import questions from files or a folder', join(workspace, 'my-notes', file.name));
  const found = `Import questions: ${count} found (untick any you do not want)`;
  await page.locator('.quick-input-widget .quick-input-title', { hasText: found }).waitFor({ timeout: WAIT });
  for (const title of titles)
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: WAIT });
  await page.locator('.quick-input-widget input').press('Enter');
  await pickExactly(page, 'Import questions', `Write ${count} question(s)`);
  const target = join(workspace, '.interview-prep', 'questions', file.target);
  await pickExactly(page, 'Import questions into which bank folder?', relative(workspace, target));
  await notification(page, `imported ${count} question(s) into ${relative(workspace, target)}${skipped ? `; ${skipped} skipped` : ''}`).waitFor({
    timeout: WAIT,
  });
  const written = readdirSync(target).filter((name) => name.endsWith('.md'));
  if (written.length !== count) throw new Error(`${target} holds ${written.length} question file(s), not ${count}: ${written.join(', ')}`);
  return target;
}

/** The labels of the question rows shown under an open topic row (the rows one level below it). */
async function questionsUnder(page, topicRow) {
  const level = Number(await topicRow.getAttribute('aria-level'));
  return page
    .getByRole('treeitem')
    .evaluateAll(
      (items, below) => items.filter((item) => Number(item.getAttribute('aria-level')) === below).map((item) => item.getAttribute('aria-label')),
      level + 1,
    );
}

export const spec = {
  name: 'import',
  needs: [],
  steps: ({ page, url, workspace, drill }) => [
    [
      'imports a notes document of four questions through the dialogs, and the tree shows each under its section with its own title',
      async () => {
        mkdirSync(join(workspace, 'my-notes'), { recursive: true });
        for (const file of [NOTES, CSV, ANKI]) copyFileSync(file.fixture, join(workspace, 'my-notes', file.name));
        await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.getByRole('tab', { name: /Interview Prep/ }).click({ timeout: WAIT });
        await treeItem(page, 'Software Engineer').waitFor({ timeout: WAIT });
        await importThroughDialogs(page, workspace, NOTES, Object.values(NOTES_TITLES).flat(), 4);
        // Without a filter, from the role: each section is a topic, each question a row titled by itself.
        await page.getByRole('button', { name: 'Collapse All' }).first().click({ timeout: WAIT });
        await treeItem(page, 'General').click({ timeout: WAIT });
        const shown = [];
        for (const [topic, titles] of Object.entries(NOTES_TITLES)) {
          const row = treeItem(page, topic);
          await row.click({ timeout: WAIT });
          for (const title of titles) await questionRow(page, title).waitFor({ timeout: WAIT });
          shown.push(...(await questionsUnder(page, row)).map((label) => label.split(',')[0]));
          await row.click();
        }
        const distinct = new Set(shown);
        if (distinct.size !== shown.length || shown.length !== 4)
          throw new Error(`the notes' questions show as ${JSON.stringify(shown)}: not four distinct titles`);
      },
    ],
    [
      'imports a spreadsheet and an Anki deck the same way, saying what it skipped',
      async () => {
        await importThroughDialogs(page, workspace, CSV, [KV_TITLE, 'What does =SUM(A1:A3) compute in a spreadsheet?'], 2, 1);
        await importThroughDialogs(page, workspace, ANKI, ['What is softmax?', 'Why use layer norm?'], 2);
        await findInTree(page, KV_TITLE, 'AI Engineer', 'Inference', new RegExp(`^${escapeRegExp(KV_TITLE)},`));
        await findInTree(page, 'Why use layer norm?', 'General', 'Transformers', /^Why use layer norm\?,/);
      },
    ],
    [
      'opens an imported question in the drill panel, with its answer from the spreadsheet',
      async () => {
        await findInTree(page, KV_TITLE, 'AI Engineer', 'Inference', new RegExp(`^${escapeRegExp(KV_TITLE)},`));
        await onRow(page, KV_TITLE, (row) => row.click(), drill().locator('#title', { hasText: KV_TITLE }));
        await drill().locator('#reveal').click();
        await drill().locator('#answer', { hasText: 'only the new token' }).waitFor({ timeout: WAIT });
      },
    ],
    [
      'shows no AI control in a profile without a language model: none in the drill panel, none in the Command Palette',
      async () => {
        // The panel is open on the imported question (the step before): the interviewer section stays hidden.
        await drill().locator('#answer', { hasText: 'only the new token' }).waitFor({ timeout: WAIT });
        if (!(await drill().locator('#interviewer').isHidden())) throw new Error('the drill panel shows the interviewer with no model present');
        if (await drill().locator('#ask').isVisible()) throw new Error('the drill panel offers "Grade my answer" with no model present');
        // The palette lists Interview Prep's other commands, but not the two that need a model.
        const offered = await paletteCommands(page, 'Interview Prep: Filter Questions');
        if (!offered.includes('Interview Prep: Filter Questions…'))
          throw new Error(`the palette did not list Interview Prep's commands: ${JSON.stringify(offered)}`);
        for (const title of ['Interview Prep: Grade My Answer', 'Interview Prep: Review My Solution']) {
          const rows = await paletteCommands(page, title);
          if (rows.includes(title)) throw new Error(`the Command Palette offers "${title}" with no model present`);
        }
      },
    ],
    [
      'opens a question of a document kept in the bank at its own line, not at the top',
      async () => {
        const document = join(workspace, '.interview-prep', 'questions', 'ml-notes.md');
        copyFileSync(join(SOURCES, 'documents', 'mixed-sloppy.md'), document);
        const lines = readFileSync(document, 'utf8').split('\n');
        const title = 'What does a tokenizer do?';
        // Its <details> block opens the question.
        const line =
          lines.lastIndexOf(
            '<details>',
            lines.findIndex((text) => text.includes(title)),
          ) + 1;
        if (line < 30) throw new Error(`the question is at line ${line}: too near the top to tell`);
        // The filter stays on until the menu is used: the whole tree, drawn again, may scroll the row away.
        await findInTree(page, title, 'AI Engineer', 'Quick checks', new RegExp(`^${escapeRegExp(title)},`), { keepFilter: true });
        const menuItem = page.getByRole('menuitem', { name: 'Open Question File' });
        await onRow(page, title, (row) => row.click({ button: 'right' }), menuItem);
        await menuItem.hover({ timeout: WAIT });
        await menuItem.click({ timeout: WAIT });
        // A click while the menu still settles can leave it open, its item highlighted: Enter takes it then.
        await menuItem.waitFor({ state: 'hidden', timeout: 2000 }).catch(() => page.keyboard.press('Enter'));
        await page.getByRole('tab', { name: /ml-notes\.md/ }).waitFor({ timeout: WAIT });
        await clearTreeFilter(page);
        await page
          .locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col 1$`) })
          .first()
          .waitFor({ timeout: WAIT });
        await runCommand(page, 'View: Close Editor');
      },
    ],
    [
      "names a file broken by hand with its line, in the tree's Problems node and in validate",
      async () => {
        const folder = join(workspace, '.interview-prep', 'questions', CSV.target);
        const name = readdirSync(folder).find((file) => readFileSync(join(folder, file), 'utf8').includes(KV_TITLE));
        const file = join(folder, name);
        const text = readFileSync(file, 'utf8');
        const line = text.split('\n').findIndex((row) => row.startsWith('difficulty: ')) + 1;
        // The drill panel reveals its question in the tree whenever it is drawn again (its tab shown once
        // more, say), which opens the role and pushes Problems out of view: close it first.
        await runCommand(page, 'View: Close All Editors');
        await page.getByRole('tab', { name: new RegExp(escapeRegExp(KV_TITLE)) }).waitFor({ state: 'detached', timeout: WAIT });
        // Collapsed, the tree is short enough to show its Problems row; the count it shows goes up by one
        // once the bank has read the broken file, and only then is the tree still (a click during the
        // redraw lands on whichever row moved under it).
        await page.getByRole('button', { name: 'Collapse All' }).first().click({ timeout: WAIT });
        const problems = page.getByRole('treeitem', { name: /^Problems, / });
        await problems.waitFor({ timeout: WAIT });
        const before = Number(/^Problems, (\d+) error/.exec(await problems.getAttribute('aria-label'))?.[1] ?? 0);
        writeFileSync(file, text.replace(/^difficulty: hard$/m, 'difficulty: brutal'));
        await page.getByRole('treeitem', { name: new RegExp(`^Problems, ${before + 1} errors?`) }).waitFor({ timeout: WAIT });
        if ((await problems.getAttribute('aria-expanded')) !== 'true') await problems.click();
        const place = `${relative(workspace, file)}:${line}:`;
        const row = page.getByRole('treeitem', { name: new RegExp(`^error in ${escapeRegExp(place)}\\d+: .*difficulty`) });
        await row.waitFor({ timeout: WAIT });
        await row.click();
        await page.getByRole('tab', { name: new RegExp(escapeRegExp(name)) }).waitFor({ timeout: WAIT });
        await page
          .locator('.statusbar-item', { hasText: new RegExp(`^Ln ${line}, Col \\d+$`) })
          .first()
          .waitFor({ timeout: WAIT });
        const validate = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'validate', folder], { cwd: workspace, encoding: 'utf8' });
        if (validate.status !== 1 || !validate.stdout.includes(`${place}`) || !/error: .*difficulty/.test(validate.stdout)) {
          throw new Error(`validate did not name ${place} (exit ${validate.status}):\n${validate.stdout}${validate.stderr}`);
        }
        await runCommand(page, 'View: Close Editor');
      },
    ],
  ],
};

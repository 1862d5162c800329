// Page objects for the workbench: the command palette, quick picks, the Questions tree, notifications,
// file dialogs and Get Started, used the way a person uses them.
import { basename, dirname } from 'node:path';
import { mark, WAIT } from './timeline.mjs';

/** The steps of the Get Started walkthrough, in order. */
export const WALKTHROUGH_STEPS = [
  'Browse questions by role and topic',
  'Answer against the clock',
  'Solve a coding exercise',
  'Plan for your interview date',
  'Write your own questions',
];

/**
 * The themes every panel is audited and photographed in: the screenshots' prefix, the theme's name in
 * the picker, and the class VS Code puts on the workbench once the theme applies.
 */
export const THEMES = [
  ['dark', 'Dark Modern', 'vs-dark'],
  ['light', 'Light Modern', 'vs'],
  ['high-contrast', 'Dark High Contrast', 'hc-black'],
  ['high-contrast-light', 'Light High Contrast', 'hc-light'],
];

/** Switches the colour theme from the palette, as a person would, and waits until the workbench wears it. */
export async function selectTheme(page, label, workbenchClass) {
  await runCommand(page, 'Preferences: Color Theme');
  await page.locator('.quick-input-widget input').fill(label);
  await page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
    })
    .first()
    .click({ timeout: WAIT });
  await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: WAIT });
}

/**
 * What a webview's body shows once it has the theme `theme` (a THEMES prefix): VS Code's class for it
 * (vscode-dark, vscode-light, vscode-high-contrast, vscode-high-contrast-light; the light high-contrast
 * theme also keeps the dark one's class, for older stylesheets).
 */
export function themedBody(theme) {
  return theme === 'high-contrast' ? 'body.vscode-high-contrast:not(.vscode-high-contrast-light)' : `body.vscode-${theme}`;
}

/** The drill panel's frame (a markdown preview may be open too): two iframes deep, per webview. */
export function drillFrame(page) {
  return page.frameLocator('iframe.webview.ready[src*="extensionId=interview-prep.interview-prep"]').frameLocator('#active-frame');
}

/** Opens the Get Started walkthrough from the palette and waits for its page. */
export async function openGetStarted(page) {
  await runCommand(page, 'Interview Prep: Get Started');
  await page.locator('.getting-started-category .category-title', { hasText: 'Get started with Interview Prep' }).first().waitFor({ timeout: WAIT });
}

/** A step of the Get Started walkthrough, ticked or not. */
export function walkthroughStep(page, title, ticked) {
  return page.locator(`button.getting-started-step[aria-checked="${ticked}"]`, { hasText: title });
}

/** The frame of whichever of our webviews contains `selector` (the drill and the dashboard may both be open). */
export async function frameWith(page, selector) {
  const frames = page.locator('iframe.webview.ready[src*="extensionId=interview-prep.interview-prep"]');
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    for (let index = 0; index < (await frames.count()); index++) {
      const frame = frames.nth(index).contentFrame().locator('#active-frame').contentFrame();
      if (
        (await frame
          .locator(selector)
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no webview shows ${selector}`);
}

/** A tree row by its label; group rows read "AI Engineer, 130 questions" to screen readers. */
export function treeItem(page, label) {
  return page.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(label)}(,|$)`) });
}

export async function runCommand(page, title) {
  const row = page
    .locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) })
    .first();
  // Click the row itself: Enter would accept whichever row is focused, which may lag the filter.
  await inPalette(page, title, `command "${title}"`, () => row.click({ timeout: 5000 }));
}

/**
 * The command titles the Command Palette lists for `text`, read once its list has settled (the same
 * rows twice, a quarter of a second apart). It closes the palette.
 */
export async function paletteCommands(page, text) {
  const labels = page.locator('.quick-input-list .monaco-list-row .label-name');
  const rows = await inPalette(page, text, `palette "${text}"`, async () => {
    await labels.first().waitFor({ timeout: 5000 });
    let before = '';
    for (let round = 0; round < 40; round++) {
      await page.waitForTimeout(250);
      const now = JSON.stringify(await labels.allTextContents());
      if (now === before) break;
      before = now;
    }
    return JSON.parse(before);
  });
  await page.keyboard.press('Escape');
  return rows;
}

/** Opens the Command Palette on `>text` and does `act` there, starting again when the palette loses focus. */
async function inPalette(page, text, what, act) {
  const input = page.locator('.quick-input-widget input');
  // The palette closes when something else takes focus (a webview, an editor opened by the previous
  // command): then focus the workbench and start again.
  for (let attempt = 0; ; attempt++) {
    mark(`${attempt ? 'retry ' : ''}${what}`);
    try {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 3000 });
      await input.fill(`>${text}`, { timeout: 3000 });
      return await act();
    } catch (error) {
      if (attempt >= 4) throw error;
      await page.keyboard.press('Escape');
      // Briefly: with the sidebar hidden or covered there is no header to click, and Playwright's
      // default 30 s wait for one would spend the whole retry budget.
      await page
        .locator('.part.sidebar .pane-header')
        .first()
        .click({ timeout: 2000 })
        .catch(() => undefined);
    }
  }
}

/**
 * Filters the tree to `text`, opens the role and topic rows, and waits for a question row whose
 * accessible name matches `name` (a long tree renders only the rows in view). Clears the filter.
 */
export async function findInTree(page, text, role, topic, name, { keepFilter = false } = {}) {
  // As a person would: if the question does not show, set the filter again (a text typed while the
  // quick pick was still switching to its text box can land in the wrong place), then give up.
  for (let attempt = 1; ; attempt++) {
    try {
      await filterAndFind(page, text, role, topic, name, attempt === 1 ? WAIT / 2 : WAIT, keepFilter);
      return;
    } catch (error) {
      if (attempt >= 2) throw error;
    }
  }
}

/** Clears the Questions view's filter (after `findInTree(…, { keepFilter: true })`). */
/**
 * Clears the filter with the view's own title button. VS Code shows a view's title actions only while
 * the view has focus or the pointer is over its header, and acting on a row (opening a file, a dialog)
 * moves focus away: so point at the header first, as a person would.
 */
export async function clearTreeFilter(page) {
  // CSS, not a role: a hidden button is not in the accessibility tree, so a role would not find the header.
  const action = '[aria-label="Clear Question Filter"]';
  await page.locator(`.pane-header:has(${action}), .composite.title:has(${action})`).filter({ visible: true }).first().hover({ timeout: WAIT });
  await page.getByRole('button', { name: 'Clear Question Filter' }).click({ timeout: WAIT });
}

/**
 * With `keepFilter`, the filter stays on once the row shows, so the caller can act on the row
 * before clearing it: the whole tree, drawn again, may move the row out of view.
 */
async function filterAndFind(page, text, role, topic, name, waitMs, keepFilter) {
  await runCommand(page, 'Interview Prep: Filter Questions…');
  await pickQuickInput(page, 'Filter questions', 'Text…');
  await page.locator('.quick-input-widget input').fill(text);
  await page.locator('.quick-input-widget input').press('Enter');
  // The tree redraws when the filter lands and again when the bank changes; a row seen before a
  // redraw may be gone or collapsed after it. So look again until the question shows, opening its
  // role and topic whenever they are there and closed, as a person would.
  // A question under several roles shows once per role: any of them will do.
  const target = page.getByRole('treeitem', { name }).first();
  let found = false;
  try {
    const deadline = Date.now() + waitMs;
    while (!(await target.isVisible())) {
      if (Date.now() > deadline) throw new Error(`the tree showed no ${name} under ${role} › ${topic} within ${waitMs} ms`);
      for (const label of [role, topic]) {
        const row = treeItem(page, label).first();
        if (!(await row.isVisible())) break;
        if ((await row.getAttribute('aria-expanded')) !== 'true') {
          await row.click({ timeout: 2000 }).catch(() => undefined); // detached by a redraw: the next round finds it again
          break;
        }
      }
      await page.waitForTimeout(250);
    }
    found = true;
  } finally {
    if (!found || !keepFilter) await clearTreeFilter(page);
  }
}

/** Runs Scaffold Exercise (or Start Timed Exercise) from the palette and picks the exercise and language. */
export async function scaffoldFromPalette(page, command, exercise, language) {
  await runCommand(page, `Interview Prep: ${command}`);
  await pickQuickInput(page, 'Scaffold an exercise', exercise);
  await pickQuickInput(page, `Language for "${exercise}"`, language);
}

/** A notification toast by its text. */
export function notification(page, text) {
  mark(`notification ${text}`);
  return page.locator('.notifications-toasts .notification-list-item', { hasText: text }).first();
}

/** Closes every toast, so a later wait cannot match an earlier run's message. */
export async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  await page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'detached', timeout: WAIT });
}

/**
 * code-server's file dialogs are a path box over a list of the folder's entries, which updates as the
 * box changes. Saving accepts the proposed name once it shows; opening goes to the file's folder and
 * clicks the file in the list.
 */
export async function saveFileDialog(page, title, name) {
  mark(`saveFileDialog "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  const input = page.locator('.quick-input-widget input');
  const deadline = Date.now() + WAIT;
  while (!(await input.inputValue()).endsWith(`/${name}`)) {
    if (Date.now() > deadline) throw new Error(`the save dialog does not propose ${name}`);
    await page.waitForTimeout(100);
  }
  await input.press('Enter');
}

export async function openFileDialog(page, title, file) {
  mark(`openFileDialog "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  // The dialog fills in its starting folder on its own, and may do so just after it shows: type the
  // folder again until the box holds exactly it.
  const input = page.locator('.quick-input-widget input');
  const folder = `${dirname(file)}/`;
  const deadline = Date.now() + WAIT;
  do {
    if (Date.now() > deadline) throw new Error(`the open dialog did not take ${folder}`);
    await input.fill(folder);
    await page.waitForTimeout(200);
  } while ((await input.inputValue()) !== folder);
  await page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: basename(file) })
    .first()
    .click({ timeout: WAIT });
  const widget = page.locator('.quick-input-widget .quick-input-title', { hasText: title });
  if (await widget.isVisible()) await page.locator('.quick-input-widget input').press('Enter');
}

/** Picks a folder in code-server's folder dialog: types its path, then accepts it with the dialog's OK button. */
export async function openFolderDialog(page, title, folder) {
  mark(`openFolderDialog "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  const input = page.locator('.quick-input-widget input');
  const wanted = `${folder}/`;
  const deadline = Date.now() + WAIT;
  do {
    if (Date.now() > deadline) throw new Error(`the folder dialog did not take ${wanted}`);
    await input.fill(wanted);
    await page.waitForTimeout(200);
  } while ((await input.inputValue()) !== wanted);
  await page
    .locator('.quick-input-widget .quick-input-action .monaco-button, .quick-input-widget .quick-input-header .monaco-button', {
      hasText: /OK|Share History Here/,
    })
    .first()
    .click({ timeout: WAIT });
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ state: 'hidden', timeout: WAIT });
}

/** Polls a condition on files the extension writes (no sleeps of fixed length). */
export async function waitUntil(what, probe) {
  const deadline = Date.now() + WAIT;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Waits for the quick pick titled `title`, filters it by `text`, and accepts the match. */
export async function pickQuickInput(page, title, text) {
  mark(`pickQuickInput "${title}"`);
  await page.locator('.quick-input-widget .quick-input-title', { hasText: title }).waitFor({ timeout: WAIT });
  await page.locator('.quick-input-widget input').fill(text);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text }).first().click({ timeout: WAIT });
}

export function clockSeconds(text) {
  const match = /^\+?(\d+):(\d{2})$/.exec((text ?? '').trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
}

// The drill panel: state across a window reload, math, hints, grading, a timed drill and a mock interview.
import { WAIT } from '../timeline.mjs';
import { clockSeconds, pickQuickInput, runCommand } from '../workbench.mjs';
import { coveredBy, installVisibleText, texLeaks } from '../drillPanel.mjs';

export const spec = {
  name: 'drill panel',
  needs: ['questions tree', 'exercises'],
  steps: ({ page, drill }) => [
    [
      'keeps the countdown and the draft across hiding the panel and reloading the window',
      async () => {
        await page.getByRole('treeitem', { name: /Softmax with a hostile twist/ }).click();
        await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: WAIT });
        await drill().locator('#draft').fill('Overflow: e^1000 is infinite in float64.');
        await drill().locator('#saved', { hasText: 'Draft saved.' }).waitFor({ timeout: WAIT });
        const before = clockSeconds(await drill().locator('#countdown').textContent());
        await page.getByRole('tab', { name: /solution\.py/ }).click();
        await page.getByRole('tab', { name: /Softmax with a hostile twist/ }).click();
        await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: WAIT });
        const afterHide = clockSeconds(await drill().locator('#countdown').textContent());
        if (!(afterHide <= before && afterHide > 0)) throw new Error(`countdown went from ${before} s to ${afterHide} s across hiding the panel`);
        // Reload as a user does (Developer: Reload Window), which lets the workbench save its state first.
        await runCommand(page, 'Developer: Reload Window');
        await page.waitForEvent('load', { timeout: 60_000 }).catch(() => undefined);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        // The restored window may bring another tab to the front; the drill tab is restored either way.
        await page.getByRole('tab', { name: /Softmax with a hostile twist/ }).click({ timeout: 60_000 });
        await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: 60_000 });
        const afterReload = clockSeconds(await drill().locator('#countdown').textContent());
        if (!(afterReload <= afterHide && afterReload < 180))
          throw new Error(`countdown restarted after the reload: ${afterHide} s before, ${afterReload} s after`);
        const draft = await drill().locator('#draft').inputValue();
        if (draft !== 'Overflow: e^1000 is infinite in float64.') throw new Error(`the draft did not survive the reload: ${JSON.stringify(draft)}`);
      },
    ],
    [
      'renders the math and runs no script from the question file',
      async () => {
        const prompt = drill().locator('#prompt');
        await prompt.locator('math mfrac').first().waitFor({ timeout: WAIT });
        const findings = await prompt.evaluate((element) => ({
          pwned: element.ownerDocument.body.dataset.pwned ?? null,
          scripts: element.querySelectorAll('script').length,
          handlers: [...element.querySelectorAll('*')].filter((node) => [...node.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
          javascriptLinks: [...element.querySelectorAll('a')].filter((link) => /^javascript:/i.test(link.getAttribute('href') ?? '')).length,
        }));
        if (findings.pwned || findings.scripts || findings.handlers || findings.javascriptLinks)
          throw new Error(`unsafe content reached the page: ${JSON.stringify(findings)}`);
      },
    ],
    [
      'reveals the hints and the answer with every formula shown once, as rendered math only',
      async () => {
        for (let shown = 1; shown <= 2; shown++) {
          await drill().locator('#hint').click();
          await drill()
            .locator('#hints .hint')
            .nth(shown - 1)
            .waitFor({ timeout: WAIT });
        }
        await drill().locator('#reveal').click();
        await drill().locator('#answer', { hasText: 'cancels' }).waitFor({ timeout: WAIT });
        // Inline and display math, an aligned block, a matrix and formulas in list items.
        await drill().locator('#answer math[display="block"]').nth(1).waitFor({ timeout: WAIT });
        await drill().locator('#answer li math mtable').first().waitFor({ timeout: WAIT });
        await drill().locator('body').evaluate(installVisibleText);
        for (const part of ['#prompt', '#hints', '#answer']) {
          const leaks = texLeaks(
            await drill()
              .locator(part)
              .evaluate((element) => globalThis.visibleText(element)),
          );
          if (leaks.length) throw new Error(`${part} shows TeX source as text: ${JSON.stringify(leaks)}`);
        }
      },
    ],
    [
      'ticks an evaluation point and saves a grade',
      async () => {
        await drill().locator('#checklist input[type="checkbox"]').first().check();
        await drill().locator('button.grade[data-grade="good"]').click();
        await drill().locator('#saved', { hasText: 'Attempt saved.' }).waitFor({ timeout: WAIT });
      },
    ],
    [
      'runs a 3-question timed drill to its summary',
      async () => {
        await runCommand(page, 'Interview Prep: Start Drill…');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what to practise' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget input').fill('Workspace practice');
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Workspace practice' }).first().click();
        await page.keyboard.press('Enter');
        await pickQuickInput(page, 'how many questions', 'All 3 matching');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'total time budget' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().click();
        await drill().locator('#session-progress', { hasText: '1 / 3' }).waitFor({ timeout: WAIT });
        await page.locator('.statusbar-item', { hasText: /1\/3 · / }).waitFor({ timeout: WAIT });
        // With the session bar above it, the header still leaves the prompt in sight.
        const cover = await coveredBy(drill().locator('#prompt'));
        if (cover) throw new Error(`the prompt is in the page but hidden under ${cover}`);
        for (let position = 1; position <= 3; position++) {
          if (position > 1)
            await drill()
              .locator('#session-progress', { hasText: `${position} / 3` })
              .waitFor({ timeout: WAIT });
          await drill().locator('#reveal').click();
          await drill().locator('#assess').waitFor({ timeout: WAIT });
          await drill().locator('button.grade[data-grade="good"]').click();
        }
        await drill().locator('#summary', { hasText: 'Answered' }).waitFor({ timeout: WAIT });
        await drill().locator('#summary dd', { hasText: '3 of 3' }).waitFor({ timeout: WAIT });
      },
    ],
    [
      "shows a mock interview's first section in the status bar",
      async () => {
        await runCommand(page, 'Interview Prep: Start Mock Interview…');
        await page.locator('.statusbar-item', { hasText: /Fundamentals · 4[45]:\d\d left/ }).waitFor({ timeout: WAIT });
        await drill().locator('#session-title', { hasText: 'Three-hour AI interview loop: Fundamentals' }).waitFor({ timeout: WAIT });
        await drill().locator('#session-progress', { hasText: '1 / 15' }).waitFor({ timeout: WAIT });
        await runCommand(page, 'Interview Prep: Stop Mock Interview');
        await page.locator('.statusbar-item', { hasText: /Fundamentals · / }).waitFor({ state: 'detached', timeout: WAIT });
        await page.locator('.statusbar-item', { hasText: /1\/15 · / }).waitFor({ state: 'detached', timeout: WAIT });
      },
    ],
  ],
};

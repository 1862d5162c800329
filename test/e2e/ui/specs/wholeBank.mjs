// Every built-in question rendered in the real drill panel.
import { WAIT } from '../timeline.mjs';
import { builtinQuestions, installVisibleText, texLeaks } from '../drillPanel.mjs';
import { runCommand } from '../workbench.mjs';

export const spec = {
  name: 'whole bank',
  needs: ['first run'],
  steps: ({ page, drill }) => [
    [
      "shows every built-in question's prompt, hints and answer with its math rendered once",
      async () => {
        // The whole bank as one drill, each question opened in turn with all its hints and its answer.
        const builtin = builtinQuestions();
        await runCommand(page, 'Interview Prep: Start Drill…');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what to practise' }).waitFor({ timeout: WAIT });
        await page.keyboard.press('Enter');
        const all = page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /^All \d+ matching/ });
        const total = Number(/All (\d+) matching/.exec(await all.textContent({ timeout: WAIT }))[1]);
        await all.click();
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'total time budget' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().click();
        // One script in the panel clicks its buttons question after question (a round trip from the
        // test per click would take minutes for the whole bank) and reads what each shows.
        await drill().locator('body').evaluate(installVisibleText);
        const shown = await drill()
          .locator('body')
          .evaluate(
            async (body, { total, titles }) => {
              const doc = body.ownerDocument;
              const $ = (id) => doc.getElementById(id);
              const until = (what, check) =>
                new Promise((resolve, reject) => {
                  if (check()) {
                    resolve();
                    return;
                  }
                  const observer = new globalThis.MutationObserver(() => {
                    if (!check()) return;
                    observer.disconnect();
                    clearTimeout(timer);
                    resolve();
                  });
                  const timer = setTimeout(() => {
                    observer.disconnect();
                    reject(new Error(`timed out waiting for ${what}`));
                  }, 30_000);
                  observer.observe(doc.body, { subtree: true, childList: true, attributes: true, characterData: true });
                });
              const builtin = new Map(titles);
              const texts = [];
              for (let position = 1; position <= total; position++) {
                await until(`question ${position} / ${total}`, () => $('session-progress').textContent.trim() === `${position} / ${total}`);
                const id = builtin.get($('title').textContent.trim());
                if (id) {
                  // The hint button hides when a question has none and disables once all are shown.
                  for (let count = 0; !$('hint').hidden && !$('hint').disabled; count++) {
                    $('hint').click();
                    await until(`hint ${count + 1} of ${id}`, () => $('hints').querySelectorAll('.hint').length > count);
                  }
                  $('reveal').click();
                  await until(`the answer of ${id}`, () => !$('answer').hidden);
                  const errors = doc.querySelectorAll('.katex-error').length;
                  texts.push({ id, errors, parts: ['prompt', 'hints', 'answer', 'checklist'].map((part) => [part, globalThis.visibleText($(part))]) });
                }
                if (position < total) $('next').click();
              }
              return texts;
            },
            { total, titles: [...builtin].map(([title, { id }]) => [title, id]) },
          );
        const problems = [];
        for (const { id, errors, parts } of shown) {
          if (errors) problems.push(`${id}: ${errors} formula(s) KaTeX could not parse`);
          for (const [part, text] of parts) {
            const leaks = texLeaks(text);
            if (leaks.length) problems.push(`${id} #${part}: ${JSON.stringify(leaks)}`);
          }
        }
        const seen = shown.map(({ id }) => id);
        const missed = [...builtin.values()].filter(({ id }) => !seen.includes(id)).map(({ id }) => id);
        if (missed.length) problems.push(`not shown in the whole-bank drill: ${missed.slice(0, 5).join('; ')}`);
        console.log(`    rendered ${seen.length} built-in questions in the drill panel`);
        if (problems.length) throw new Error(`${problems.length} rendering problem(s):\n      ${problems.join('\n      ')}`);
      },
    ],
  ],
};

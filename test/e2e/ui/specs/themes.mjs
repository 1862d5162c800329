// Every panel in the dark, light and both high-contrast themes: audited by axe-core, operable by
// keyboard with focus rings that stand out, and left as screenshots under test-results/ui/themes/
// (scripts/readme-images.mjs picks the README's). The Get Started walkthrough's pages too: there the
// audit fails on what our markdown and images put in a step's media, and lists VS Code's own page apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { assertFocusRings, auditState, auditTable, backdropOf, focusRings } from '../accessibility.mjs';
import { builtinQuestions } from '../drillPanel.mjs';
import { WAIT } from '../timeline.mjs';
import { frameWith, openGetStarted, pickQuickInput, runCommand, selectTheme, themedBody, THEMES } from '../workbench.mjs';

const SHOTS = join(ROOT, 'test-results', 'ui', 'themes');

/**
 * The walkthrough's steps as package.json contributes them, each with what shows once its media has
 * loaded: a markdown page's first heading, or an image's alternative text.
 */
const WALKTHROUGH = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).contributes.walkthroughs[0].steps.map((step) => ({
  id: step.id,
  title: step.title,
  markdown: step.media.markdown && /^# (.+)$/m.exec(readFileSync(join(ROOT, step.media.markdown), 'utf8'))[1],
  altText: step.media.altText,
}));
/** In a step's markdown page, what our markdown produced: the children of VS Code's centring wrapper. */
const OUR_MARKDOWN = 'vertically-centered > *';
/**
 * Inside our markdown, VS Code's own markup: it writes a code block as an inline <code>, with its code
 * background, around a block of tokens, so the background never shows behind the text (the page's
 * does); axe takes the <code>'s and in Light High Contrast measures #292929 on #09345f, 1.15:1, where
 * the screen shows #292929 on white. Listed with VS Code's findings.
 */
const VSCODE_CODE_BLOCK = '.monaco-tokenized-source';
/** On the walkthrough's page, what is ours: a step's image (its file and alternative text are ours). */
const OUR_IMAGE = '.getting-started-media > img';

export const spec = {
  name: 'themes and accessibility',
  needs: ['drill panel'],
  steps: ({ page, drill }) => {
    const reported = [];
    const vscode = new Set();
    /** Keeps what an audit lists: ours, and VS Code's own (the same on every walkthrough step, so once). */
    const collect = (found) => {
      reported.push(...found.reported);
      for (const line of found.vscode) vscode.add(line.replace(/^(\S+) walkthrough-\S+ \(\w+\)/, '$1 walkthrough'));
    };
    // A step goes on through its panel states after a finding and fails at its end with all of them.
    let failures = [];
    const soft = async (run) => {
      try {
        await run();
      } catch (error) {
        failures.push(String(error?.message ?? error));
      }
    };
    const settle = () => {
      const found = failures;
      failures = [];
      if (found.length) throw new Error(found.join('\n'));
    };
    /** Audits one panel state, once the webview wears the theme: serious and critical violations fail the step, the rest are listed. */
    const check = async (theme, state, frame) => {
      await frame.locator(themedBody(theme)).waitFor({ timeout: WAIT });
      await soft(async () => collect(await auditState(page, frame, `${theme} ${state}`, join(SHOTS, `${theme}-${state}.png`))));
    };
    /** Tabs through a panel from `first`: every control focused shows a ring, at 3:1 or more against its background. */
    const rings = (label, frame, first) => soft(async () => assertFocusRings(label, await focusRings(page, frame, first)));
    const behavioural = [...builtinQuestions()].find(([, question]) => question.kind === 'behavioral')[0];
    return [
      ...THEMES.flatMap(([theme, label, workbenchClass]) => [
        [
          `audits the drill panel and the dashboard in ${label}, with focus rings that stand out`,
          async () => {
            await selectTheme(page, label, workbenchClass);
            // The screenshots become the README's pictures: the drill gets the editor area to itself, with
            // the bottom panel (a terminal from the specs before) put away as a person would, by its button.
            await runCommand(page, 'View: Close All Editor Groups');
            const hidePanel = page.locator('.part.panel .action-label[aria-label^="Hide Panel"]');
            if (await hidePanel.isVisible()) await hidePanel.click();
            // A drill: the question with the session bar, the revealed answer with its checklist and
            // grades, and the summary.
            await runCommand(page, 'Interview Prep: Start Drill…');
            await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what to practise' }).waitFor({ timeout: WAIT });
            await page.locator('.quick-input-widget input').fill('Workspace practice');
            await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Workspace practice' }).first().click();
            await page.keyboard.press('Enter');
            await page.locator('.quick-input-widget .quick-input-title', { hasText: 'how many questions' }).waitFor({ timeout: WAIT });
            await page
              .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /^(3 questions|All 3 matching)/ })
              .first()
              .click({ timeout: WAIT });
            await page.locator('.quick-input-widget .quick-input-title', { hasText: 'total time budget' }).waitFor({ timeout: WAIT });
            await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().click();
            await drill().locator('#session-progress', { hasText: '1 / 3' }).waitFor({ timeout: WAIT });
            await check(theme, 'drill-question', drill());
            // Tab from the session bar through the question, and from the countdown through the revealed
            // answer's checklist, score and grades: every ring shows, at 3:1 or more against its background.
            await rings(`${theme} drill-question`, drill(), '#skip');
            await drill().locator('#reveal').click();
            await drill().locator('#assess').waitFor({ timeout: WAIT });
            await check(theme, 'drill-answer', drill());
            await rings(`${theme} drill-answer`, drill(), '#toggle');
            for (let position = 1; position <= 3; position++) {
              if (position > 1) {
                await drill()
                  .locator('#session-progress', { hasText: `${position} / 3` })
                  .waitFor({ timeout: WAIT });
                await drill().locator('#reveal').click();
              }
              await drill().locator('button.grade[data-grade="good"]').click();
            }
            await drill().locator('#summary', { hasText: 'Answered' }).waitFor({ timeout: WAIT });
            await check(theme, 'drill-summary', drill());
            // A behavioural question's STAR fields.
            await runCommand(page, 'Interview Prep: Open Question');
            await pickQuickInput(page, 'Open a question', behavioural);
            await drill().locator('#star:not([hidden])').waitFor({ timeout: WAIT });
            await check(theme, 'drill-star', drill());
            // The dashboard, with the attempts graded so far.
            await runCommand(page, 'Interview Prep: Show Progress Dashboard');
            const dashboard = await frameWith(page, '#total-attempts');
            await dashboard.locator('#total-attempts', { hasText: /^[1-9]\d*$/ }).waitFor({ timeout: WAIT });
            await check(theme, 'dashboard', dashboard);
            await rings(`${theme} dashboard`, dashboard, 'button');
            // A mock interview's break: end its first section, and the break's countdown shows.
            await runCommand(page, 'Interview Prep: Start Mock Interview…');
            await drill().locator('#session-title', { hasText: 'Fundamentals' }).waitFor({ timeout: WAIT });
            await drill().locator('#end').click();
            await drill().locator('#break:not([hidden])').waitFor({ timeout: WAIT });
            await check(theme, 'drill-break', drill());
            await runCommand(page, 'Interview Prep: Stop Mock Interview');
            await page.locator('.statusbar-item', { hasText: /Break · / }).waitFor({ state: 'detached', timeout: WAIT });
            settle();
          },
        ],
        [
          `audits the Get Started walkthrough's pages in ${label}: our step media fails on a serious finding, VS Code's page is listed apart`,
          async () => {
            // The page shows a step's media beside the steps only when wide: give it the whole editor area.
            await runCommand(page, 'View: Close All Editor Groups');
            await openGetStarted(page);
            for (const step of WALKTHROUGH) {
              await page.locator('button.getting-started-step .step-title', { hasText: step.title }).click({ timeout: WAIT });
              await page.locator('button.getting-started-step.expanded', { hasText: step.title }).waitFor({ timeout: WAIT });
              const state = `walkthrough-${step.id}`;
              if (step.markdown) {
                // A markdown step's media is a webview VS Code writes around our markdown.
                const media = page.locator('.getting-started-media iframe.webview.ready').contentFrame().locator('#active-frame').contentFrame();
                await media.locator('vertically-centered h1', { hasText: step.markdown }).waitFor({ timeout: WAIT });
                // Its document is transparent over the walkthrough's page: contrast is measured against that.
                const backdrop = await backdropOf(page.locator('.getting-started-media'));
                await soft(async () =>
                  collect(
                    await auditState(page, media, `${theme} ${state} (media)`, join(SHOTS, `${theme}-${state}.png`), {
                      ours: OUR_MARKDOWN,
                      notOurs: VSCODE_CODE_BLOCK,
                      backdrop,
                    }),
                  ),
                );
              } else {
                const image = page.locator('.getting-started-media').getByAltText(step.altText, { exact: true });
                await page.waitForFunction((element) => element.complete && element.naturalWidth > 0, await image.elementHandle({ timeout: WAIT }), {
                  timeout: WAIT,
                });
              }
              // The page around the media: the step list (our titles and descriptions in VS Code's markup),
              // its buttons and frames. Only a step's image is ours there.
              await soft(async () =>
                collect(
                  await auditState(page, page, `${theme} ${state} (page)`, join(SHOTS, `${theme}-${state}${step.markdown ? '-page' : ''}.png`), {
                    include: '.gettingStartedSlideDetails',
                    ours: OUR_IMAGE,
                  }),
                ),
              );
            }
            await runCommand(page, 'View: Close Editor');
            settle();
          },
        ],
      ]),
      [
        'reaches every control of the drill panel by keyboard, each with a visible focus ring',
        async () => {
          await runCommand(page, 'Interview Prep: Open Question');
          await pickQuickInput(page, 'Open a question', 'Softmax with a hostile twist');
          await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: WAIT });
          // From the first control (the countdown's Pause), Tab forward through the panel.
          const visited = await focusRings(page, drill(), '#toggle', 30);
          assertFocusRings('keyboard', visited);
          for (const control of ['toggle', 'reset', 'draft', 'hint', 'reveal']) {
            if (!visited.some((entry) => entry.name === control))
              throw new Error(`Tab never reached #${control} (reached ${visited.map((entry) => entry.name).join(', ')})`);
          }
          // Operable by keyboard too: Enter on the focused Reveal button reveals the answer.
          await drill().locator('#reveal').focus();
          await page.keyboard.press('Enter');
          await drill().locator('#answer:not([hidden])').waitFor({ timeout: WAIT });
          console.log(
            `    moderate and minor axe findings in our panels and step media (listed, not failing):${reported.length ? `\n      ${reported.join('\n      ')}` : ' none'}`,
          );
          console.log(
            "    audited on the walkthrough: what our markdown produces in a step's media (inside VS Code's wrapper), and a step's image;" +
              "\n    the rest of its page (step list, buttons, frames, the media document's own <html>) is VS Code's: listed, not failing.",
          );
          console.log(
            `    VS Code's own findings on the walkthrough's page, by theme (not ours to fix):${vscode.size ? `\n      ${[...vscode].join('\n      ')}` : ' none'}`,
          );
          console.log(`    axe results per panel state and theme (ours; VS Code's own apart):\n      ${auditTable().join('\n      ')}`);
        },
      ],
    ];
  },
};

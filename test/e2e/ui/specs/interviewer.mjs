// The interviewer in the drill panel, clicked through as a person would, against the scripted
// language model of test/fixtures/fake-lm (it must be installed into this journey's profile next to
// the extension: `installVsix(profile, fakeLmVsix())`, from scripts/vscode.mjs). Its replies are
// decided by the draft: see the fixture's header. Model text must reach the screen as text only.
// Then Review My Solution: reverse-string, passed in Python with a solution of our own, reviewed in a
// markdown preview beside the code.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timings, WAIT } from '../timeline.mjs';
import { clearNotifications, notification, pickQuickInput, runCommand, scaffoldFromPalette } from '../workbench.mjs';

const DRAFT = 'A hash map spends memory on a sparse table of buckets, and resizes to keep the load factor low.';
// Not the reference (which swaps with two pointers): the review must be of this file.
const SOLUTION = 'def reverse_string(s: str) -> str:\n    # slicing walks the code points backwards\n    return s[::-1]\n';

/** The markdown preview's page that shows `text` (a README preview may be open too). */
async function previewWith(page, text) {
  const frames = page.locator('iframe.webview.ready');
  const deadline = Date.now() + WAIT;
  while (Date.now() < deadline) {
    for (let index = 0; index < (await frames.count()); index++) {
      const frame = frames.nth(index).contentFrame().locator('#active-frame').contentFrame();
      if (
        (await frame
          .locator('body', { hasText: text })
          .count()
          .catch(() => 0)) > 0
      )
        return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no preview shows "${text}"`);
}

export const spec = {
  name: 'interviewer',
  needs: ['first run'],
  steps: ({ page, drill, exerciseDir }) => {
    const frame = () => drill();
    const draft = async (text) => {
      await frame().locator('#draft').fill(text);
    };
    return [
      [
        'opens a question and offers "Grade my answer", saying what is sent',
        async () => {
          await runCommand(page, 'Interview Prep: Open Question');
          await pickQuickInput(page, 'Open a question', 'A workspace question');
          await frame().locator('#title', { hasText: 'A workspace question' }).waitFor({ timeout: WAIT });
          await frame().locator('#ask', { hasText: 'Grade my answer' }).waitFor({ timeout: WAIT });
          await frame()
            .locator('#interviewer-note', { hasText: 'Sends the question, its evaluation points and model answer, and your answer to Scripted Model' })
            .waitFor({ timeout: WAIT });
        },
      ],
      [
        "grades the draft: verdicts beside the checklist, the score on the slider, the rule's grade marked",
        async () => {
          await draft(DRAFT);
          const clicked = Date.now();
          await frame().locator('#ask').click();
          await frame()
            .locator('#grading-summary', { hasText: 'Scripted Model (scripted/scripted-1) suggests 5/10 (needs work), so Hard.' })
            .waitFor({ timeout: WAIT });
          timings.clickGradeToVerdictsMs = Date.now() - clicked;
          await frame().locator('#checklist .verdict[data-verdict="covered"]', { hasText: 'The answer names "factor".' }).waitFor({ timeout: WAIT });
          await frame()
            .locator('#checklist .verdict[data-verdict="missed"]', { hasText: 'The answer does not mention "collisions".' })
            .waitFor({ timeout: WAIT });
          if ((await frame().locator('#score').inputValue()) !== '5') throw new Error('the slider does not show the suggested score');
          await frame().locator('button.grade.suggested[data-grade="hard"]').waitFor({ timeout: WAIT });
          if (!(await frame().locator('#answer').isHidden())) throw new Error('grading revealed the model answer');
          await frame().locator('#follow-up-question', { hasText: 'How does resizing stay amortised O(1)?' }).waitFor({ timeout: WAIT });
        },
      ],
      [
        'answers the follow-up, and the whole exchange is graded again',
        async () => {
          await frame().locator('#follow-up-answer').fill('Doubling the table spreads the cost of rehashing over many inserts.');
          await frame().locator('#send-follow-up').click();
          await frame().locator('#grading-summary', { hasText: 'suggests 6/10 (developing), so Hard.' }).waitFor({ timeout: WAIT });
          await frame().locator('#turns li', { hasText: 'Doubling the table' }).waitFor({ timeout: WAIT });
          await frame().locator('#follow-up-question', { hasText: 'Scripted follow-up 2: what would you measure first?' }).waitFor({ timeout: WAIT });
        },
      ],
      [
        'keeps the grading and the follow-up conversation through Developer: Reload Window',
        async () => {
          await runCommand(page, 'Developer: Reload Window');
          await page.waitForEvent('load', { timeout: 60_000 }).catch(() => undefined);
          await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
          await page.getByRole('tab', { name: /A workspace question/ }).click({ timeout: 60_000 });
          await frame().locator('#title', { hasText: 'A workspace question' }).waitFor({ timeout: 60_000 });
          await frame().locator('#turns li', { hasText: 'Doubling the table' }).waitFor({ timeout: WAIT });
          await frame().locator('#grading-summary', { hasText: 'suggests 6/10 (developing), so Hard.' }).waitFor({ timeout: WAIT });
          await frame().locator('#follow-up-question', { hasText: 'Scripted follow-up 2: what would you measure first?' }).waitFor({ timeout: WAIT });
          if ((await frame().locator('#draft').inputValue()) !== DRAFT) throw new Error('the draft did not survive the reload');
        },
      ],
      [
        'lets the user change the score, the grade following the rule, and saves',
        async () => {
          await frame().locator('#score').fill('8');
          await frame().locator('#grade-suggestion', { hasText: 'You changed the score from 6' }).waitFor({ timeout: WAIT });
          await frame().locator('button.grade.suggested[data-grade="good"]').waitFor({ timeout: WAIT });
          await frame().getByRole('button', { name: 'Good' }).click();
          await frame().locator('#saved', { hasText: 'Attempt saved.' }).waitFor({ timeout: WAIT });
          await frame().locator('#grading-summary').waitFor({ state: 'hidden', timeout: WAIT });
        },
      ],
      [
        'shows an off-schema reply as plain text, markup and all',
        async () => {
          await draft('FAKE-GARBLED about the load factor');
          await frame().locator('#ask').click();
          await frame().locator('#interviewer-error-text', { hasText: 'answered, but not with a grading' }).waitFor({ timeout: WAIT });
          const reply = await frame().locator('#interviewer-reply').textContent();
          if (!reply?.includes('<img src=x onerror=')) throw new Error(`the reply is not shown as text: ${reply}`);
          if ((await frame().locator('#interviewer img').count()) > 0) throw new Error('markup from the model reached the page');
        },
      ],
      [
        'keeps markup in reasons as text',
        async () => {
          await draft('FAKE-HTML about the load factor');
          await frame().locator('#ask').click();
          await frame().locator('#checklist .verdict', { hasText: '<b>bold</b> The answer names' }).first().waitFor({ timeout: WAIT });
          if ((await frame().locator('#checklist .verdict b, #checklist .verdict img').count()) > 0) throw new Error('a reason was rendered as markup');
          if ((await frame().locator('title').textContent()) === 'pwned') throw new Error('a handler from the model ran');
        },
      ],
      [
        'cancels a slow grading from its Cancel button',
        async () => {
          await draft('FAKE-SLOW about the load factor');
          await frame().locator('#ask').click();
          await frame().locator('#interviewer-busy-text', { hasText: 'characters received' }).waitFor({ timeout: WAIT });
          await frame().locator('#cancel-ask').click();
          await frame().locator('#interviewer-error-text', { hasText: 'Cancelled. Nothing was recorded.' }).waitFor({ timeout: WAIT });
          await frame().locator('#ask').waitFor({ state: 'visible', timeout: WAIT });
        },
      ],
      [
        'offers Review My Solution once the tests pass, and streams the review of our own file into a preview beside it',
        async () => {
          await clearNotifications(page);
          // Scaffolded already when the exercises spec ran first: then it opens as it is. The solution stays
          // visible beside the previews, which is how the commands find it (other exercises' solution.py may be open).
          await scaffoldFromPalette(page, 'Scaffold Exercise', 'reverse-string', 'Python');
          await page
            .getByRole('tab', { name: /solution\.py/ })
            .first()
            .waitFor({ timeout: WAIT });
          writeFileSync(join(exerciseDir, 'solution.py'), SOLUTION);
          await page.locator('.monaco-editor .view-lines', { hasText: 'slicing' }).first().waitFor({ timeout: WAIT });
          await runCommand(page, 'Interview Prep: Run Exercise Tests');
          const passed = notification(page, 'all tests passed for "reverse-string" (python)');
          await passed.waitFor({ timeout: 60_000 });
          await passed.getByRole('button', { name: 'Review My Solution' }).waitFor({ timeout: WAIT });
          const asked = Date.now();
          await runCommand(page, 'Interview Prep: Review My Solution');
          await page.getByRole('tab', { name: /Preview review\.md/ }).waitFor({ timeout: WAIT });
          const preview = await previewWith(page, 'What to say aloud');
          timings.reviewToLastSectionMs = Date.now() - asked;
          await preview.locator('body', { hasText: 'Reviewed by Scripted Model (scripted/scripted-1)' }).waitFor({ timeout: WAIT });
          await preview
            .locator('body', { hasText: `Scripted review of solution.py for "Reverse a string" (python, ${SOLUTION.length} characters of code)` })
            .waitFor({ timeout: WAIT });
          await preview.locator('pre', { hasText: 'if len(s) < 2: return s' }).waitFor({ timeout: WAIT });
          await preview.locator('body', { hasText: '<img src=x onerror=' }).waitFor({ timeout: WAIT });
          if ((await preview.locator('img, b').count()) > 0) throw new Error('markup from the model was rendered in the review');
          await preview.locator('body', { hasText: 'streaming in' }).waitFor({ state: 'detached', timeout: WAIT });
        },
      ],
      [
        'cancels a slow review from its notification',
        async () => {
          writeFileSync(join(exerciseDir, 'solution.py'), `${SOLUTION}# FAKE-SLOW\n`);
          await page.locator('.monaco-editor .view-lines', { hasText: 'FAKE-SLOW' }).first().waitFor({ timeout: WAIT });
          await runCommand(page, 'Interview Prep: Review My Solution');
          const progress = notification(page, 'characters received');
          await progress.waitFor({ timeout: WAIT });
          await progress.getByRole('button', { name: 'Cancel' }).click();
          const preview = await previewWith(page, 'Stopped');
          await preview.locator('body', { hasText: 'Cancelled' }).waitFor({ timeout: WAIT });
          writeFileSync(join(exerciseDir, 'solution.py'), SOLUTION);
        },
      ],
    ];
  },
};

// The interviewer in the drill panel, clicked through as a person would, against the scripted
// language model of test/fixtures/fake-lm (it must be installed into this journey's profile next to
// the extension: `installVsix(profile, fakeLmVsix())`, from scripts/vscode.mjs). Its replies are
// decided by the draft: see the fixture's header. Model text must reach the screen as text only.
import { timings, WAIT } from '../timeline.mjs';
import { pickQuickInput, runCommand } from '../workbench.mjs';

const DRAFT = 'A hash map spends memory on a sparse table of buckets, and resizes to keep the load factor low.';

export const spec = {
  name: 'interviewer',
  needs: ['first run'],
  steps: ({ page, drill }) => {
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
    ];
  },
};

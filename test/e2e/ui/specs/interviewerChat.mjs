// @interviewer typed into the real Chat view, against the scripted language model of
// test/fixtures/fake-lm: a quick round (/quiz), a mock interview from a small format written into the
// workspace (/mock: a round, a break, a round, stopped), and /explain on the drill panel's question,
// streamed. Replies are read back from the chat as a person sees them; bank and model text must reach
// it as text only. The journey's profile turns the chat UI on (chat.disableAIFeatures false), and the
// fake model warms itself up on start-up, so the Chat view offers it (shared/LANGUAGE-MODELS.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mark, timings, WAIT } from '../timeline.mjs';
import { pickQuickInput, runCommand } from '../workbench.mjs';

const ANSWER = 'A hash map spends memory on a sparse table of buckets, and resizes to keep the load factor low.';

/** Two one-question rounds of the workspace's own questions with a break between: short enough to finish. */
const MOCK = {
  id: 'chat-practice',
  title: 'Chat practice loop',
  description: 'Two short rounds with a break, for the chat journey.',
  sections: [
    { title: 'First round', minutes: 4, blocks: [{ title: 'One question', minutes: 4, count: 1, filter: { topics: ['Workspace practice'] } }] },
    { title: 'Short break', minutes: 1, break: true },
    { title: 'Second round', minutes: 4, blocks: [{ title: 'Another question', minutes: 4, count: 1, filter: { topics: ['Workspace practice'] } }] },
  ],
};

export const spec = {
  name: 'interviewer chat',
  needs: [],
  steps: ({ page, url, workspace, drill }) => {
    const responses = page.locator('.interactive-item-container.interactive-response');
    const input = page.locator('.interactive-input-part .monaco-editor');
    /**
     * Types a message as a person would (the sticky @interviewer is typed again, whole) and waits for
     * the reply that shows `expected`, which no earlier reply shows. (The chat list is virtual: replies
     * scrolled out of view leave the page, so they cannot be counted.)
     */
    const send = async (text, expected) => {
      await input.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
      await closeSuggestions();
      const sent = Date.now();
      mark(`send "${text.slice(0, 40)}"`);
      await page.keyboard.press('Enter');
      // A completion list that opened after the check takes the Enter, and the message stays in the
      // box as typed: then close the list and send again, as a person would.
      for (let again = 0; again < 3; again++) {
        await page.waitForTimeout(1000);
        const inBox = (await input.locator('.view-lines').innerText()).replace(/\s+/g, ' ').trim();
        // Sent, the box is empty or holds only the sticky participant.
        if (inBox !== text.replace(/\s+/g, ' ').trim()) break;
        mark('send again: the message is still in the box');
        await closeSuggestions();
        await page.keyboard.press('Enter');
      }
      const reply = responses.filter({ hasText: expected }).last();
      await reply.waitFor({ timeout: WAIT });
      return { reply, sent };
    };
    // Enter accepts a completion (of "/mock", say) while its list shows, instead of sending.
    const closeSuggestions = async () => {
      const suggestions = page.locator('.suggest-widget.visible');
      // The list opens a moment after the typing that asks for it.
      await suggestions.waitFor({ state: 'visible', timeout: 500 }).catch(() => undefined);
      if (await suggestions.count()) {
        await page.keyboard.press('Escape');
        await suggestions.waitFor({ state: 'hidden', timeout: WAIT });
      }
    };
    const noMarkup = async (reply) => {
      const found = await reply
        .locator('.rendered-markdown img, .rendered-markdown script, .rendered-markdown a[href^="javascript"], .rendered-markdown a[href^="command"]')
        .count();
      if (found > 0) throw new Error(`bank or model markup was rendered in the chat (${found} element(s))`);
      if (await page.locator('body').evaluate((body) => body.ownerDocument.title === 'pwned' || body.dataset.pwned !== undefined))
        throw new Error('a handler from the bank or the model ran');
    };
    return [
      [
        'opens the workbench with a mock format in the workspace, and the Chat view with the scripted model',
        async () => {
          const mocks = join(workspace, '.interview-prep', 'questions', 'mocks');
          mkdirSync(mocks, { recursive: true });
          writeFileSync(join(mocks, `${MOCK.id}.json`), JSON.stringify(MOCK, null, 2));
          await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`, { timeout: 90_000 });
          await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
          await page.getByRole('tab', { name: /Interview Prep/ }).waitFor({ timeout: WAIT });
          await runCommand(page, 'Chat: Open Chat (Ask)');
          // The fake model registers and warms itself up on start-up; the picker shows it once it did.
          await page
            .locator('.interactive-input-part')
            .getByRole('button', { name: /Scripted Model|Consenting Model/ })
            .waitFor({ timeout: 60_000 });
        },
      ],
      [
        "/quiz asks a question of the topic, and an answer typed in chat is graded with the rule's grade",
        async () => {
          const { reply } = await send('@interviewer /quiz workspace practice', 'Question 1 of 2:');
          await reply.filter({ hasText: 'Answer in your next message, or say skip.' }).waitFor({ timeout: WAIT });
          // The hostile question's markup and math reach the chat as text.
          await noMarkup(reply);
          const { reply: graded } = await send(`@interviewer ${ANSWER}`, 'Question 2 of 2:');
          await graded
            .filter({ hasText: /\d+\/10 \(.+\), so (Again|Hard|Good|Easy), suggested by Scripted Model \(scripted\/scripted-1\)\./ })
            .waitFor({ timeout: WAIT });
          await graded.filter({ hasText: 'Recorded with the suggested score.' }).waitFor({ timeout: WAIT });
          await graded.getByRole('button', { name: 'Open the Graded Question' }).waitFor({ timeout: WAIT });
          await noMarkup(graded);
          const { reply: over } = await send('@interviewer skip', 'Round over');
          await over.filter({ hasText: 'Skipped.' }).waitFor({ timeout: WAIT });
        },
      ],
      [
        '/mock lists the formats, then runs one: a round with its time, the answer graded, the break announced',
        async () => {
          const { reply: list } = await send('@interviewer /mock', 'Type /mock and one of these formats');
          await list.filter({ hasText: 'Chat practice loop (/mock chat-practice, 9 min)' }).waitFor({ timeout: WAIT });
          const { reply: started } = await send('@interviewer /mock chat-practice', 'Round 1 of 2: First round (4 min, 1 question)');
          await started.filter({ hasText: 'You have 4:00 for it; 4:00 left in this round.' }).waitFor({ timeout: WAIT });
          await started.getByRole('button', { name: 'Open in the Drill Panel' }).waitFor({ timeout: WAIT });
          await noMarkup(started);
          const { reply: answered } = await send(`@interviewer ${ANSWER}`, 'Short break: 1 min.');
          await answered.filter({ hasText: /Answered in \d+:\d\d of the 4:00 allotted\./ }).waitFor({ timeout: WAIT });
          await answered.filter({ hasText: 'suggested by Scripted Model' }).waitFor({ timeout: WAIT });
          await answered.filter({ hasText: 'Next: Second round. Say continue when you are back.' }).waitFor({ timeout: WAIT });
        },
      ],
      [
        '/mock: back from the break early, the second round starts, and stop ends the mock with a summary',
        async () => {
          const { reply: back } = await send('@interviewer continue', 'Round 2 of 2: Second round');
          await back.filter({ hasText: /Back \d+:\d\d before the break was over\./ }).waitFor({ timeout: WAIT });
          await back.filter({ hasText: 'Question 1 of 1:' }).waitFor({ timeout: WAIT });
          await noMarkup(back);
          const { reply: stopped } = await send('@interviewer stop', 'Mock interview stopped');
          await stopped.filter({ hasText: /1 question answered or skipped.* in \d+:\d\d\. Type \/mock for another\./ }).waitFor({ timeout: WAIT });
        },
      ],
      [
        "/explain streams an explanation of the drill panel question's model answer, model markup as text",
        async () => {
          await runCommand(page, 'Interview Prep: Open Question');
          await pickQuickInput(page, 'Open a question', 'A workspace question');
          await drill().locator('#title', { hasText: 'A workspace question' }).waitFor({ timeout: WAIT });
          const { reply, sent } = await send('@interviewer /explain why resize?', 'Scripted explanation of');
          timings.chatExplainFirstWordsMs = Date.now() - sent;
          await reply.filter({ hasText: 'Explained by Scripted Model (scripted/scripted-1).' }).waitFor({ timeout: WAIT });
          timings.chatExplainWholeMs = Date.now() - sent;
          const text = await reply.innerText();
          if (!/the model answer has \d+ characters and 2 evaluation points\. You asked: why resize\?/.test(text))
            throw new Error(`the explanation is not the scripted one:\n${text}`);
          for (const expected of [
            'A workspace question: the model answer, explained.',
            '<img src=x onerror=',
            '[a link](command:workbench.action.terminal.new)',
            '**not bold**',
          ]) {
            if (!text.includes(expected)) throw new Error(`the explanation does not read "${expected}":\n${text}`);
          }
          await noMarkup(reply);
          await reply.getByRole('button', { name: 'Show the Drill Panel' }).waitFor({ timeout: WAIT });
        },
      ],
    ];
  },
};

/**
 * A provider that asks for consent: with FAKE_LM_CONSENT=1 the fake also offers "Consenting Model",
 * which declares `requiresAuthorization`, so VS Code asks before Interview Prep may use it. The user
 * picks it with Choose Language Model, cancels the dialog (a clear message in the chat, nothing
 * lost), asks again and allows it.
 */
export const consentSpec = {
  name: 'interviewer consent',
  needs: ['interviewer chat'],
  steps: ({ page }) => {
    const responses = page.locator('.interactive-item-container.interactive-response');
    const input = page.locator('.interactive-input-part .monaco-editor');
    const dialog = page.locator('.monaco-dialog-box');
    const ask = async (text) => {
      await input.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
      const suggestions = page.locator('.suggest-widget.visible');
      const close = async () => {
        // The list opens a moment after the typing that asks for it.
        await suggestions.waitFor({ state: 'visible', timeout: 500 }).catch(() => undefined);
        if (await suggestions.count()) {
          await page.keyboard.press('Escape');
          await suggestions.waitFor({ state: 'hidden', timeout: WAIT });
        }
      };
      await close();
      await page.keyboard.press('Enter');
      // A list that opened late takes the Enter and the message stays in the box as typed: send it again.
      for (let again = 0; again < 3; again++) {
        await page.waitForTimeout(1000);
        const inBox = (await input.locator('.view-lines').innerText()).replace(/\s+/g, ' ').trim();
        if (inBox !== text.replace(/\s+/g, ' ').trim()) break;
        await close();
        await page.keyboard.press('Enter');
      }
    };
    return [
      [
        'picks the consenting model for the interviewer',
        async () => {
          await runCommand(page, 'Interview Prep: Choose Language Model…');
          await pickQuickInput(page, 'Language model for the interviewer', 'Consenting Model');
        },
      ],
      [
        'Cancel in the consent dialog: the chat says access was not allowed',
        async () => {
          await ask('@interviewer /explain');
          await dialog.filter({ hasText: /wants to access the language models provided by/ }).waitFor({ timeout: WAIT });
          await dialog.getByRole('button', { name: 'Cancel' }).click();
          await responses
            .filter({ hasText: 'Interview Prep may not use Consenting Model (scripted-consent/consenting-1): access was not allowed.' })
            .last()
            .waitFor({ timeout: WAIT });
        },
      ],
      [
        'Allow in the consent dialog: the explanation streams in from that model',
        async () => {
          await ask('@interviewer /explain');
          await dialog.filter({ hasText: /Justification: Interview Prep sends the question/ }).waitFor({ timeout: WAIT });
          await dialog.getByRole('button', { name: 'Allow' }).click();
          await responses.filter({ hasText: 'Explained by Consenting Model (scripted-consent/consenting-1).' }).last().waitFor({ timeout: WAIT });
        },
      ],
    ];
  },
};

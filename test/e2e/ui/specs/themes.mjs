// Every panel in the dark, light and high-contrast themes: audited by axe-core, operable by keyboard,
// and left as screenshots under test-results/ui/themes/ (scripts/readme-images.mjs picks the README's).
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { auditState } from '../accessibility.mjs';
import { builtinQuestions } from '../drillPanel.mjs';
import { WAIT } from '../timeline.mjs';
import { frameWith, pickQuickInput, runCommand } from '../workbench.mjs';

const THEMES = [['dark', 'Dark Modern'], ['light', 'Light Modern'], ['high-contrast', 'Dark High Contrast']];
const SHOTS = join(ROOT, 'test-results', 'ui', 'themes');

export const spec = {
  name: 'themes and accessibility',
  needs: ['drill panel'],
  steps: ({ page, drill }) => {
    const reported = [];
    /** Audits one panel state: serious and critical violations fail the step, the rest are listed. */
    const check = async (theme, state, frame) => {
      reported.push(...await auditState(page, frame, `${theme} ${state}`, join(SHOTS, `${theme}-${state}.png`)));
    };
    const behavioural = [...builtinQuestions()].find(([, question]) => question.kind === 'behavioral')[0];
    return [
      ...THEMES.map(([theme, label]) => [`audits the drill panel and the dashboard in ${label}`, async () => {
        await runCommand(page, 'Preferences: Color Theme');
        await page.locator('.quick-input-widget input').fill(label);
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first().click({ timeout: WAIT });
        await page.locator(`.monaco-workbench.${theme === 'light' ? 'vs' : theme === 'dark' ? 'vs-dark' : 'hc-black'}`).waitFor({ timeout: WAIT });
        // A drill: the question with the session bar, the revealed answer with its checklist and
        // grades, and the summary.
        await runCommand(page, 'Interview Prep: Start Drill…');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'what to practise' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget input').fill('Workspace practice');
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'Workspace practice' }).first().click();
        await page.keyboard.press('Enter');
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'how many questions' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: /^(3 questions|All 3 matching)/ }).first().click({ timeout: WAIT });
        await page.locator('.quick-input-widget .quick-input-title', { hasText: 'total time budget' }).waitFor({ timeout: WAIT });
        await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().click();
        await drill().locator('#session-progress', { hasText: '1 / 3' }).waitFor({ timeout: WAIT });
        await check(theme, 'drill-question', drill());
        await drill().locator('#reveal').click();
        await drill().locator('#assess').waitFor({ timeout: WAIT });
        await check(theme, 'drill-answer', drill());
        for (let position = 1; position <= 3; position++) {
          if (position > 1) {
            await drill().locator('#session-progress', { hasText: `${position} / 3` }).waitFor({ timeout: WAIT });
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
        // A mock interview's break: end its first section, and the break's countdown shows.
        await runCommand(page, 'Interview Prep: Start Mock Interview…');
        await drill().locator('#session-title', { hasText: 'Fundamentals' }).waitFor({ timeout: WAIT });
        await drill().locator('#end').click();
        await drill().locator('#break:not([hidden])').waitFor({ timeout: WAIT });
        await check(theme, 'drill-break', drill());
        await runCommand(page, 'Interview Prep: Stop Mock Interview');
        await page.locator('.statusbar-item', { hasText: /Break · / }).waitFor({ state: 'detached', timeout: WAIT });
      }]),
      ['reaches every control of the drill panel by keyboard, each with a visible focus ring', async () => {
        await runCommand(page, 'Interview Prep: Open Question');
        await pickQuickInput(page, 'Open a question', 'Softmax with a hostile twist');
        await drill().locator('#title', { hasText: 'Softmax with a hostile twist' }).waitFor({ timeout: WAIT });
        // From the first control (the countdown's Pause), Tab forward through the panel.
        await drill().locator('#toggle').focus();
        const visited = [];
        for (let press = 0; press < 30; press++) {
          const focused = await drill().locator(':focus').evaluate((element) => {
            const style = element.ownerDocument.defaultView.getComputedStyle(element);
            return { id: element.id || element.textContent.trim().slice(0, 20), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 };
          }, undefined, { timeout: 1000 }).catch(() => undefined);
          if (!focused) break; // focus has left the panel
          visited.push(focused);
          await page.keyboard.press('Tab');
        }
        const unringed = visited.filter((entry) => !entry.ring).map((entry) => entry.id);
        if (unringed.length) throw new Error(`focused without a visible ring: ${unringed.join(', ')}`);
        for (const control of ['toggle', 'reset', 'draft', 'hint', 'reveal']) {
          if (!visited.some((entry) => entry.id === control)) throw new Error(`Tab never reached #${control} (reached ${visited.map((entry) => entry.id).join(', ')})`);
        }
        // Operable by keyboard too: Enter on the focused Reveal button reveals the answer.
        await drill().locator('#reveal').focus();
        await page.keyboard.press('Enter');
        await drill().locator('#answer:not([hidden])').waitFor({ timeout: WAIT });
        console.log(`    moderate and minor axe findings (listed, not failing):${reported.length ? `\n      ${reported.join('\n      ')}` : ' none'}`);
      }],
    ];
  },
};

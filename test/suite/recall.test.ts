// Ready on the day (issue #21) in the extension host: the dashboard draws without a plan and with
// one (it draws only data that passes its guard, then says `rendered`), and today's plan explains
// each item in one line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { InterviewPrepApi } from '../../src/extension';
import { Commands } from '../../src/ids';
import { activateExtension } from './helpers';

function localIso(offsetDays: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offsetDays);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

describe('Ready on the day in the extension host', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });

  it('draws the dashboard before and after a plan is made, and explains today’s items', async () => {
    const nextRender = () =>
      new Promise<{ attempts: number }>((resolve) => {
        const subscription = api.dashboard.onDidRender((event) => {
          subscription.dispose();
          resolve(event);
        });
      });
    let rendered = nextRender();
    await vscode.commands.executeCommand(Commands.showDashboard);
    await rendered;

    rendered = nextRender();
    const plan = await api.plan.planFor(['Data Scientist'], localIso(10));
    await rendered;
    assert.equal(plan.days.length, 10);
    assert.equal(plan.days[0].date, localIso(0));
    assert.deepEqual(plan.days.map((day) => day.phase).slice(-3), ['learn', 'final', 'final']);

    const todays = await api.plan.todays();
    assert.ok(todays, 'a plan is kept');
    assert.ok(todays.items.length > 0 && todays.items.length <= 15, `${todays.items.length} items today`);
    for (const item of todays.items) {
      assert.ok(item.question.roles.includes('Data Scientist'), item.id);
      assert.match(item.line, /^(due|weak on the day|brought forward|new): /);
    }
    assert.deepEqual(
      todays.ids,
      todays.questions.map((question) => question.id),
    );
  });
});

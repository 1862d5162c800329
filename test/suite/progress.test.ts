import * as assert from 'node:assert/strict';
import type { InterviewPrepApi } from '../../src/extension';
import { newAttemptId } from '../../src/progress/model';
import { activateExtension } from './helpers';

describe('Progress in the extension host', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });
  after(async () => {
    await api.tree.setGroupBy('role');
  });

  it('a graded attempt moves a question out of "new" in the tree, and a reset brings it back', async () => {
    const question = (await api.banks.index()).question('workspace-custom-question');
    assert.ok(question);
    const before = (await api.progress.attempts()).length;
    await api.progress.record({
      id: newAttemptId(),
      kind: 'question',
      questionId: question.id,
      at: new Date().toISOString(),
      durationMs: 30_000,
      allottedMs: 120_000,
      score: 3,
      grade: 'again',
      hintsUsed: 1,
    });
    assert.equal((await api.progress.attempts()).length, before + 1);
    assert.notEqual(api.progress.statusOf(question), 'new');
    await api.tree.setGroupBy('status');
    const groups = (await api.tree.getChildren()).flatMap((node) => (node.type === 'group' ? [node.key] : []));
    assert.ok(groups.includes('learning') || groups.includes('due'), groups.join(', '));
    await api.progress.resetQuestion(question.id);
    assert.equal(api.progress.statusOf(question), 'new');
  });
});

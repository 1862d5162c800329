import * as assert from 'node:assert/strict';
import type { InterviewPrepApi } from '../../src/extension';
import { activateExtension } from './helpers';

describe('Mock interview in the extension host', () => {
  let api: InterviewPrepApi;
  before(async () => {
    api = await activateExtension();
  });

  it('loads the three-hour format and starts its first section as a timed drill', async () => {
    const mocks = await api.banks.mocks();
    assert.ok(
      mocks.some((mock) => mock.id === 'three-hour'),
      mocks.map((mock) => mock.id).join(', '),
    );
    await api.mock.start('three-hour');
    const run = api.mock.current;
    assert.ok(run);
    assert.deepEqual(
      run.steps.map((step) => step.title),
      ['Fundamentals', 'Break', 'System design', 'Break', 'Coding', 'Break', 'Behavioral and case studies'],
    );
    assert.equal(run.steps[0].questionIds.length, 15);
    assert.ok(run.stepEndsAt - Date.now() <= 45 * 60_000 && run.stepEndsAt - Date.now() > 44 * 60_000);
    const session = api.drill.currentSession;
    assert.ok(session);
    assert.equal(session.title, 'Three-hour AI interview loop: Fundamentals');
    assert.deepEqual(session.questionIds, run.steps[0].questionIds);
    await api.mock.stop();
    assert.equal(api.mock.current, undefined);
    assert.equal(api.drill.currentSession, undefined, 'stopping the mock ends its drill too');
  });
});

// A mock interview in progress: its sections in order, each a drill or a break, with the time the
// current section ends kept as an absolute time. Pure: the controller persists and drives it.
import type { Question } from '../bank/model';
import { matchesFilter, type MockInterview } from '../bank/mock';
import type { ReviewStatus } from '../progress/model';
import { chooseQuestions } from './session';

export interface MockStep {
  title: string;
  minutes: number;
  break: boolean;
  questionIds: string[];
}

export interface MockRun {
  mockId: string;
  title: string;
  steps: MockStep[];
  stepIndex: number;
  /** Absolute end of the current step. */
  stepEndsAt: number;
  startedAt: number;
}

/** Picks each block's questions (no question twice in one mock) and lays out the steps. */
export function planMock(
  mock: MockInterview,
  questions: Question[],
  statusOf: (question: Question) => ReviewStatus,
  now: number,
  random: () => number = Math.random,
): MockRun {
  const used = new Set<string>();
  const steps: MockStep[] = mock.sections
    .map((section) => {
      if (section.break) return { title: section.title, minutes: section.minutes, break: true, questionIds: [] };
      const ids: string[] = [];
      for (const block of section.blocks) {
        const candidates = questions.filter((question) => !used.has(question.id) && matchesFilter(question, block.filter));
        for (const question of chooseQuestions(candidates, block.count, statusOf, random)) {
          used.add(question.id);
          ids.push(question.id);
        }
      }
      return { title: section.title, minutes: section.minutes, break: false, questionIds: ids };
    })
    .filter((step) => step.break || step.questionIds.length > 0);
  if (!steps.some((step) => !step.break)) throw new Error(`no questions in the loaded banks match the mock interview "${mock.title}"`);
  return { mockId: mock.id, title: mock.title, steps, stepIndex: 0, stepEndsAt: now + steps[0].minutes * 60_000, startedAt: now };
}

export function currentStep(run: MockRun): MockStep | undefined {
  return run.steps[run.stepIndex];
}

/** Moves to the next section; undefined when the mock is over. */
export function nextStep(run: MockRun, now: number): MockRun | undefined {
  const index = run.stepIndex + 1;
  if (index >= run.steps.length) return undefined;
  return { ...run, stepIndex: index, stepEndsAt: now + run.steps[index].minutes * 60_000 };
}

export function isMockRun(value: unknown): value is MockRun {
  const run = value as MockRun;
  return typeof value === 'object' && value !== null && Array.isArray(run.steps) && Number.isInteger(run.stepIndex) && Number.isFinite(run.stepEndsAt);
}

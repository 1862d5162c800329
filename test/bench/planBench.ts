// The interview-day plan against plain FSRS due-order on the simulated learner (simulatedLearner.ts):
// for each scenario, over BENCH_SEEDS seeds (default 5), the mean recall on the interview day with
// each strategy and the same reviews on the same days, and the plan's figure as a ratio of the
// due-order one from the same run. Then how long planning takes, printed, never asserted.
import type { Card } from 'ts-fsrs';
import { planForDate } from '../../src/progress/interviewDayPlan';
import { reviewCard } from '../../src/progress/scheduler';
import { measure, type Figure } from './measure';
import { compare, scenarios, simulatedBank } from './simulatedLearner';

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

export async function benchInterviewPlan(runs: number): Promise<void> {
  const seeds = Array.from({ length: Number(process.env.BENCH_SEEDS ?? 5) }, (_, index) => index + 1);
  const lines = [
    '| scenario | reviews | predicted recall: plan | due-order | plan ÷ due-order | learner’s true recall: plan | due-order | plan ÷ due-order | plan ahead, seeds |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const [index, { name }] of scenarios(1).entries()) {
    const results = seeds.map((seed) => compare(scenarios(seed)[index]));
    const reviews = mean(results.map(({ plan }) => plan.reviews.reduce((sum, count) => sum + count, 0)));
    const planPredicted = mean(results.map(({ plan }) => plan.predicted));
    const duePredicted = mean(results.map(({ dueOrder }) => dueOrder.predicted));
    const planLearner = mean(results.map(({ plan }) => plan.learner));
    const dueLearner = mean(results.map(({ dueOrder }) => dueOrder.learner));
    const ahead = results.filter(({ plan, dueOrder }) => plan.predicted > dueOrder.predicted && plan.learner > dueOrder.learner).length;
    lines.push(
      `| ${name} | ${reviews.toFixed(0)} | ${pct(planPredicted)} | ${pct(duePredicted)} | ${(planPredicted / duePredicted).toFixed(2)}× | ${pct(planLearner)} | ${pct(dueLearner)} | ${(planLearner / dueLearner).toFixed(2)}× | ${ahead} of ${seeds.length} |`,
    );
  }
  console.log(
    `### Interview-day plan vs plain FSRS due-order, simulated learner (${seeds.length} seeds a scenario)\n\nMeans over the seeds of the mean recall of every question on the interview day at 09:00. Predicted: the model's (FSRS retrievability, 25% for a question never practised); true: the simulated learner's, whose memory the scheduler only estimates. Both strategies do the same number of reviews on the same days.\n\n${lines.join('\n')}\n`,
  );

  const timing: [string, Figure][] = [];
  for (const [count, days, practised] of [
    [300, 14, 100],
    [1000, 30, 300],
    [1000, 90, 600],
  ] as const) {
    const questions = simulatedBank(count);
    const now = new Date('2025-03-03T18:00:00Z');
    const cards = new Map<string, Card>();
    for (let i = 0; i < practised; i++) cards.set(questions[i].id, reviewCard(undefined, new Date(now.getTime() - (i % 20) * 86_400_000), 'good'));
    const interviewDate = new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const figure = await measure(
      runs,
      () =>
        planForDate({ questions, roles: [], cards, now, today: '2025-03-03', interviewDate, at: new Date(`${interviewDate}T09:00:00Z`), mocks: true }).days
          .length,
    );
    timing.push([`${count.toLocaleString('en-US')} questions (${practised} practised), ${days} days`, figure]);
  }
  const rows = timing.map(([label, figure]) => `| ${label} | ${figure.median.toFixed(1)} ms | ${figure.min.toFixed(1)} ms | ${figure.max.toFixed(1)} ms |`);
  console.log(`Planning every day up to the interview, 15 items a day:\n\n| plan | median | min | max |\n|---|--:|--:|--:|\n${rows.join('\n')}\n`);
}

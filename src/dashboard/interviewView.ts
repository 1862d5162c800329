// What the dashboard shows of the interview: predicted recall on the day per role and topic, the
// weakest topics, and today's plan with a line on each item. Pure; plain JSON for the webview.
import type { Question } from '../bank/model';
import { explainDay, explainItem, type DatePlan, type DatePlanItem, type PlanReason } from '../progress/interviewDayPlan';
import { UNSEEN_RECALL, WEAK_RECALL, type RecallForecast } from '../progress/interviewRecall';
import { dayNumber } from '../progress/stats';

export interface InterviewView {
  today: string;
  interviewDate: string;
  /** Whole days from today to the interview: 0 on the day, negative once it has passed. */
  daysLeft: number;
  forecast: RecallForecast;
  /** The prior a question never practised counts at, and the recall below which a question is weak (interviewRecall.ts). */
  unseenRecall: number;
  weakRecall: number;
  /** Mean recall on the day expected if the laid-out days are followed, as planned this morning. */
  followed: number;
  /** How many days the plan lays out from today. */
  laidOut: number;
  dailyItems: number;
  /** Today's items not done yet. */
  todayItems: { id: string; title: string; reason: PlanReason; line: string }[];
  mock: boolean;
  /** The days after today that are laid out, one line each. */
  days: { date: string; line: string }[];
}

export function interviewView(
  plan: DatePlan,
  forecast: RecallForecast,
  today: string,
  todayItems: readonly DatePlanItem[],
  questionOf: (id: string) => Question | undefined,
): InterviewView {
  const day = plan.days.find((candidate) => candidate.date === today);
  return {
    today,
    interviewDate: plan.interviewDate,
    daysLeft: dayNumber(plan.interviewDate) - dayNumber(today),
    forecast,
    unseenRecall: UNSEEN_RECALL,
    weakRecall: WEAK_RECALL,
    followed: plan.forecast.followed,
    laidOut: plan.days.length,
    dailyItems: plan.dailyItems,
    todayItems: todayItems.flatMap((item) => {
      const question = questionOf(item.id);
      return question ? [{ id: item.id, title: question.title, reason: item.reason, line: explainItem(item) }] : [];
    }),
    mock: day?.mock ?? false,
    days: plan.days
      .filter((candidate) => dayNumber(candidate.date) > dayNumber(today))
      .map((candidate) => ({ date: candidate.date, line: explainDay(candidate) })),
  };
}

// What the dashboard draws: the stats of the practice history over the loaded bank, with each
// question's review status, and, once there is a study plan, predicted recall on the interview day.
import { forecastRecall, localInterviewMoment } from '../progress/interviewRecall';
import type { PlanService } from '../progress/planService';
import type { ProgressService } from '../progress/progressService';
import { computeStats, type DashboardData } from '../progress/stats';
import type { BankService } from '../workspaceBanks/bankService';
import { interviewView, type InterviewView } from './interviewView';

export interface DashboardPayload {
  data: DashboardData;
  /** Null without a study plan (no interview date). */
  interview: InterviewView | null;
}

export async function dashboardData(banks: BankService, progress: ProgressService, plan: PlanService): Promise<DashboardPayload> {
  const [attempts, index, cards, todays] = await Promise.all([progress.practice(), banks.index(), progress.cardsNow(), plan.todays()]);
  const now = new Date();
  const data = computeStats(attempts, index.questions(), now, (id) => {
    const question = index.question(id);
    return question ? progress.statusOf(question) : 'new';
  });
  if (!todays) return { data, interview: null };
  const { interviewDate, roles } = todays.plan;
  const forecast = forecastRecall({ questions: index.questions(), cards, attempts, roles, interviewDate, at: localInterviewMoment(interviewDate), now });
  return { data, interview: interviewView(todays.plan, forecast, data.today, todays.items, (id) => index.question(id)) };
}

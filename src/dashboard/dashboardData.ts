// What the dashboard draws: the stats of the practice history over the loaded bank, with each
// question's review status.
import type { ProgressService } from '../progress/progressService';
import { computeStats, type DashboardData } from '../progress/stats';
import type { BankService } from '../workspaceBanks/bankService';

export async function dashboardData(banks: BankService, progress: ProgressService): Promise<DashboardData> {
  const [attempts, index] = await Promise.all([progress.attempts(), banks.index()]);
  return computeStats(attempts, index.questions(), new Date(), (id) => {
    const question = index.question(id);
    return question ? progress.statusOf(question) : 'new';
  });
}

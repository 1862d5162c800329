// Starts a drill from a set of questions: all of them (today's plan, the reviews due), or ten of a
// group or topic chosen by review status (from the tree and the dashboard). The budget is the time
// the questions allot, added up.
import type { Question } from '../bank/model';
import type { ReviewStatus } from '../progress/model';
import type { BankService } from '../workspaceBanks/bankService';
import type { DrillPanelController } from './drillPanel';
import { budgetFor, chooseQuestions } from './session';

/** How many questions a drill over a group or topic asks. */
const SAMPLE_SIZE = 10;

export class DrillStarter {
  constructor(
    private readonly drill: DrillPanelController,
    private readonly banks: BankService,
    private readonly statusOf: (question: Question) => ReviewStatus,
  ) {}

  /** A timed drill over `questions`, in their order. */
  questions(title: string, questions: readonly Question[]): Promise<void> {
    return this.drill.startSession(
      title,
      questions.map((question) => question.id),
      budgetFor(questions),
    );
  }

  /** "Drill: `label`" over up to ten of `questions`, due ones first; nothing when there are none. */
  async sample(label: string, questions: readonly Question[]): Promise<void> {
    const chosen = chooseQuestions(questions, SAMPLE_SIZE, this.statusOf);
    if (chosen.length) await this.questions(`Drill: ${label}`, chosen);
  }

  /** A timed drill over the loaded questions of `ids`, in their order; nothing when none is loaded. */
  async ids(title: string, ids: readonly string[]): Promise<void> {
    const index = await this.banks.index();
    const questions = ids.flatMap((id) => index.question(id) ?? []);
    if (questions.length) await this.questions(title, questions);
  }

  /** A drill over one topic of the loaded bank (the dashboard's "drill this topic"). */
  async topic(topic: string): Promise<void> {
    const index = await this.banks.index();
    await this.sample(
      topic,
      index.questions().filter((question) => question.topic === topic),
    );
  }
}

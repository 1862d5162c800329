// The order in which the interview-day plan brings in new items: technical and behavioral practice
// merged about 60/40 by allotted time, each side taking topics in turn, easiest first. Pure and
// deterministic: the same bank in any order gives the same order.
import type { Difficulty, Question } from '../bank/model';
import { areaOf, compareText } from './stats';

/** The content map's preparation plan: 60% technical practice, 40% behavioral. */
export const TECHNICAL_SHARE = 0.6;

const DIFFICULTY_RANK: Readonly<Record<Difficulty, number>> = { easy: 0, medium: 1, hard: 2 };

/** Behavioral practice is what trains the Communication and leadership area (see `areaOf`). */
export function isBehavioral(question: Question): boolean {
  return areaOf(question) === 'Communication and leadership';
}

export const isExercisePrompt = (question: Question) => question.exercise === question.id;

/**
 * The order in which a plan brings in new items: each side (technical, behavioral) by topics taking
 * turns with their easiest item first, merged so that behavioral items take about 40% of the
 * allotted minutes (the 60/40 split), a side that runs out leaving the rest to the other.
 */
export function newItemOrder(questions: readonly Question[]): Question[] {
  const seen = new Set<string>();
  const unique = questions.filter((question) => !seen.has(question.id) && seen.add(question.id));
  const technical = byPriority(unique.filter((question) => !isBehavioral(question)));
  const behavioral = byPriority(unique.filter(isBehavioral));
  const ordered: Question[] = [];
  let technicalMinutes = 0;
  let behavioralMinutes = 0;
  while (technical.length > 0 || behavioral.length > 0) {
    const next = behavioral[0];
    const takeBehavioral =
      next !== undefined &&
      (technical.length === 0 ||
        behavioralMinutes + minutesOf(next) <= (1 - TECHNICAL_SHARE) * (technicalMinutes + behavioralMinutes + minutesOf(next)) + 1e-9);
    const question = (takeBehavioral ? behavioral : technical).shift()!;
    if (takeBehavioral) behavioralMinutes += minutesOf(question);
    else technicalMinutes += minutesOf(question);
    ordered.push(question);
  }
  return ordered;
}

const minutesOf = (question: Question) => question.time / 60;

const easierFirst = (a: Question, b: Question) => DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] || compareText(a.id, b.id);

/** Topics take turns (alphabetically), each offering its easiest item first: breadth before depth. */
function byPriority(questions: readonly Question[]): Question[] {
  const topics = new Map<string, Question[]>();
  for (const question of questions) topics.set(question.topic, [...(topics.get(question.topic) ?? []), question]);
  const queues = [...topics.keys()].sort(compareText).map((topic) => topics.get(topic)!.sort(easierFirst));
  const ordered: Question[] = [];
  for (let round = 0; ordered.length < questions.length; round++) for (const queue of queues) if (round < queue.length) ordered.push(queue[round]);
  return ordered;
}

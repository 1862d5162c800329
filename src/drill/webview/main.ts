// The drill webview: draws what the host sends and reports what the user does. It holds no timer
// of its own: it draws the host's remaining time, counted from when that message arrived.
import DOMPurify from 'dompurify';
import { formatClock } from '../../bank/time';
import { GRADE_RULE, gradeForScore } from '../../interviewer/grading';
import type { RecallGrade } from '../../progress/model';
import { phaseOf } from '../countdown';
import { isToWebview, type FromWebview, type InterviewView, type QuestionView, type SessionView, type TimerView, type ToWebview } from '../messages';
import type { SessionSummary } from '../session';
import type { StarFields } from '../workStore';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): { questionId?: string } | undefined;
  setState(state: { questionId?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const button = (id: string): HTMLButtonElement => $<HTMLButtonElement>(id);
const area = (id: string): HTMLTextAreaElement => $<HTMLTextAreaElement>(id);
const STAR_KEYS = ['situation', 'task', 'action', 'result'] as const;

let timer: { view: TimerView; receivedAt: number } | undefined;
let session: { view: SessionView; receivedAt: number } | undefined;
let hintCount = 0;
let hintsShown = 0;
let starMode = false;
let lastAnnouncedMinute: number | undefined;
let interview: InterviewView | undefined;
/** The grading whose score was last put on the slider: a later one moves it again, a re-send does not. */
let appliedGrading: string | undefined;
/** Evaluation points shown in the checklist (from the answer, or from a grading before the reveal). */
let checklistHtml: string[] = [];

/** Text saved a moment after typing stops (a newer keystroke restarts the wait), and at once on `flush`. */
class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly message: () => FromWebview) {}

  get pending(): boolean {
    return this.timer !== undefined;
  }

  queue(delayMs = 400): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      send(this.message());
    }, delayMs);
  }

  flush(): void {
    if (this.timer) this.queue(0);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/** Drafts are saved a moment after typing stops, and at once when the panel is hidden. */
const draftSave = new Debounced(() => ({ type: 'draft', draft: area('draft').value, ...(starMode ? { star: starFields() } : {}) }));
const notesSave = new Debounced(() => ({ type: 'notes', notes: area('notes').value }));
const followUpSave = new Debounced(() => ({ type: 'followUpDraft', answer: area('follow-up-answer').value }));

function send(message: FromWebview): void {
  vscode.postMessage(message);
}

/** Elements that fetch what they point at as soon as they reach the page. */
const FETCHING = new Set(['img', 'image', 'picture', 'video', 'audio', 'source', 'track', 'use', 'feimage']);

/** Bank files come from strangers: everything rendered is sanitized before it reaches the DOM. */
function setHtml(element: HTMLElement, html: string): void {
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true, mathMl: true },
    FORBID_TAGS: ['style', 'form', 'input', 'textarea', 'select', 'button', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'poster', 'background'],
    // An element the sanitiser drops keeps its text by default. KaTeX's MathML carries each formula's
    // TeX source in <semantics><annotation>, which the MathML profile does not allow: without this the
    // source would show as plain text under every rendered formula.
    ADD_FORBID_CONTENTS: ['annotation'],
    ALLOW_DATA_ATTR: false,
  });
  // Finish in an inert document, where nothing loads: a remote image put in the page even for a
  // moment would be requested (the CSP refuses it, but the attempt alone tells a server a question
  // was opened). Only inline data: images stay; links keep web, mail and in-page targets only.
  const inert = new DOMParser().parseFromString(`<!DOCTYPE html><body>${clean}</body>`, 'text/html');
  for (const node of [...inert.body.querySelectorAll('*')]) {
    const name = node.localName.toLowerCase();
    if (FETCHING.has(name) && !(name === 'img' && /^data:image\//.test(node.getAttribute('src') ?? ''))) node.remove();
  }
  for (const link of inert.body.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    if (!/^(https?:|mailto:|#)/i.test(href)) link.removeAttribute('href');
  }
  element.replaceChildren(...[...inert.body.childNodes].map((node) => document.adoptNode(node)));
}

let breakState: { endsAt: number } | undefined;

function showBreak(title: string, remainingMs: number, upNext: string): void {
  breakState = { endsAt: Date.now() + remainingMs };
  session = undefined;
  drawSession();
  $('app').hidden = true;
  $('summary').hidden = true;
  $('break-title').textContent = title;
  $('break-next').textContent = upNext;
  $('break').hidden = false;
  drawBreak();
  $('break').focus();
}

function drawBreak(): void {
  if (!breakState) return;
  const left = breakState.endsAt - Date.now();
  $('break-clock').textContent = formatClock(left);
  $('break-clock').dataset.phase = phaseOf(left);
}

/** The question on screen, so a new one starts at the top while a redraw of the same one keeps its place. */
let shownQuestionId: string | undefined;

function showQuestion(question: QuestionView, sessionView?: SessionView): void {
  vscode.setState({ questionId: question.id });
  if (question.id !== shownQuestionId) window.scrollTo(0, 0);
  shownQuestionId = question.id;
  breakState = undefined;
  $('break').hidden = true;
  $('summary').hidden = true;
  $('app').hidden = false;
  $('title').textContent = question.title;
  $('chips').replaceChildren(
    ...[...question.roles, question.topic, question.kind, question.difficulty, `${formatClock(question.time * 1000)} allotted`].map((text) => {
      const chip = document.createElement('li');
      chip.textContent = text;
      return chip;
    }),
  );
  setHtml($('prompt'), question.promptHtml);
  $('hints').replaceChildren();
  hintCount = question.hintCount;
  hintsShown = 0;
  button('hint').hidden = hintCount === 0;
  button('hint').disabled = false;
  $('answer').hidden = true;
  $('answer').replaceChildren();
  $('assess').hidden = true;
  checklistHtml = [];
  interview = undefined;
  appliedGrading = undefined;
  $('interviewer').hidden = true;
  area('follow-up-answer').value = '';
  button('reveal').disabled = false;
  button('scaffold').hidden = !question.exercise;
  starMode = question.star;
  $('star').hidden = !starMode;
  $('draft-label').firstChild!.textContent = starMode ? 'Anything else ' : 'Your answer ';
  area('draft').rows = starMode ? 3 : 8;
  area('draft').value = question.draft;
  for (const key of STAR_KEYS) area(`star-${key}`).value = question.starFields?.[key] ?? '';
  area('notes').value = question.notes;
  ($('notes-box') as HTMLDetailsElement).open = question.notes.trim() !== '';
  $('saved').textContent = '';
  session = sessionView ? { view: sessionView, receivedAt: Date.now() } : undefined;
  drawSession();
  $('app').setAttribute('aria-busy', 'false');
}

function drawTimer(): void {
  if (!timer) return;
  const left = timer.view.running ? timer.view.remainingMs - (Date.now() - timer.receivedAt) : timer.view.remainingMs;
  const countdown = $('countdown');
  countdown.textContent = formatClock(left);
  countdown.dataset.phase = phaseOf(left);
  countdown.dataset.running = String(timer.view.running);
  button('toggle').textContent = timer.view.running ? 'Pause' : left === timer.view.durationMs ? 'Start' : 'Resume';
  // Screen readers hear the minute marks, not every second.
  const minute = Math.ceil(left / 60_000);
  if (timer.view.running && minute !== lastAnnouncedMinute) {
    if (lastAnnouncedMinute !== undefined) $('announce').textContent = left > 0 ? `${minute} minute${minute === 1 ? '' : 's'} left` : 'Time is up';
    lastAnnouncedMinute = minute;
  }
}

function drawSession(): void {
  const bar = $('session');
  bar.hidden = !session;
  if (!session) return;
  const { view } = session;
  $('session-title').textContent = view.title;
  $('session-progress').textContent = `${view.position} / ${view.total}`;
  const left = view.remainingMs - (Date.now() - session.receivedAt);
  const clock = $('session-clock');
  clock.textContent = `${formatClock(left)} ${left < 0 ? 'over' : 'left'}`;
  clock.dataset.phase = phaseOf(left);
  button('previous').disabled = view.position <= 1;
  button('next').disabled = view.position >= view.total;
}

function showSummary(title: string, summary: SessionSummary): void {
  session = undefined;
  drawSession();
  $('app').hidden = true;
  const box = $('summary');
  const heading = document.createElement('h1');
  heading.textContent = `${title}: done`;
  const list = document.createElement('dl');
  const rows: [string, string][] = [
    ['Answered', `${summary.answered} of ${summary.total}`],
    ['Skipped', String(summary.skipped)],
    ['Average score', summary.averageScore === undefined ? '—' : `${summary.averageScore} / 10`],
    ['Time used', `${formatClock(summary.timeUsedMs)} of ${formatClock(summary.allottedMs)}${summary.overBudget ? ' (over budget)' : ''}`],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  box.replaceChildren(heading, list);
  box.hidden = false;
  box.focus();
}

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'question':
      showQuestion(message.question, message.session);
      send({ type: 'rendered', id: message.question.id });
      return;
    case 'timer':
      timer = { view: message.timer, receivedAt: Date.now() };
      drawTimer();
      return;
    case 'answer': {
      setHtml($('answer'), message.html);
      $('answer').hidden = false;
      button('reveal').disabled = true;
      drawChecklist(message.evaluation);
      $('assess').hidden = false;
      $('answer').focus();
      return;
    }
    case 'interview':
      drawInterview(message.view);
      return;
    case 'hint': {
      if (message.index < hintsShown) return;
      hintsShown = message.index + 1;
      const hint = document.createElement('div');
      hint.className = 'hint';
      setHtml(hint, `<strong>Hint ${message.index + 1}.</strong> ${message.html}`);
      $('hints').append(hint);
      button('hint').disabled = hintsShown >= hintCount;
      return;
    }
    case 'saved':
      $('saved').textContent = message.what === 'attempt' ? 'Attempt saved.' : message.what === 'notes' ? 'Notes saved.' : 'Draft saved.';
      return;
    case 'summary':
      showSummary(message.title, message.summary);
      return;
    case 'break':
      showBreak(message.title, message.remainingMs, message.upNext);
      return;
  }
}

/** The evaluation points to tick, keeping what was ticked when they are drawn again. */
function drawChecklist(evaluation: string[]): void {
  if (evaluation.length === checklistHtml.length && evaluation.every((html, index) => html === checklistHtml[index])) return;
  checklistHtml = evaluation;
  $('checklist').replaceChildren(
    ...evaluation.map((html, index) => {
      const item = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.dataset.index = String(index);
      const text = document.createElement('span');
      setHtml(text, html);
      label.append(box, text);
      item.append(label);
      return item;
    }),
  );
  $('checklist-box').hidden = evaluation.length === 0;
  markChecklist();
}

const VERDICT_LABELS = { covered: 'Covered', partly: 'Partly', missed: 'Missed' } as const;
const GRADE_LABELS: Record<RecallGrade, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** The interviewer's verdict beside each point of the checklist; the model's words as text only. */
function markChecklist(): void {
  const points = interview?.grading?.points ?? [];
  for (const [index, item] of [...$('checklist').children].entries()) {
    item.querySelector('.verdict')?.remove();
    const point = points[index];
    if (!point) continue;
    const line = document.createElement('div');
    line.className = 'verdict';
    line.dataset.verdict = point.verdict;
    const mark = document.createElement('span');
    mark.className = 'verdict-mark';
    mark.textContent = VERDICT_LABELS[point.verdict];
    const reason = document.createElement('span');
    reason.textContent = point.reason;
    line.append(mark, reason);
    if (point.quote) {
      const quote = document.createElement('span');
      quote.className = 'quote';
      quote.textContent = ` “${point.quote}”${point.quoteFound ? '' : ' (not found in your answer)'}`;
      line.append(quote);
    }
    item.append(line);
  }
}

function drawInterview(view: InterviewView): void {
  interview = view;
  const grading = view.grading;
  const section = $('interviewer');
  section.hidden = !(view.available || grading || view.error || view.turns.length > 0);
  const busy = view.busy;
  button('ask').hidden = !view.available;
  button('ask').disabled = busy !== undefined;
  button('ask').textContent = grading ? 'Grade again' : 'Grade my answer';
  button('cancel-ask').hidden = !busy;
  $('interviewer-busy').hidden = !busy;
  $('interviewer-busy-text').textContent = busy
    ? `${busy.what === 'followUp' ? 'Grading the exchange' : 'Grading'} with ${view.model ?? 'the model'}… ${busy.received > 0 ? `${busy.received} characters received` : 'waiting for the first words'}`
    : '';
  $('interviewer-note').textContent = view.available
    ? `Sends the question, its evaluation points and model answer, and your answer to ${view.model}. Nothing is sent before you click.`
    : grading
      ? `Graded by ${grading.model}. No language model is available now.`
      : '';
  $('interviewer-error').hidden = !view.error;
  $('interviewer-error-text').textContent = view.error?.message ?? '';
  $('interviewer-reply-box').hidden = view.error?.reply === undefined;
  $('interviewer-reply').textContent = view.error?.reply ?? '';

  $('grading-summary').hidden = !grading;
  $('grading-summary').textContent = grading
    ? `${grading.model} suggests ${grading.score}/10 (${grading.band}), so ${GRADE_LABELS[grading.grade]}. Each evaluation point is marked below.`
    : '';
  $('turns').replaceChildren(
    ...view.turns.map((turn, index) => {
      const item = document.createElement('li');
      const question = document.createElement('div');
      question.textContent = `${turn.from === 'question' ? "The question's follow-up" : "The interviewer's follow-up"}: ${turn.question}`;
      const answer = document.createElement('div');
      answer.className = 'turn-answer';
      answer.textContent = turn.answer;
      item.append(question, answer);
      item.setAttribute('aria-label', `Follow-up ${index + 1}`);
      return item;
    }),
  );
  const pending = view.pending;
  $('follow-up').hidden = !pending;
  if (pending) {
    $('follow-up-from').textContent = pending.from === 'question' ? '(from the question)' : `(from ${grading?.model ?? 'the interviewer'})`;
    $('follow-up-question').textContent = pending.question;
    if (document.activeElement !== area('follow-up-answer') && !followUpSave.pending) area('follow-up-answer').value = pending.answer;
  }
  area('follow-up-answer').disabled = busy !== undefined;
  button('send-follow-up').disabled = busy !== undefined || !view.available;

  if (grading) {
    // Grading before the reveal shows the points and the slider; the model answer stays hidden.
    drawChecklist(grading.points.map((point) => point.html));
    $('assess').hidden = false;
    const key = `${grading.gradedAt}|${grading.score}`;
    if (appliedGrading !== key) {
      appliedGrading = key;
      $<HTMLInputElement>('score').value = String(grading.score);
      $('score-value').textContent = String(grading.score);
      for (const [index, box] of [...document.querySelectorAll<HTMLInputElement>('#checklist input')].entries())
        box.checked = grading.points[index]?.verdict === 'covered';
    }
  }
  markChecklist();
  drawSuggestion();
}

/** While a grading is on screen, the grade the rule gives for the slider's score is marked. */
function drawSuggestion(): void {
  const grading = interview?.grading;
  const score = Number($<HTMLInputElement>('score').value);
  const suggested = grading ? gradeForScore(score) : undefined;
  for (const gradeButton of document.querySelectorAll<HTMLButtonElement>('button.grade'))
    gradeButton.classList.toggle('suggested', gradeButton.dataset.grade === suggested);
  const note = $('grade-suggestion');
  note.hidden = !grading;
  if (!grading || !suggested) return;
  const rule = GRADE_RULE.map((row) => `${row.from}-${row.to} ${GRADE_LABELS[row.grade]}`).join(', ');
  note.textContent = `${score === grading.score ? `Score suggested by ${grading.model}` : `You changed the score from ${grading.score}`}; the grade follows the score (${rule}): ${GRADE_LABELS[suggested]}. Change either before saving.`;
}

function ask(): void {
  if (button('ask').hidden || button('ask').disabled) return;
  flush();
  send({ type: 'askInterviewer', draft: area('draft').value, ...(starMode ? { star: starFields() } : {}) });
}

function answerFollowUp(): void {
  const answer = area('follow-up-answer').value;
  if (answer.trim() === '' || button('send-follow-up').disabled) {
    area('follow-up-answer').focus();
    return;
  }
  followUpSave.cancel();
  flush();
  send({ type: 'answerFollowUp', answer });
  area('follow-up-answer').value = '';
}

function starFields(): StarFields {
  return { situation: area('star-situation').value, task: area('star-task').value, action: area('star-action').value, result: area('star-result').value };
}

function flush(): void {
  draftSave.flush();
  notesSave.flush();
  followUpSave.flush();
}

function saveGrade(grade: RecallGrade): void {
  flush();
  const checked = [...document.querySelectorAll<HTMLInputElement>('#checklist input:checked')].map((box) => Number(box.dataset.index));
  send({ type: 'grade', score: Number($<HTMLInputElement>('score').value), grade, checked });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWebview(event.data)) receive(event.data);
});

button('toggle').addEventListener('click', () => send({ type: 'timer', action: timer?.view.running ? 'pause' : 'start' }));
button('reset').addEventListener('click', () => send({ type: 'timer', action: 'reset' }));
button('reveal').addEventListener('click', () => send({ type: 'revealAnswer' }));
button('scaffold').addEventListener('click', () => send({ type: 'scaffold' }));
button('hint').addEventListener('click', () => {
  if (hintsShown < hintCount) send({ type: 'revealHint', index: hintsShown });
});
button('continue').addEventListener('click', () => {
  breakState = undefined;
  $('break').hidden = true;
  send({ type: 'continueBreak' });
});
for (const id of ['previous', 'skip', 'next', 'end'] as const) {
  button(id).addEventListener('click', () => {
    flush();
    send({ type: 'session', action: id });
  });
}
for (const gradeButton of document.querySelectorAll<HTMLButtonElement>('button.grade')) {
  gradeButton.addEventListener('click', () => saveGrade(gradeButton.dataset.grade as RecallGrade));
}
$<HTMLInputElement>('score').addEventListener('input', () => {
  $('score-value').textContent = $<HTMLInputElement>('score').value;
  drawSuggestion();
});
button('ask').addEventListener('click', ask);
button('cancel-ask').addEventListener('click', () => send({ type: 'cancelInterviewer' }));
button('send-follow-up').addEventListener('click', answerFollowUp);
area('follow-up-answer').addEventListener('input', () => followUpSave.queue());
for (const id of ['draft', ...STAR_KEYS.map((key) => `star-${key}`)]) area(id).addEventListener('input', () => draftSave.queue());
area('notes').addEventListener('input', () => notesSave.queue());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush();
});
window.addEventListener('pagehide', flush);

const shortcuts: Record<string, string> = {
  p: 'toggle',
  r: 'reset',
  h: 'hint',
  a: 'reveal',
  e: 'scaffold',
  s: 'skip',
  q: 'end',
  c: 'continue',
  g: 'ask',
  f: 'send-follow-up',
  arrowleft: 'previous',
  arrowright: 'next',
};
const gradeKeys: Record<string, RecallGrade> = { '1': 'again', '2': 'hard', '3': 'good', '4': 'easy' };
window.addEventListener('keydown', (event) => {
  if (!event.altKey || event.ctrlKey || event.metaKey) return;
  const key = event.key.toLowerCase();
  if (gradeKeys[key] && !$('assess').hidden) {
    event.preventDefault();
    saveGrade(gradeKeys[key]);
    return;
  }
  const target = shortcuts[key];
  const element = target ? button(target) : undefined;
  if (element && !element.hidden && !element.disabled && !element.closest('[hidden]')) {
    event.preventDefault();
    element.click();
  }
});

setInterval(() => {
  drawTimer();
  drawSession();
  drawBreak();
}, 250);
send({ type: 'ready' });

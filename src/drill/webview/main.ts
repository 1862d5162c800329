// The drill webview: draws what the host sends and reports clicks. Holds no timer of its own:
// it draws the host's remaining time, counted from when that message arrived.
import DOMPurify from 'dompurify';
import { formatClock } from '../../bank/time';
import { phaseOf } from '../countdown';
import { isToWebview, type FromWebview, type QuestionView, type TimerView, type ToWebview } from '../messages';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): { questionId?: string } | undefined;
  setState(state: { questionId?: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const countdownEl = $('countdown');
const toggleButton = $<HTMLButtonElement>('toggle');
const announceEl = $('announce');

let timer: { view: TimerView; receivedAt: number } | undefined;
let hintCount = 0;
let hintsShown = 0;
let lastAnnouncedMinute: number | undefined;

function send(message: FromWebview): void {
  vscode.postMessage(message);
}

/** Sanitizes host-rendered markdown before it reaches the DOM: bank files come from strangers. */
function setHtml(element: HTMLElement, html: string): void {
  element.innerHTML = DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'textarea', 'select', 'button'], FORBID_ATTR: ['style'] });
}

function showQuestion(question: QuestionView): void {
  vscode.setState({ questionId: question.id });
  $('title').textContent = question.title;
  const chips = $('chips');
  chips.replaceChildren(...[...question.roles, question.topic, question.kind, question.difficulty, `${formatClock(question.time * 1000)} allotted`].map((text) => {
    const chip = document.createElement('li');
    chip.textContent = text;
    return chip;
  }));
  setHtml($('prompt'), question.promptHtml);
  $('hints').replaceChildren();
  hintCount = question.hintCount;
  hintsShown = 0;
  $<HTMLButtonElement>('hint').hidden = hintCount === 0;
  $<HTMLButtonElement>('hint').disabled = false;
  const answer = $('answer');
  answer.hidden = true;
  answer.replaceChildren();
  $<HTMLButtonElement>('reveal').disabled = false;
  $<HTMLButtonElement>('scaffold').hidden = !question.exercise;
  $('app').setAttribute('aria-busy', 'false');
}

function drawTimer(): void {
  if (!timer) return;
  const left = timer.view.running ? timer.view.remainingMs - (Date.now() - timer.receivedAt) : timer.view.remainingMs;
  countdownEl.textContent = formatClock(left);
  countdownEl.dataset.phase = phaseOf(left);
  countdownEl.dataset.running = String(timer.view.running);
  toggleButton.textContent = timer.view.running ? 'Pause' : left === timer.view.durationMs ? 'Start' : 'Resume';
  // Screen readers hear the minute marks, not every second.
  const minute = Math.ceil(left / 60_000);
  if (timer.view.running && minute !== lastAnnouncedMinute) {
    if (lastAnnouncedMinute !== undefined) announceEl.textContent = left > 0 ? `${minute} minute${minute === 1 ? '' : 's'} left` : 'Time is up';
    lastAnnouncedMinute = minute;
  }
}

function receive(message: ToWebview): void {
  switch (message.type) {
    case 'question':
      showQuestion(message.question);
      return;
    case 'timer':
      timer = { view: message.timer, receivedAt: Date.now() };
      drawTimer();
      return;
    case 'answer': {
      const answer = $('answer');
      setHtml(answer, message.html);
      answer.hidden = false;
      $<HTMLButtonElement>('reveal').disabled = true;
      answer.focus();
      return;
    }
    case 'hint': {
      const hint = document.createElement('div');
      hint.className = 'hint';
      setHtml(hint, `<strong>Hint ${message.index + 1}.</strong> ${message.html}`);
      $('hints').append(hint);
      return;
    }
  }
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToWebview(event.data)) receive(event.data);
});

toggleButton.addEventListener('click', () => send({ type: 'timer', action: timer?.view.running ? 'pause' : 'start' }));
$('reset').addEventListener('click', () => send({ type: 'timer', action: 'reset' }));
$('reveal').addEventListener('click', () => send({ type: 'revealAnswer' }));
$('scaffold').addEventListener('click', () => send({ type: 'scaffold' }));
$('hint').addEventListener('click', () => {
  if (hintsShown >= hintCount) return;
  send({ type: 'revealHint', index: hintsShown++ });
  if (hintsShown >= hintCount) $<HTMLButtonElement>('hint').disabled = true;
});

const shortcuts: Record<string, string> = { p: 'toggle', r: 'reset', h: 'hint', a: 'reveal', e: 'scaffold' };
window.addEventListener('keydown', (event) => {
  if (!event.altKey || event.ctrlKey || event.metaKey) return;
  const target = shortcuts[event.key.toLowerCase()];
  const button = target ? $<HTMLButtonElement>(target) : undefined;
  if (button && !button.hidden && !button.disabled) {
    event.preventDefault();
    button.click();
  }
});

setInterval(drawTimer, 250);
send({ type: 'ready' });

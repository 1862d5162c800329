// The dashboard webview: draws the host's DashboardData as inline SVG built with DOM calls (data
// never passes through markup), coloured only by the theme's --vscode-* variables via classes in
// media/webview/dashboard.css. It reports `rendered` after each drawing.
import type { RecallRow } from '../../progress/interviewRecall';
import type { AreaTrend, DashboardData, DayCount, ExerciseRun, MasteryRow } from '../../progress/stats';
import { HEATMAP_WEEKS, READINESS_THRESHOLDS, TREND_WEEKS } from '../../progress/stats';
import type { InterviewView } from '../interviewView';
import { isToDashboard, type FromDashboard } from '../messages';

interface VsCodeApi {
  postMessage(message: FromDashboard): void;
  setState(state: { view: 'dashboard' }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
// Saved state is what lets VS Code restore the panel (through the host's serializer) after a reload.
vscode.setState({ view: 'dashboard' });

const SVG_NS = 'http://www.w3.org/2000/svg';
const STATUSES = ['mastered', 'learning', 'due', 'new'] as const;

type Attributes = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Node[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** A <title> child: the tooltip of an SVG shape. */
const tooltip = (text: string) => svg('title', {}, document.createTextNode(text));
const $ = (id: string): HTMLElement => document.getElementById(id)!;
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function longDate(date: string): string {
  return utcDate(date).toLocaleDateString(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

// ---------------------------------------------------------------------------------------------
// Activity

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
const LEFT = 30;
const TOP = 16;

/** 0 for no attempts, then 1-4 by share of the busiest day: each level is a fill-opacity in the CSS. */
function levelOf(count: number, max: number): number {
  return count === 0 ? 0 : Math.max(1, Math.ceil((count / max) * 4));
}

function drawHeatmap(days: readonly DayCount[]): HTMLElement {
  const weeks = Math.max(1, Math.ceil(days.length / 7));
  const max = Math.max(1, ...days.map((day) => day.count));
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const active = days.filter((day) => day.count > 0).length;
  const busiest = days.reduce<DayCount | undefined>((best, day) => (day.count > (best?.count ?? 0) ? day : best), undefined);
  const summary =
    `Activity over the last ${HEATMAP_WEEKS} weeks: ${plural(total, 'attempt')} on ${plural(active, 'day')}` +
    (busiest ? `; the busiest day was ${longDate(busiest.date)} with ${plural(busiest.count, 'attempt')}.` : '.');

  const chart = svg('svg', {
    class: 'heatmap-chart',
    role: 'img',
    'aria-label': summary,
    width: LEFT + weeks * STEP,
    height: TOP + 7 * STEP,
    viewBox: `0 0 ${LEFT + weeks * STEP} ${TOP + 7 * STEP}`,
  });
  for (const [row, name] of [
    [0, 'Mon'],
    [2, 'Wed'],
    [4, 'Fri'],
  ] as const) {
    chart.append(svg('text', { class: 'axis-label', x: 0, y: TOP + row * STEP + CELL - 1 }, document.createTextNode(name)));
  }
  // The first entry is a Monday: entry i sits in week column i / 7, weekday row i % 7.
  let lastMonth = -1;
  days.forEach((day, index) => {
    const column = Math.floor(index / 7);
    const row = index % 7;
    const date = utcDate(day.date);
    if (row === 0 && date.getUTCMonth() !== lastMonth) {
      lastMonth = date.getUTCMonth();
      if (column < weeks - 1)
        chart.append(
          svg(
            'text',
            { class: 'axis-label', x: LEFT + column * STEP, y: TOP - 5 },
            document.createTextNode(date.toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' })),
          ),
        );
    }
    chart.append(
      svg(
        'rect',
        { class: `heat-cell level-${levelOf(day.count, max)}`, x: LEFT + column * STEP, y: TOP + row * STEP, width: CELL, height: CELL, rx: 2 },
        tooltip(`${day.count === 0 ? 'No attempts' : plural(day.count, 'attempt')} on ${longDate(day.date)}`),
      ),
    );
  });

  const legend = el('div', 'heatmap-legend');
  legend.setAttribute('aria-hidden', 'true');
  const swatches = svg('svg', { width: 5 * STEP, height: CELL, viewBox: `0 0 ${5 * STEP} ${CELL}` });
  for (let level = 0; level <= 4; level++)
    swatches.append(svg('rect', { class: `heat-cell level-${level}`, x: level * STEP, y: 0, width: CELL, height: CELL, rx: 2 }));
  legend.append(el('span', 'muted', 'Less'), swatches, el('span', 'muted', 'More'));
  return el('div', 'heatmap-box', chart, legend);
}

function drawStreaks(data: DashboardData): HTMLElement[] {
  const { current, longest, practisedToday } = data.streaks;
  const note = current === 0 ? 'Practise today to start one.' : practisedToday ? 'Practised today.' : 'Practise today to keep it going.';
  const tile = (label: string, value: string, detail: string) =>
    el('div', 'tile', el('div', 'tile-value', value), el('div', 'tile-label', label), el('div', 'tile-detail muted', detail));
  return [
    tile('Current streak', plural(current, 'day'), note),
    tile('Longest streak', plural(longest, 'day'), `${plural(data.totals.activeDays, 'day')} with practice in all`),
  ];
}

// ---------------------------------------------------------------------------------------------
// Scores by area

const CHART_WIDTH = 320;
const CHART_HEIGHT = 160;
const PAD = { left: 30, right: 10, top: 10, bottom: 22 };

function drawArea(trend: AreaTrend): HTMLElement {
  const plotWidth = CHART_WIDTH - PAD.left - PAD.right;
  const plotHeight = CHART_HEIGHT - PAD.top - PAD.bottom;
  const weeks = trend.weeks.length || TREND_WEEKS;
  const x = (index: number) => PAD.left + (weeks === 1 ? plotWidth / 2 : (index / (weeks - 1)) * plotWidth);
  const y = (score: number) => PAD.top + (1 - score / 10) * plotHeight;

  const scored = trend.weeks.map((week, index) => ({ week, index })).filter(({ week }) => week.average !== null);
  const rolling = trend.rolling;
  const headline = rolling ? `${rolling.average.toFixed(1)} · ${rolling.band}` : 'No scores yet';
  const described = scored.length > 0 ? scored.map(({ week }) => `${week.week} ${week.average!.toFixed(1)}`).join(', ') : 'no scored attempts in these weeks';
  const label =
    `${trend.area}, weekly average score over the last ${weeks} weeks: ${described}.` +
    (rolling ? ` Average of the latest ${plural(rolling.count, 'attempt')}: ${rolling.average.toFixed(1)}, ${rolling.band}.` : '');

  const chart = svg('svg', {
    class: 'trend-chart',
    role: 'img',
    'aria-label': label,
    viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`,
    preserveAspectRatio: 'xMidYMid meet',
  });
  chart.append(svg('rect', { class: 'plot-frame', x: PAD.left, y: PAD.top, width: plotWidth, height: plotHeight }));
  for (const [name, value] of [
    ['developing', READINESS_THRESHOLDS.developing],
    ['good', READINESS_THRESHOLDS.good],
    ['excellent', READINESS_THRESHOLDS.excellent],
  ] as const) {
    chart.append(
      svg('line', { class: `band-line band-${name}`, x1: PAD.left, x2: PAD.left + plotWidth, y1: y(value), y2: y(value) }, tooltip(`${value}: ${name}`)),
    );
  }
  for (const value of [0, READINESS_THRESHOLDS.developing, READINESS_THRESHOLDS.good, READINESS_THRESHOLDS.excellent, 10]) {
    chart.append(svg('text', { class: 'axis-label', x: PAD.left - 4, y: y(value) + 3, 'text-anchor': 'end' }, document.createTextNode(String(value))));
  }
  const first = trend.weeks[0];
  const last = trend.weeks[trend.weeks.length - 1];
  if (first) chart.append(svg('text', { class: 'axis-label', x: PAD.left, y: CHART_HEIGHT - 6 }, document.createTextNode(first.week)));
  if (last && last !== first)
    chart.append(svg('text', { class: 'axis-label', x: PAD.left + plotWidth, y: CHART_HEIGHT - 6, 'text-anchor': 'end' }, document.createTextNode(last.week)));

  // Weeks without scores break the line rather than being drawn as zero.
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) chart.append(svg('polyline', { class: 'trend-line', points: run.join(' ') }));
    run = [];
  };
  trend.weeks.forEach((week, index) => {
    if (week.average === null) flush();
    else run.push(`${x(index)},${y(week.average)}`);
  });
  flush();
  for (const { week, index } of scored) {
    chart.append(
      svg(
        'circle',
        { class: 'trend-point', cx: x(index), cy: y(week.average!), r: 3.5 },
        tooltip(`${week.week} (from ${longDate(week.start)}): ${week.average!.toFixed(1)} average over ${plural(week.count, 'attempt')}`),
      ),
    );
  }

  const header = el(
    'div',
    'area-header',
    el('h3', undefined, trend.area),
    el('span', `area-score${rolling ? ` band-${rolling.band.replace(' ', '-')}` : ' muted'}`, headline),
  );
  const footnote = el(
    'div',
    'muted area-note',
    rolling ? `Average of the latest ${plural(rolling.count, 'scored attempt')}.` : 'Score an answer in this area to see a trend.',
  );
  return el('figure', 'area', header, chart, footnote);
}

// ---------------------------------------------------------------------------------------------
// Time and exercises

/** A labelled horizontal meter: segments as percentages of `total`, with the numbers in text beside it. */
function meter(label: string, total: number, segments: { className: string; value: number; title: string }[], text: string): HTMLElement {
  const bar = svg('svg', { class: 'meter', role: 'img', 'aria-label': `${label}: ${text}`, preserveAspectRatio: 'none' });
  bar.append(svg('rect', { class: 'meter-track', x: 0, y: 0, width: '100%', height: '100%' }));
  let offset = 0;
  for (const segment of segments) {
    const share = total > 0 ? Math.min(100 - offset, (segment.value / total) * 100) : 0;
    if (share <= 0) continue;
    bar.append(svg('rect', { class: segment.className, x: `${offset}%`, y: 0, width: `${share}%`, height: '100%' }, tooltip(segment.title)));
    offset += share;
  }
  return el('div', 'meter-row', el('div', 'meter-label', label), bar, el('div', 'meter-text', text));
}

function drawTime(data: DashboardData): HTMLElement[] {
  const { usedMs, allottedMs, ratio, attempts, overtime } = data.time;
  if (attempts === 0) return [el('h3', undefined, 'Time used vs allotted'), el('p', 'muted', 'No timed answers yet.')];
  const scale = Math.max(usedMs, allottedMs);
  const percent = ratio === null ? '' : ` (${Math.round(ratio * 100)}%)`;
  return [
    el('h3', undefined, 'Time used vs allotted'),
    meter(
      'Allotted',
      scale,
      [{ className: 'meter-allotted', value: allottedMs, title: `Allotted: ${formatDuration(allottedMs)}` }],
      formatDuration(allottedMs),
    ),
    meter(
      'Used',
      scale,
      [{ className: usedMs > allottedMs ? 'meter-over' : 'meter-used', value: usedMs, title: `Used: ${formatDuration(usedMs)}` }],
      `${formatDuration(usedMs)}${percent}`,
    ),
    el('p', 'muted', `${plural(overtime, 'answer')} of ${attempts} went over the allotted time.`),
  ];
}

/** "5/7 passing" when the run's report gave the cases, else only whether it passed. */
function runResult(run: ExerciseRun): string {
  if (run.casesTotal !== undefined && run.casesPassed !== undefined) return `${run.casesPassed}/${run.casesTotal} passing`;
  return run.passed ? 'passed' : 'failed';
}

function drawExercises(data: DashboardData): HTMLElement[] {
  const { passed, attempted, total, lastRuns } = data.exercises;
  if (total === 0) return [el('h3', undefined, 'Exercises'), el('p', 'muted', 'No exercises are loaded.')];
  const blocks: HTMLElement[] = [
    el('h3', undefined, 'Exercises'),
    meter(
      'Passed',
      total,
      [
        { className: 'status-mastered', value: passed, title: `${passed} passed` },
        { className: 'status-learning', value: attempted - passed, title: `${attempted - passed} tried, not passed yet` },
      ],
      `${passed} of ${total} passed · ${attempted} tried`,
    ),
  ];
  if (lastRuns.length > 0) {
    blocks.push(
      el(
        'ul',
        'exercise-runs',
        ...lastRuns.map((run) =>
          el(
            'li',
            run.passed ? 'run-passed' : 'run-failed',
            el('strong', undefined, run.title),
            run.language ? el('span', 'muted', ` (${run.language})`) : '',
            ` — ${runResult(run)}`,
            el('span', 'muted', ` · last run ${longDate(run.date)}`),
          ),
        ),
      ),
    );
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// Mastery

const STATUS_LABELS: Readonly<Record<(typeof STATUSES)[number], string>> = { mastered: 'mastered', learning: 'learning', due: 'due', new: 'new' };

function describeRow(row: MasteryRow): string {
  return `${plural(row.total, 'question')}: ${STATUSES.map((status) => `${row[status]} ${STATUS_LABELS[status]}`).join(', ')}`;
}

function masteryBar(row: MasteryRow): SVGSVGElement {
  const bar = svg('svg', { class: 'meter', 'aria-hidden': 'true', preserveAspectRatio: 'none' });
  bar.append(svg('rect', { class: 'meter-track', x: 0, y: 0, width: '100%', height: '100%' }));
  let offset = 0;
  for (const status of STATUSES) {
    const share = row.total > 0 ? (row[status] / row.total) * 100 : 0;
    if (share <= 0) continue;
    bar.append(
      svg('rect', { class: `status-${status}`, x: `${offset}%`, y: 0, width: `${share}%`, height: '100%' }, tooltip(`${row[status]} ${STATUS_LABELS[status]}`)),
    );
    offset += share;
  }
  return bar;
}

function masteryText(row: MasteryRow): HTMLElement {
  return el(
    'span',
    'mastery-text',
    `${row.mastered}/${row.total} mastered${row.due > 0 ? ` · ${row.due} due` : ''}${row.learning > 0 ? ` · ${row.learning} learning` : ''}`,
  );
}

function drawRoles(rows: readonly MasteryRow[]): HTMLElement[] {
  return rows.map((row) => {
    const line = el('div', 'mastery-row', el('span', 'mastery-name', row.name), masteryBar(row), masteryText(row));
    line.setAttribute('role', 'group');
    line.setAttribute('aria-label', `${row.name}, ${describeRow(row)}`);
    return line;
  });
}

function drawTopics(rows: readonly MasteryRow[]): HTMLElement[] {
  return rows.map((row) => {
    // The name comes from the visible text, with what the bar shows added for screen readers, so
    // speech control ("click A/B testing") finds the button by what it shows.
    const button = el(
      'button',
      'mastery-row topic',
      el('span', 'visually-hidden', 'Drill '),
      el('span', 'mastery-name', row.name),
      masteryBar(row),
      masteryText(row),
      el('span', 'visually-hidden', `. ${describeRow(row)}`),
    );
    button.type = 'button';
    button.dataset.topic = row.name;
    button.title = `Drill ${row.name}`;
    button.addEventListener('click', () => send({ type: 'drillTopic', topic: row.name }));
    return button;
  });
}

function drawLegends(): void {
  for (const legend of document.querySelectorAll<HTMLElement>('[data-legend="status"]')) {
    legend.replaceChildren(
      ...STATUSES.map((status) => {
        const swatch = svg(
          'svg',
          { class: 'swatch', width: 10, height: 10, viewBox: '0 0 10 10', 'aria-hidden': 'true' },
          svg('rect', { class: `status-${status}`, x: 0, y: 0, width: 10, height: 10, rx: 2 }),
        );
        return el('span', 'legend-item', swatch, STATUS_LABELS[status]);
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Ready on the day

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** A recall bar (decorative: the percentage is in the text beside it) with a mark where recall counts as weak. */
function recallBar(recall: number, weakRecall: number): SVGSVGElement {
  const bar = svg('svg', { class: 'meter', 'aria-hidden': 'true', preserveAspectRatio: 'none' });
  bar.append(svg('rect', { class: 'meter-track', x: 0, y: 0, width: '100%', height: '100%' }));
  bar.append(
    svg('rect', {
      class: `recall-fill${recall < weakRecall ? ' weak' : ''}`,
      x: 0,
      y: 0,
      width: `${Math.max(0, Math.min(100, recall * 100))}%`,
      height: '100%',
    }),
  );
  bar.append(svg('line', { class: 'recall-mark', x1: `${weakRecall * 100}%`, x2: `${weakRecall * 100}%`, y1: 0, y2: '100%' }));
  return bar;
}

function scoreText(row: RecallRow): HTMLElement {
  if (!row.score) return el('span', 'muted', 'no scores yet');
  const text = el('span', `score band-${row.score.band.replace(' ', '-')}`, `${row.score.average.toFixed(1)} · ${row.score.band}`);
  text.title = `Mean of the latest ${plural(row.score.count, 'score')}`;
  return text;
}

function drillButton(topic: string, label = 'Drill'): HTMLButtonElement {
  const button = el('button', 'drill', label);
  button.type = 'button';
  button.dataset.focusKey = `drill:${topic}`;
  button.setAttribute('aria-label', `Drill ${topic}`);
  button.addEventListener('click', () => send({ type: 'drillTopic', topic }));
  return button;
}

/** A table: one row per role or topic, the predicted recall as a bar with its value in text. */
function recallTable(rows: readonly RecallRow[], label: string, labelledBy: string, drill: boolean, weakRecall: number): HTMLTableElement {
  const table = el('table', 'recall-table');
  table.setAttribute('aria-labelledby', labelledBy);
  const head = el(
    'tr',
    undefined,
    ...[
      label,
      'Predicted recall',
      'Practised',
      `Weak (under ${percent(weakRecall)})`,
      'Self-assessed',
      ...(drill ? [el('span', 'visually-hidden', 'Drill')] : []),
    ].map((name) => {
      const cell = el('th', undefined, name);
      cell.scope = 'col';
      return cell;
    }),
  );
  const body = el('tbody');
  for (const row of rows) {
    const name = el('th', undefined, row.name);
    name.scope = 'row';
    const recall = el('td', undefined, el('div', 'recall-cell', recallBar(row.recall, weakRecall), el('span', 'recall-value', percent(row.recall))));
    const cells: HTMLElement[] = [
      name,
      recall,
      el('td', undefined, `${row.practised} of ${row.questions}`),
      el('td', undefined, String(row.weak)),
      el('td', undefined, scoreText(row)),
    ];
    if (drill) cells.push(el('td', undefined, drillButton(row.name)));
    body.append(el('tr', undefined, ...cells));
  }
  table.append(el('thead', undefined, head), body);
  return table;
}

function drawInterview(view: InterviewView | null): void {
  $('interview').hidden = false;
  const passed = view !== null && view.daysLeft < 0;
  $('interview-none').hidden = view !== null && !passed;
  $('interview-some').hidden = view === null || passed;
  if (view === null || passed) {
    $('interview-none-text').textContent = view === null ? 'No interview date yet.' : `Your interview on ${longDate(view.interviewDate)} has passed.`;
    $('plan-interview').textContent = view === null ? 'Plan for an Interview…' : 'Plan for the Next Interview…';
    return;
  }
  const { forecast } = view;
  const overall = forecast.overall;
  const when = view.daysLeft === 0 ? 'today' : `in ${plural(view.daysLeft, 'day')}`;
  const unseen = overall.questions - overall.practised;
  $('interview-summary').replaceChildren(
    `Interview on ${longDate(view.interviewDate)}, ${when}${forecast.roles.length > 0 ? `, for ${forecast.roles.join(', ')}` : ''}. Predicted recall on the day: `,
    el('strong', undefined, percent(overall.recall)),
    ` over ${plural(overall.questions, 'question')} (${overall.practised} practised${unseen > 0 ? `; the ${unseen} never practised count at ${percent(view.unseenRecall)}` : ''}).`,
    ...(view.laidOut > 0 && view.daysLeft > 0 ? [` Following the plan's next ${plural(view.laidOut, 'day')}: about ${percent(view.followed)}.`] : []),
  );
  $('recall-note').textContent =
    `Weakest first. Recall is FSRS's forecast for ${new Date(forecast.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })} on the interview day; a question never practised counts at ${percent(view.unseenRecall)}. Beside it: the mean of your latest self-assessed scores on the topic, with its readiness band.`;
  $('recall-roles').replaceChildren(recallTable(forecast.byRole, 'Role', 'recall-roles-heading', false, view.weakRecall));
  const weakest = forecast.weakestTopics.flatMap((name) => forecast.byTopic.filter((row) => row.name === name));
  const list = el(
    'ul',
    'weakest-list',
    ...weakest.map((row) =>
      el(
        'li',
        undefined,
        el('strong', undefined, row.name),
        ` — ${percent(row.recall)} predicted, ${row.weak} of ${row.questions} weak`,
        drillButton(row.name),
      ),
    ),
  );
  const these = el('button', 'action', `Drill These ${plural(forecast.weakestQuestionIds.length, 'Question')}`);
  these.type = 'button';
  these.id = 'drill-weakest';
  these.dataset.focusKey = 'drill-weakest';
  these.title = 'A timed drill over the questions of these topics with the lowest predicted recall on the day';
  these.addEventListener('click', () => send({ type: 'drillWeakest' }));
  $('weakest').replaceChildren(
    ...(weakest.length > 0
      ? [list, ...(forecast.weakestQuestionIds.length > 0 ? [these] : [])]
      : [el('p', 'muted', 'No questions of these roles are loaded.')]),
  );
  const byRecall = [...forecast.byTopic].sort((a, b) => a.recall - b.recall || (a.name < b.name ? -1 : 1));
  $('recall-topics').replaceChildren(recallTable(byRecall, 'Topic', 'recall-topics-heading', true, view.weakRecall));

  const items = view.todayItems.map((item) => el('li', undefined, el('span', undefined, item.title), el('span', 'plan-line', item.line)));
  const today: HTMLElement[] =
    items.length > 0
      ? [
          el(
            'p',
            undefined,
            `${plural(items.length, 'item')} left today (at most ${view.dailyItems} a day; the setting Daily Plan Items changes it). Start them from the status bar or with Start Today's Plan.`,
          ),
          el('ol', 'plan-list', ...items),
        ]
      : [el('p', 'muted', "Nothing left in today's plan.")];
  if (view.mock) today.push(el('p', undefined, "Today also has a full mock interview: Start Today's Plan offers it."));
  if (view.days.length > 0) {
    const details = el(
      'details',
      'days',
      el('summary', undefined, `The next ${plural(view.days.length, 'day')}`),
      el('ul', 'plan-list', ...view.days.map((day) => el('li', undefined, day.line))),
    );
    today.push(details);
  }
  $('today-plan').replaceChildren(...today);
}

// ---------------------------------------------------------------------------------------------

function send(message: FromDashboard): void {
  vscode.postMessage(message);
}

function render(data: DashboardData, interview: InterviewView | null): void {
  const { attempts, questionsPractised, activeDays } = data.totals;
  const total = el('strong', undefined, String(attempts));
  total.id = 'total-attempts';
  $('summary').replaceChildren(
    total,
    ` ${attempts === 1 ? 'attempt' : 'attempts'} on ${plural(activeDays, 'day')} · ${plural(questionsPractised, 'question')} practised`,
  );

  // A refresh redraws the topic buttons: keep keyboard focus on the same topic.
  const focused = document.activeElement instanceof HTMLButtonElement ? document.activeElement.dataset.topic : undefined;
  const focusKey = document.activeElement instanceof HTMLButtonElement ? document.activeElement.dataset.focusKey : undefined;
  drawInterview(interview);
  if (focusKey !== undefined)
    [...document.querySelectorAll<HTMLButtonElement>('button[data-focus-key]')].find((button) => button.dataset.focusKey === focusKey)?.focus();
  const empty = attempts === 0;
  $('empty').hidden = !empty;
  $('content').hidden = empty;
  if (!empty) {
    $('streaks').replaceChildren(...drawStreaks(data));
    $('heatmap').replaceChildren(drawHeatmap(data.heatmap));
    $('areas').replaceChildren(...data.areas.map(drawArea));
    $('time').replaceChildren(...drawTime(data));
    $('exercises').replaceChildren(...drawExercises(data));
    $('roles').replaceChildren(...drawRoles(data.masteryByRole));
    $('topics').replaceChildren(...drawTopics(data.masteryByTopic));
    if (focused !== undefined) [...document.querySelectorAll<HTMLButtonElement>('button.topic')].find((button) => button.dataset.topic === focused)?.focus();
  }
  $('app').setAttribute('aria-busy', 'false');
  send({ type: 'rendered', attempts });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (isToDashboard(event.data)) render(event.data.data, event.data.interview);
});

drawLegends();
$('plan-interview').addEventListener('click', () => send({ type: 'planInterview' }));
send({ type: 'ready' });

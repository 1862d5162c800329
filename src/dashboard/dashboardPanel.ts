// The progress dashboard's host side: one webview panel that draws what `getData` computes. The
// webview keeps nothing of its own; whenever it (re)loads it says `ready` and gets fresh data.
import * as vscode from 'vscode';
import { attachPanel, webviewOptions, webviewPage, type WebviewAssets } from '../webviewPage';
import { Panels } from '../ids';
import type { DashboardData } from '../progress/stats';
import { isFromDashboard, type FromDashboard, type ToDashboard } from './messages';

/** This panel's script and stylesheet. */
const ASSETS: WebviewAssets = { script: 'dashboard.js', style: 'dashboard.css' };

export const DASHBOARD_VIEW_TYPE = Panels.dashboard;
const TITLE = 'Interview Prep: Progress';

export class DashboardPanel implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private ready = false;
  /** What the webview was last sent: drill requests are checked against its topics. */
  private shown: DashboardData | undefined;
  /** Bumped on every fetch, so a slow fetch never overwrites a newer one. */
  private generation = 0;
  private readonly rendered = new vscode.EventEmitter<{ attempts: number }>();
  /** Fires each time the webview has drawn the data it was sent (tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly getData: () => Promise<DashboardData>,
    private readonly onDrillTopic: (topic: string) => void,
  ) {}

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens the dashboard, or brings it forward with fresh data. */
  show(): void {
    if (this.panel) {
      this.panel.reveal();
      void this.refresh();
      return;
    }
    this.attach(vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, TITLE, vscode.ViewColumn.Active, webviewOptions(this.context.extensionUri)));
  }

  /** Sends fresh data if the dashboard is open; one still loading gets it when it says `ready`. */
  async refresh(): Promise<void> {
    if (!this.panel || !this.ready) return;
    const generation = ++this.generation;
    let data: DashboardData;
    try {
      data = await this.getData();
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: could not compute the dashboard: ${(error as Error).message}`);
      return;
    }
    if (generation !== this.generation || !this.panel || !this.ready) return;
    this.shown = data;
    const message: ToDashboard = { type: 'data', data };
    await this.panel.webview.postMessage(message);
  }

  /** Restores the panel after a reload (register with `registerWebviewPanelSerializer`). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(this.context.extensionUri);
    this.attach(panel);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.title = TITLE;
    this.panelDisposables.push(...attachPanel(panel, this.context.extensionUri, this.html(panel.webview), {
      message: (message) => this.receive(message),
      hidden: () => {
        this.ready = false;
      },
      disposed: () => this.detach(),
    }));
  }

  private detach(): void {
    for (const disposable of this.panelDisposables) disposable.dispose();
    this.panelDisposables = [];
    this.panel = undefined;
    this.ready = false;
    this.shown = undefined;
  }

  private receive(message: unknown): void {
    if (!isFromDashboard(message)) {
      console.warn('Interview Prep: ignored a malformed message from the dashboard webview');
      return;
    }
    this.handle(message);
  }

  private handle(message: FromDashboard): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        void this.refresh();
        return;
      case 'rendered':
        this.rendered.fire({ attempts: message.attempts });
        return;
      case 'drillTopic':
        // Only a topic the dashboard shows: the webview is not trusted to name arbitrary ones.
        if (this.shown?.masteryByTopic.some((row) => row.name === message.topic)) this.onDrillTopic(message.topic);
        else console.warn('Interview Prep: ignored a drill request for a topic the dashboard does not show');
        return;
    }
  }

  private html(webview: vscode.Webview): string {
    return webviewPage(webview, this.context.extensionUri, { title: TITLE, ...ASSETS, body: `
<main id="app" aria-busy="true">
  <header class="dashboard-header">
    <h1>Progress</h1>
    <p id="summary" class="muted" aria-live="polite">Loading…</p>
  </header>
  <section id="empty" class="empty" hidden aria-label="No practice yet">
    <p>No attempts yet — start a drill</p>
    <p class="muted">Open a question from the Questions view, or use <em>Interview Prep: Start Drill…</em>. Your activity, streaks and scores will appear here.</p>
  </section>
  <div id="content" hidden>
    <section class="card" aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <div id="streaks" class="tiles"></div>
      <div id="heatmap" class="heatmap"></div>
    </section>
    <section class="card" aria-labelledby="areas-heading">
      <h2 id="areas-heading">Scores by area</h2>
      <p class="muted">Weekly average self-assessment, 0-10, over the last 12 weeks. Dashed lines mark the readiness bands: 8.5 excellent, 7 good, 5.5 developing.</p>
      <div id="areas" class="areas"></div>
    </section>
    <section class="card" aria-labelledby="time-heading">
      <h2 id="time-heading">Time and exercises</h2>
      <div id="time" class="meter-block"></div>
      <div id="exercises" class="meter-block"></div>
    </section>
    <section class="card" aria-labelledby="roles-heading">
      <h2 id="roles-heading">Mastery by role</h2>
      <div class="legend" data-legend="status"></div>
      <div id="roles" class="mastery"></div>
    </section>
    <section class="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Mastery by topic</h2>
      <p class="muted">Select a topic to drill it.</p>
      <div class="legend" data-legend="status"></div>
      <div id="topics" class="mastery"></div>
    </section>
  </div>
</main>
` });
  }

  dispose(): void {
    this.panel?.dispose();
    this.detach();
    this.rendered.dispose();
  }
}

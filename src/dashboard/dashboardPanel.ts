// The progress dashboard's host side: one webview panel that draws what `getData` computes. The
// webview keeps nothing of its own; whenever it (re)loads it says `ready` and gets fresh data.
import * as vscode from 'vscode';
import { Panels } from '../ids';
import { WebviewHost } from '../webview/webviewHost';
import type { DashboardPayload } from './dashboardData';
import { DASHBOARD_BODY } from './dashboardPage';
import { isFromDashboard, type FromDashboard, type ToDashboard } from './messages';

const TITLE = 'Interview Prep: Progress';

export class DashboardPanel extends WebviewHost<ToDashboard, FromDashboard> {
  /** What the webview was last sent: drill requests are checked against its topics. */
  private shown: DashboardPayload | undefined;
  /** Bumped on every fetch, so a slow fetch never overwrites a newer one. */
  private generation = 0;
  private readonly rendered = this.register(new vscode.EventEmitter<{ attempts: number }>());
  /** Fires each time the webview has drawn the data it was sent (tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    extensionUri: vscode.Uri,
    private readonly getData: () => Promise<DashboardPayload>,
    private readonly actions: {
      drillTopic: (topic: string) => void;
      /** A drill over these question ids, in this order (the weakest on the interview day). */
      drillQuestions: (title: string, ids: readonly string[]) => void;
      planInterview: () => void;
    },
  ) {
    super(extensionUri, {
      viewType: Panels.dashboard,
      assets: { script: 'dashboard.js', style: 'dashboard.css' },
      pageTitle: TITLE,
      body: DASHBOARD_BODY,
      isMessage: isFromDashboard,
      name: 'dashboard',
    });
  }

  /** Opens the dashboard, or brings it forward with fresh data. */
  show(): void {
    if (!this.openPanel(TITLE)) void this.refresh();
  }

  /** Sends fresh data if the dashboard is open; one still loading gets it when it says `ready`. */
  async refresh(): Promise<void> {
    if (!this.isReady) return;
    const generation = ++this.generation;
    let data: DashboardPayload;
    try {
      data = await this.getData();
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: could not compute the dashboard: ${(error as Error).message}`);
      return;
    }
    if (generation !== this.generation || !this.isReady) return;
    this.shown = data;
    this.post({ type: 'data', data: data.data, interview: data.interview });
  }

  /** Restores the panel after a reload (register with `registerWebviewPanelSerializer`). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    if (this.isOpen) {
      panel.dispose();
      return;
    }
    panel.title = TITLE;
    this.adopt(panel);
  }

  protected onReady(): void {
    void this.refresh();
  }

  protected onClosed(): void {
    this.shown = undefined;
  }

  protected onMessage(message: Exclude<FromDashboard, { type: 'ready' }>): void {
    switch (message.type) {
      case 'rendered':
        this.rendered.fire({ attempts: message.attempts });
        return;
      case 'drillTopic':
        // Only a topic the dashboard shows: the webview is not trusted to name arbitrary ones.
        if (this.shown?.data.masteryByTopic.some((row) => row.name === message.topic)) this.actions.drillTopic(message.topic);
        else console.warn('Interview Prep: ignored a drill request for a topic the dashboard does not show');
        return;
      case 'drillWeakest': {
        // The questions the host sent, not any the webview names.
        const ids = this.shown?.interview?.forecast.weakestQuestionIds ?? [];
        if (ids.length > 0) this.actions.drillQuestions('Drill: weakest on the interview day', ids);
        return;
      }
      case 'planInterview':
        this.actions.planInterview();
        return;
    }
  }
}

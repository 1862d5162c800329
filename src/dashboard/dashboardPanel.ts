// The progress dashboard's host side: one webview panel that draws what `getData` computes. The
// webview keeps nothing of its own; whenever it (re)loads it says `ready` and gets fresh data.
import * as vscode from 'vscode';
import { Panels } from '../ids';
import type { DashboardData } from '../progress/stats';
import { WebviewHost } from '../webview/webviewHost';
import { DASHBOARD_BODY } from './dashboardPage';
import { isFromDashboard, type FromDashboard, type ToDashboard } from './messages';

const TITLE = 'Interview Prep: Progress';

export class DashboardPanel extends WebviewHost<ToDashboard, FromDashboard> {
  /** What the webview was last sent: drill requests are checked against its topics. */
  private shown: DashboardData | undefined;
  /** Bumped on every fetch, so a slow fetch never overwrites a newer one. */
  private generation = 0;
  private readonly rendered = this.register(new vscode.EventEmitter<{ attempts: number }>());
  /** Fires each time the webview has drawn the data it was sent (tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(
    extensionUri: vscode.Uri,
    private readonly getData: () => Promise<DashboardData>,
    private readonly onDrillTopic: (topic: string) => void,
  ) {
    super(extensionUri, { viewType: Panels.dashboard, assets: { script: 'dashboard.js', style: 'dashboard.css' }, pageTitle: TITLE, body: DASHBOARD_BODY, isMessage: isFromDashboard, name: 'dashboard' });
  }

  /** Opens the dashboard, or brings it forward with fresh data. */
  show(): void {
    if (!this.openPanel(TITLE)) void this.refresh();
  }

  /** Sends fresh data if the dashboard is open; one still loading gets it when it says `ready`. */
  async refresh(): Promise<void> {
    if (!this.isReady) return;
    const generation = ++this.generation;
    let data: DashboardData;
    try {
      data = await this.getData();
    } catch (error) {
      void vscode.window.showErrorMessage(`Interview Prep: could not compute the dashboard: ${(error as Error).message}`);
      return;
    }
    if (generation !== this.generation || !this.isReady) return;
    this.shown = data;
    this.post({ type: 'data', data });
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
        if (this.shown?.masteryByTopic.some((row) => row.name === message.topic)) this.onDrillTopic(message.topic);
        else console.warn('Interview Prep: ignored a drill request for a topic the dashboard does not show');
        return;
    }
  }
}

// The host side every webview panel shares: one panel at a time, the page, the `ready` handshake
// (messages posted before it are queued), a guard on every message received, and the panel's
// listeners owned for as long as the panel lives. A hidden webview is torn down by VS Code and says
// `ready` again when it is rebuilt.
import * as vscode from 'vscode';
import { Disposable, DisposableGroup } from '../common/disposable';
import { webviewOptions, webviewPage, type WebviewAssets } from './webviewPage';

export interface PanelSpec<From> {
  viewType: string;
  assets: WebviewAssets;
  /** The page's `<title>`. */
  pageTitle: string;
  /** Static markup; everything that varies arrives by message. */
  body: string;
  /** Checks a message from the webview before anything acts on it. */
  isMessage(value: unknown): value is From;
  /** Names the panel in warnings, e.g. "drill". */
  name: string;
}

type Ready = { type: 'ready' };

export abstract class WebviewHost<To, From extends { type: string }> extends Disposable implements vscode.WebviewPanelSerializer {
  private panel: vscode.WebviewPanel | undefined;
  private readonly panelListeners = this.register(new DisposableGroup());
  private ready = false;
  private queue: To[] = [];

  constructor(
    protected readonly extensionUri: vscode.Uri,
    private readonly spec: PanelSpec<From>,
  ) {
    super();
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  protected get isReady(): boolean {
    return this.ready;
  }

  reveal(): void {
    this.panel?.reveal();
  }

  /** Opens the panel titled `title`, or brings the open one forward. Returns whether it was created now. */
  protected openPanel(title: string): boolean {
    if (this.panel) {
      this.panel.reveal();
      this.panel.title = title;
      return false;
    }
    this.attach(vscode.window.createWebviewPanel(this.spec.viewType, title, vscode.ViewColumn.Active, webviewOptions(this.extensionUri)));
    return true;
  }

  protected setTitle(title: string): void {
    if (this.panel) this.panel.title = title;
  }

  /** Takes over a panel VS Code restored after a reload (from `deserializeWebviewPanel`). */
  protected adopt(panel: vscode.WebviewPanel): void {
    panel.webview.options = webviewOptions(this.extensionUri);
    this.attach(panel);
  }

  protected closePanel(): void {
    this.panel?.dispose();
  }

  /** Sends at once to a ready webview, else queues until it says `ready`. */
  protected post(message: To): void {
    if (this.ready && this.panel) void this.panel.webview.postMessage(message);
    else this.queue.push(message);
  }

  /** The webview said `ready`; `queued` is what was posted before. */
  protected abstract onReady(queued: To[]): void | Promise<void>;

  protected abstract onMessage(message: Exclude<From, Ready>): void | Promise<void>;

  /** The user closed the panel (or it was disposed). */
  protected onClosed(): void {}

  abstract deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void>;

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    this.queue = [];
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = webviewPage(panel.webview, this.extensionUri, { title: this.spec.pageTitle, body: this.spec.body, ...this.spec.assets });
    this.panelListeners.add(panel.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)));
    this.panelListeners.add(panel.onDidDispose(() => this.detach()));
    this.panelListeners.add(
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
    );
  }

  private detach(): void {
    this.panelListeners.clear();
    this.panel = undefined;
    this.ready = false;
    this.queue = [];
    this.onClosed();
  }

  /**
   * Handles `message` exactly as if the webview had posted it, guard included, and resolves when the
   * host is done with it. The extension-host tests drive the host side this way.
   */
  deliver(message: unknown): Promise<void> {
    return this.receive(message);
  }

  private receive(message: unknown): Promise<void> {
    if (!this.spec.isMessage(message)) {
      console.warn(`Interview Prep: ignored a malformed message from the ${this.spec.name} webview`);
      return Promise.resolve();
    }
    let work: void | Promise<void>;
    if (message.type === 'ready') {
      this.ready = true;
      work = this.onReady(this.queue.splice(0));
    } else {
      work = this.onMessage(message as Exclude<From, Ready>);
    }
    return Promise.resolve(work).catch((error: Error) => {
      void vscode.window.showErrorMessage(`Interview Prep: ${error.message}`);
    });
  }

  dispose(): void {
    this.panel?.dispose();
    super.dispose();
  }
}

// How long a question takes to reach the screen, for the tree, the tests and the benchmarks: from the
// command that opened it, and to the webview's first message when that open created the webview. Pure.

export interface QuestionRendered {
  questionId: string;
  /** From the command to the question on screen. */
  renderMs: number;
  /** From the command to the webview's first message, when this open created it. */
  webviewMs?: number;
}

export class RenderTiming {
  private openedAt = 0;
  private readyAt = 0;

  /** A question was asked for (a command, or VS Code restoring the panel). */
  opened(now: number): void {
    this.openedAt = now;
  }

  /** The webview said `ready`. */
  ready(now: number): void {
    this.readyAt = now;
  }

  /** The webview has drawn `questionId`. */
  rendered(questionId: string, now: number): QuestionRendered {
    return { questionId, renderMs: now - this.openedAt, webviewMs: this.readyAt >= this.openedAt ? this.readyAt - this.openedAt : undefined };
  }
}

// A status-bar item that shows a running clock: redrawn every second from an absolute end time kept
// by its owner, so nothing drifts. The drill, the mock interview and the timed exercise each own one.
import * as vscode from 'vscode';
import { Disposable } from './disposable';
import { Delay, Ticker } from './timers';

export interface ClockFace {
  text: string;
  tooltip: string;
  /** Turns the item amber or red, as VS Code's own warnings and errors do. */
  alert?: 'warning' | 'error';
}

export class StatusClock extends Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly ticker = this.register(new Ticker(1000));
  private readonly hideLater = this.register(new Delay());

  constructor(id: string, name: string, priority: number, command?: string) {
    super();
    this.item = this.register(vscode.window.createStatusBarItem(id, vscode.StatusBarAlignment.Left, priority));
    this.item.name = name;
    this.item.command = command;
  }

  /** Shows `face()` now and every second until `stop` (a face of undefined leaves the last one). */
  run(face: () => ClockFace | undefined): void {
    this.hideLater.cancel();
    const draw = (): void => {
      const shown = face();
      if (shown) this.draw(shown);
    };
    draw();
    this.item.show();
    this.ticker.start(draw);
  }

  /** Stops the clock and hides it. */
  stop(): void {
    this.ticker.stop();
    this.hideLater.cancel();
    this.item.hide();
  }

  /** Stops the clock on a last face, shown for `forMs` before it hides (unless the clock runs again). */
  finish(last: ClockFace, forMs: number): void {
    this.ticker.stop();
    this.draw(last);
    this.item.show();
    this.hideLater.schedule(forMs, () => this.item.hide());
  }

  private draw(face: ClockFace): void {
    this.item.text = face.text;
    this.item.tooltip = face.tooltip;
    this.item.backgroundColor = face.alert
      ? new vscode.ThemeColor(face.alert === 'error' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground')
      : undefined;
  }
}

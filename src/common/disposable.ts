// Lifetimes: an object that owns disposables registers them once and disposes them all, last first,
// when it is disposed itself. Pure (no `vscode`): VS Code's disposables fit the shape.

export interface DisposableLike {
  dispose(): unknown;
}

/** Disposables that come and go together, such as one webview panel's listeners. */
export class DisposableGroup implements DisposableLike {
  private items: DisposableLike[] = [];

  add<T extends DisposableLike>(item: T): T {
    this.items.push(item);
    return item;
  }

  /** Disposes what the group holds now; the group itself stays usable. */
  clear(): void {
    for (const item of this.items.splice(0).reverse()) item.dispose();
  }

  dispose(): void {
    this.clear();
  }
}

export abstract class Disposable implements DisposableLike {
  private readonly owned = new DisposableGroup();
  private disposed = false;

  /** Owns `item` from now on; registered after disposal, it is disposed at once. */
  protected register<T extends DisposableLike>(item: T): T {
    if (this.disposed) item.dispose();
    else this.owned.add(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.owned.dispose();
  }
}

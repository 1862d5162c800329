// Runs a command in an exercise's integrated terminal and reads its exit code through shell
// integration (undefined when the shell does not report one).
import * as vscode from 'vscode';

/** How long a new terminal gets to report shell integration before the command is just typed in. */
const SHELL_INTEGRATION_WAIT_MS = 8000;

/** The exercise's own terminal: the open one of its name, or a new one in its folder. */
export function exerciseTerminal(exercise: string, folder: string): vscode.Terminal {
  const name = `Interview Prep: ${exercise}`;
  return (
    vscode.window.terminals.find((terminal) => terminal.name === name && terminal.exitStatus === undefined) ??
    vscode.window.createTerminal({ name, cwd: folder, iconPath: new vscode.ThemeIcon('beaker') })
  );
}

/** Runs a command through shell integration and resolves with its exit code (undefined without integration). */
export async function runInTerminal(terminal: vscode.Terminal, command: string): Promise<number | undefined> {
  const integration = terminal.shellIntegration ?? (await waitForShellIntegration(terminal, SHELL_INTEGRATION_WAIT_MS));
  if (!integration) {
    terminal.sendText(command, true);
    return undefined;
  }
  return new Promise((resolve) => {
    const execution = integration.executeCommand(command);
    const listener = vscode.window.onDidEndTerminalShellExecution((event) => {
      if (event.execution === execution) {
        listener.dispose();
        resolve(event.exitCode);
      }
    });
  });
}

function waitForShellIntegration(terminal: vscode.Terminal, timeoutMs: number): Promise<vscode.TerminalShellIntegration | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(undefined);
    }, timeoutMs);
    const listener = vscode.window.onDidChangeTerminalShellIntegration((event) => {
      if (event.terminal === terminal) {
        clearTimeout(timer);
        listener.dispose();
        resolve(event.shellIntegration);
      }
    });
  });
}

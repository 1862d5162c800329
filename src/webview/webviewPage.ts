// The page shell every webview panel of the extension shares: where it may load files from, and its
// strict Content Security Policy (scripts only by nonce, nothing remote).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';

/** A panel's two files: `script`, a bundle in dist/webview, and `style`, a stylesheet in media/webview (after base.css). */
export interface WebviewAssets {
  script: string;
  style: string;
}

/**
 * The webviews may load the webview bundles and stylesheets and nothing else of the extension's
 * files (roots are folders, so each holds webview files only).
 */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media', 'webview')],
  };
}

/** `body` is static markup. */
export function webviewPage(webview: vscode.Webview, extensionUri: vscode.Uri, page: WebviewAssets & { title: string; body: string }): string {
  const nonce = randomBytes(18).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', page.script));
  const base = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview', 'base.css'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'webview', page.style));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${base}">
<link rel="stylesheet" href="${style}">
<title>${page.title}</title>
</head>
<body>
${page.body.trim()}
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

// Markdown to HTML for the drill panel: marked, with math as MathML (KaTeX) and highlighted code.
// Pure (no `vscode`). The webview still sanitizes the result before it touches the DOM.
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import { Marked } from 'marked';
import { markedHighlight } from 'marked-highlight';
import markedKatex from 'marked-katex-extension';

for (const [name, language] of Object.entries({ bash, javascript, json, python, sql, typescript, yaml })) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'shell', 'console'], { languageName: 'bash' });
hljs.registerAliases(['py'], { languageName: 'python' });
hljs.registerAliases(['ts'], { languageName: 'typescript' });
hljs.registerAliases(['js'], { languageName: 'javascript' });

const marked = new Marked(
  markedHighlight({
    emptyLangClass: 'hljs',
    langPrefix: 'hljs language-',
    highlight(code, lang) {
      return lang && hljs.getLanguage(lang) ? hljs.highlight(code, { language: lang, ignoreIllegals: true }).value : escapeHtml(code);
    },
  }),
  // MathML needs no fonts and no inline styles, so the panel's CSP stays strict.
  markedKatex({ throwOnError: false, output: 'mathml', nonStandard: true }),
  { gfm: true },
);

export function renderMarkdown(markdown: string): string {
  try {
    return marked.parse(markdown, { async: false });
  } catch {
    // Nesting deep enough to exhaust the stack (thousands of `>` or `\frac{`) is shown as plain text.
    return `<pre>${escapeHtml(markdown)}</pre>`;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Markdown for one line of a list or a hint: rendered, without the paragraph around it. */
export function renderInline(markdown: string): string {
  return renderMarkdown(markdown).replace(/^<p>([\s\S]*)<\/p>\n?$/, '$1');
}

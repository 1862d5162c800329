// Banks from strangers: every hostile fixture shown without running anything or loading anything remote.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../../../scripts/vscode.mjs';
import { frameWith, pickQuickInput, runCommand, treeItem } from '../workbench.mjs';
import { timings, WAIT } from '../timeline.mjs';

export const spec = {
  name: 'hostile banks',
  needs: ['first run'],
  steps: ({ page, url, workspace, drill }) => [
    [
      'shows every hostile bank question without running its scripts or loading anything remote',
      async () => {
        // The body- and math- files of test/fixtures/hostile-bank carry scripts, handlers, remote CSS and
        // KaTeX escapes that would write "pwned" into the page's title or body if any of them ran.
        const source = join(ROOT, 'test', 'fixtures', 'hostile-bank');
        const target = join(workspace, '.interview-prep', 'questions', 'hostile');
        mkdirSync(target, { recursive: true });
        const hostile = readdirSync(source)
          .filter((name) => /^(body|math)-.*\.md$/.test(name))
          .map((name) => {
            const text = readFileSync(join(source, name), 'utf8');
            copyFileSync(join(source, name), join(target, name));
            // What a title with markup shows: the words after the tags (the tags show as characters).
            const title = /^title: "?(.*?)"?$/m
              .exec(text)[1]
              .replace(/<[^>]*>/g, '')
              .replace(/\\"/g, '"')
              .trim();
            return { name, title, topic: /^topic: "?(.*?)"?$/m.exec(text)[1] };
          });
        if (hostile.length < 10) throw new Error(`only ${hostile.length} hostile questions in the fixture`);
        // All of them load without a refresh, though they arrived with their folder in one go.
        // From the roles alone, whatever earlier specs left open (the tree draws only the rows in view).
        await page.getByRole('button', { name: 'Collapse All' }).first().click({ timeout: WAIT });
        const role = treeItem(page, 'Software Engineer');
        if ((await role.getAttribute('aria-expanded')) !== 'true') await role.click();
        const plainTopic = hostile.filter((question) => question.topic === 'Hostile banks').length;
        await page.getByRole('treeitem', { name: new RegExp(`^Hostile banks, ${plainTopic}\\b`) }).waitFor({ timeout: WAIT });
        const local = new URL(url).host;
        const remote = [];
        const onRequest = (request) => {
          const requested = new URL(request.url());
          // The webview's own files come from a vscode-cdn.net name its service worker answers locally.
          if (/^https?:$/.test(requested.protocol) && requested.host !== local && !requested.host.endsWith('.vscode-resource.vscode-cdn.net'))
            remote.push(request.url());
        };
        page.on('request', onRequest);
        try {
          for (const { name, title } of hostile) {
            await runCommand(page, 'Interview Prep: Open Question');
            await pickQuickInput(page, 'Open a question', title);
            await drill().locator('#title', { hasText: title }).waitFor({ timeout: WAIT });
            await drill().locator('#reveal').click();
            await drill().locator('#answer').waitFor({ timeout: WAIT });
            const findings = await drill()
              .locator('body')
              .evaluate((body) => {
                const document = body.ownerDocument;
                const all = [...document.querySelectorAll('*')];
                return {
                  title: document.title,
                  pwned: body.dataset.pwned ?? null,
                  scripts: document.querySelectorAll('#prompt script, #answer script').length,
                  handlers: all.filter((node) => [...node.attributes].some((attribute) => /^on/i.test(attribute.name))).map((node) => node.tagName),
                  javascriptUrls: all
                    .filter((node) => [...node.attributes].some((attribute) => /^\s*javascript:/i.test(attribute.value)))
                    .map((node) => node.tagName),
                  embedded: document.querySelectorAll('iframe, object, embed, frame, meta[http-equiv="refresh"], base, form').length,
                  csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
                };
              });
            const problems = [];
            if (/pwned/i.test(findings.title) || findings.pwned) problems.push(`a script ran (title "${findings.title}")`);
            if (findings.scripts) problems.push(`${findings.scripts} script elements in the content`);
            if (findings.handlers.length) problems.push(`event handlers on ${findings.handlers.join(', ')}`);
            if (findings.javascriptUrls.length) problems.push(`javascript: URLs on ${findings.javascriptUrls.join(', ')}`);
            if (findings.embedded) problems.push(`${findings.embedded} frames, objects, forms or meta refreshes`);
            const policy = Object.fromEntries(
              findings.csp
                .split(';')
                .map((part) => part.trim().split(/\s+/))
                .map(([directive, ...values]) => [directive, values]),
            );
            if (policy['default-src']?.join(' ') !== "'none'") problems.push(`default-src is ${policy['default-src']}`);
            if (!(policy['script-src']?.length === 1 && policy['script-src'][0].startsWith("'nonce-"))) problems.push(`script-src is ${policy['script-src']}`);
            if (/unsafe-(eval|inline)/.test(findings.csp)) problems.push('the CSP allows unsafe-eval or unsafe-inline');
            if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
          }
        } finally {
          page.off('request', onRequest);
        }
        if (remote.length) throw new Error(`remote requests were made: ${remote.join(', ')}`);
        timings.hostileQuestionsShown = hostile.length;

        // The webview may load the webview files only: the extension's icon, in the folder above its
        // stylesheet's, is refused.
        const icon = await drill()
          .locator('body')
          .evaluate((body) => {
            const stylesheet = body.ownerDocument.querySelector('link[rel="stylesheet"][href*="drill.css"]').href;
            return new Promise((resolve) => {
              const image = body.ownerDocument.createElement('img');
              image.onload = () => resolve('loaded');
              image.onerror = () => resolve('refused');
              image.src = stylesheet.replace(/webview\/drill\.css(\?.*)?$/, 'icon.svg');
            });
          });
        if (icon !== 'refused') throw new Error(`the drill webview could load media/icon.svg (${icon})`);

        // The dashboard lists every topic, the one made of markup too: as text.
        await runCommand(page, 'Interview Prep: Show Progress Dashboard');
        const dashboard = await frameWith(page, '#total-attempts');
        const topic = dashboard.locator('.mastery-name', { hasText: 'Hostile topic name' }).first();
        await topic.waitFor({ timeout: WAIT });
        const shownTopic = await topic.textContent();
        if (!shownTopic.includes('<script>')) throw new Error(`the topic's markup did not show as text: ${JSON.stringify(shownTopic)}`);
        const board = await dashboard
          .locator('body')
          .evaluate((body) => ({ title: body.ownerDocument.title, scripts: body.querySelectorAll('script:not([nonce])').length }));
        if (/pwned/i.test(board.title) || board.scripts) throw new Error(`markup in a topic ran in the dashboard: ${JSON.stringify(board)}`);
      },
    ],
  ],
};

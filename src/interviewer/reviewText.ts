// The markdown document a solution review is shown in. The model's reply is data: it is shown as
// markdown in VS Code's own preview (which sanitises what it renders), and before that every `<`
// outside a fenced code block is escaped, so no raw HTML from the model reaches the preview at all.
// Pure.
import { escapeMarkdown } from './chatText';

export type ReviewState = 'streaming' | 'done' | 'cancelled' | 'failed';

export interface ReviewDocument {
  title: string;
  fileName: string;
  /** The model's label, as `modelLabel` writes it; undefined before one was picked. */
  model: string | undefined;
  state: ReviewState;
  /** The reply so far (or all of it). */
  text: string;
  /** Why the review stopped, when it was cancelled or failed. */
  message?: string;
}

/** The model's markdown with raw HTML made text: `<` is escaped everywhere but inside fenced code blocks. */
export function sanitiseReviewMarkdown(text: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of text.replace(/\r/g, '').split('\n')) {
    // Only a fence at the start of a line counts (markdown also allows up to three spaces; such a
    // line is then escaped, which is harmless: code shows `&lt;` literally at worst).
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (marker && !(marker[0] === '`' && line.slice(marker.length).includes('`'))) {
        fence = marker;
        out.push(line);
      } else out.push(line.replace(/&(?=[#a-zA-Z0-9]+;)/g, '&amp;').replace(/</g, '&lt;'));
    } else {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.slice(marker.length).trim() === '') fence = undefined;
      out.push(line);
    }
  }
  // A fence the model left open would swallow the status line below it.
  if (fence !== undefined) out.push(fence);
  return out.join('\n');
}

export function reviewMarkdown(review: ReviewDocument): string {
  const by = review.model ? `Reviewed by **${escapeMarkdown(review.model)}**` : 'Choosing a language model…';
  const status =
    review.state === 'streaming'
      ? '\n\n*The review is streaming in…*'
      : review.state === 'done'
        ? ''
        : `\n\n---\n\n**${review.state === 'cancelled' ? 'Stopped' : 'The review failed'}:** ${escapeMarkdown(review.message ?? '')}`;
  const body = review.text.trim() === '' ? '' : `\n\n${sanitiseReviewMarkdown(review.text.trim())}`;
  return `# Review of ${escapeMarkdown(review.fileName)}: ${escapeMarkdown(review.title)}\n\n${by}. It saw the exercise's prompt and your ${escapeMarkdown(review.fileName)}, nothing else. The model's text is a suggestion: check it against the code.${body}${status}\n`;
}

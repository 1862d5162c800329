// What the user reads when asking a model fails. Every failure is a sentence in place, in the panel
// or the chat; the draft is never touched. Pure: the shell passes the error's code and message.

export type Failure =
  | { kind: 'disabled' }
  | { kind: 'noModel'; vendor: string; family: string }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'tooLong'; chars: number }
  | { kind: 'promptTooLong'; model: string }
  /** A `LanguageModelError` (its `code`: NoPermissions, Blocked, NotFound, …) or any other error. */
  | { kind: 'error'; model: string; code?: string; message: string };

export function describeFailure(failure: Failure): string {
  switch (failure.kind) {
    case 'disabled':
      return 'The interviewer is turned off (setting Interview Prep: AI Interviewer). The drill works as before.';
    case 'noModel': {
      const wanted = [failure.vendor && `vendor "${failure.vendor}"`, failure.family && `family "${failure.family}"`].filter(Boolean).join(' and ');
      return wanted
        ? `No language model with ${wanted} is available. Change the Language Model Vendor and Family settings (or clear them to use any model), or run "Interview Prep: Choose Language Model".`
        : 'No language model is available. Install or sign in to an extension that provides one (such as GitHub Copilot, or one for a local model); grade yourself meanwhile, the drill works without one.';
    }
    case 'timeout':
      return `The model did not finish within ${failure.seconds} seconds. Try again, or grade yourself.`;
    case 'tooLong':
      return `The model's reply ran past ${failure.chars.toLocaleString('en')} characters and was stopped.`;
    case 'promptTooLong':
      return `The question and your answer are too long for ${failure.model}. Shorten the answer, or choose a model with a larger context.`;
    case 'error':
      switch (failure.code) {
        case 'NoPermissions':
          return `Interview Prep may not use ${failure.model}: access was not allowed. Ask again to be shown the consent dialog, and choose Allow.`;
        case 'Blocked':
          return `${failure.model} refused the request (quota or rate limit reached). Try again later, or grade yourself.`;
        case 'NotFound':
          return `${failure.model} is no longer available. Ask again to use another model.`;
        default:
          return `${failure.model} could not answer: ${oneLine(failure.message) || 'unknown error'}.`;
      }
  }
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

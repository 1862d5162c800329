// Delimited spans (\( … \), $$ … $$) replaced in one pass with indexOf, so unclosed openers cost
// linear time rather than a regular expression's rescans to the end of the text for each one.

/** `text` with each `open … close` span replaced by `replace(body)`; an unclosed opener stays as it is. */
export function replacePairs(text: string, open: string, close: string, replace: (body: string) => string): string {
  let out = '';
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf(open, at);
    if (start < 0) break;
    const end = text.indexOf(close, start + open.length);
    if (end < 0) break;
    out += text.slice(at, start) + replace(text.slice(start + open.length, end));
    at = end + close.length;
  }
  return out + text.slice(at);
}

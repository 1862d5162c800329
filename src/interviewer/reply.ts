// Reading a model's reply to a grading request. The reply is data from outside, checked as strictly
// as a webview message: one JSON object of exactly the requested shape, or a clear error that says
// what is wrong. Nothing in a reply is run, rendered as markup or obeyed; it never throws. Pure.
import { READINESS, readinessOf } from '../progress/stats';
import { VERDICTS, type Grading, type PointVerdict } from './grading';

/** Longest reply read (characters); a longer one is refused (the request is cut off there). */
export const MAX_REPLY_CHARS = 20_000;
export const MAX_REASON_CHARS = 300;
export const MAX_QUOTE_CHARS = 300;
export const MAX_FOLLOW_UP_CHARS = 500;

export type ParsedReply = { ok: true; grading: Grading } | { ok: false; error: string };

const TOP_KEYS = ['points', 'score', 'band', 'followUp'];
const POINT_KEYS = ['point', 'verdict', 'reason', 'quote'];

export function parseGradingReply(reply: string, pointCount: number): ParsedReply {
  if (reply.length > MAX_REPLY_CHARS) return { ok: false, error: `The reply is longer than ${MAX_REPLY_CHARS.toLocaleString('en')} characters.` };
  const body = unfence(reply.trim());
  if (body === undefined) return { ok: false, error: 'The reply holds more than one JSON object in a code block, or text around it.' };
  if (body === '') return { ok: false, error: 'The reply is empty.' };
  if (!body.startsWith('{')) return { ok: false, error: 'The reply is not a JSON object: it starts with text.' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, error: isTruncated(body) ? 'The reply stops before its JSON object is complete.' : 'The reply is not valid JSON.' };
  }
  return validateGrading(value, pointCount);
}

/** Checks a parsed value (a reply, or a grading saved earlier) and returns a clean copy. */
export function validateGrading(value: unknown, pointCount: number): ParsedReply {
  if (!isPlainObject(value)) return fail('The reply is not a JSON object.');
  const shape = exactKeys(value, TOP_KEYS, '');
  if (shape) return fail(shape);
  if (!Array.isArray(value.points)) return fail('"points" must be an array.');
  if (value.points.length !== pointCount)
    return fail(`"points" has ${value.points.length} entries; the question has ${pointCount} evaluation point${pointCount === 1 ? '' : 's'}.`);
  const points: PointVerdict[] = [];
  const seen = new Set<number>();
  for (const [index, entry] of value.points.entries()) {
    const at = `points[${index}]`;
    if (!isPlainObject(entry)) return fail(`${at} is not an object.`);
    const keys = exactKeys(entry, POINT_KEYS, `${at}.`);
    if (keys) return fail(keys);
    if (!Number.isInteger(entry.point) || (entry.point as number) < 1 || (entry.point as number) > pointCount)
      return fail(`${at}.point must be a whole number from 1 to ${pointCount}.`);
    const point = entry.point as number;
    if (seen.has(point)) return fail(`Point ${point} is graded twice.`);
    seen.add(point);
    if (typeof entry.verdict !== 'string' || !(VERDICTS as readonly string[]).includes(entry.verdict))
      return fail(`${at}.verdict must be one of ${VERDICTS.join(', ')}.`);
    const reason = line(entry.reason);
    if (reason === undefined || reason === '' || reason.length > MAX_REASON_CHARS)
      return fail(`${at}.reason must be one line of text, 1 to ${MAX_REASON_CHARS} characters.`);
    const quote = line(entry.quote);
    if (quote === undefined || quote.length > MAX_QUOTE_CHARS) return fail(`${at}.quote must be text of at most ${MAX_QUOTE_CHARS} characters.`);
    points.push({ point, verdict: entry.verdict as PointVerdict['verdict'], reason, quote });
  }
  points.sort((a, b) => a.point - b.point);
  if (typeof value.score !== 'number' || !Number.isInteger(value.score) || value.score < 0 || value.score > 10)
    return fail('"score" must be a whole number from 0 to 10.');
  const score = value.score;
  if (typeof value.band !== 'string' || !(READINESS as readonly string[]).includes(value.band)) return fail(`"band" must be one of ${READINESS.join(', ')}.`);
  if (value.band !== readinessOf(score)) return fail(`"band" is ${value.band}, but a score of ${score} is ${readinessOf(score)}.`);
  const followUp = line(value.followUp);
  if (followUp === undefined || followUp === '' || followUp.length > MAX_FOLLOW_UP_CHARS)
    return fail(`"followUp" must be one question, 1 to ${MAX_FOLLOW_UP_CHARS} characters.`);
  return { ok: true, grading: { points, score, band: readinessOf(score), followUp } };
}

function fail(error: string): ParsedReply {
  return { ok: false, error: `The reply does not have the expected shape: ${error}` };
}

/** The JSON inside one code fence (```json … ```), the text itself when unfenced, or undefined for anything else. */
function unfence(text: string): string | undefined {
  if (!text.startsWith('```')) return text;
  const fenced = /^```[a-zA-Z]*[ \t]*\r?\n([\s\S]*?)\r?\n?```$/.exec(text);
  if (!fenced || fenced[1].includes('```')) return undefined;
  return fenced[1].trim();
}

/** Whether JSON text ends inside a string or with brackets left open: a reply cut off mid-stream. */
function isTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (inString) {
      if (char === '\\') at++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A problem with the keys (missing or extra), or undefined when they are exactly `allowed`. */
function exactKeys(value: Record<string, unknown>, allowed: readonly string[], prefix: string): string | undefined {
  const extra = Object.keys(value).find((key) => !allowed.includes(key));
  if (extra !== undefined) return `unexpected field "${prefix}${extra.slice(0, 40)}".`;
  const missing = allowed.find((key) => !Object.hasOwn(value, key));
  return missing === undefined ? undefined : `"${prefix}${missing}" is missing.`;
}

/** Text on one line, with runs of white space (line breaks included) made single spaces. */
function line(value: unknown): string | undefined {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : undefined;
}

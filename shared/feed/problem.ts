/** What can be wrong in a feed, as values: a reader reports them, it never throws. */

export type ProblemCode =
  | 'not-json'
  | 'not-ics'
  | 'no-region'
  | 'no-city'
  | 'too-big'
  | 'not-feed'
  | 'bad-version'
  | 'missing'
  | 'not-text'
  | 'not-object'
  | 'not-list'
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'too-many-stops'
  | 'bad-text'
  | 'out-of-calendar'
  | 'bad-id'
  | 'bad-region'
  | 'bad-date'
  | 'bad-day'
  | 'bad-date-time'
  | 'bad-status'
  | 'bad-kind'
  | 'bad-sequence'
  | 'bad-url'
  | 'duplicate-id'
  | 'end-before-start'
  | 'mixed-kinds'
  | 'html'
  | 'invalid';

export interface FeedProblem {
  /** Where, as a path into the document: `['stops', 2, 'start']`. Empty for the whole document. */
  path: (string | number)[];
  code: ProblemCode;
  /** `error` drops what holds it (a stop, or the whole document); `warning` keeps it. */
  severity: 'error' | 'warning';
  /** The stop's id, when the stop has a valid one. */
  stopId?: string;
  /** The value found, shortened, to quote in the message. */
  found?: string;
  /** A limit (`too-long`, `too-many`) or the index of the first stop with the same id. */
  limit?: number;
  /** Line and column (from 1) in the text, when the text itself is broken. */
  at?: { line: number; column: number };
}

/** `['stops', 2, 'start']` → `stops[2].start`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  }
  return out;
}

const QUOTE_MAX = 40;

/**
 * A value as it may be quoted in a message: JSON-like, on one line, and short. A list or an
 * object is drawn as `[…]` or `{…}`, which reads the same in every language.
 */
export function quote(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (value === null || typeof value !== 'object') text = String(value);
  else text = Array.isArray(value) ? '[…]' : '{…}';
  return text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
}

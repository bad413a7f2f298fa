/**
 * The core's feed reader: the zod schemas check the fields, `read-document.ts` does the rest.
 * Untrusted JSON becomes typed stops plus problems; never throws.
 */
import { quote, type FeedProblem, type ProblemCode } from './problem.ts';
import { readFeedDocument, readFeedTextWith, type Checked, type FeedChecks, type FeedResult } from './read-document.ts';
import { envelopeSchema, stopSchema } from './schema.ts';

export { MAX_FEED_MEGABYTES, type FeedResult } from './read-document.ts';

const KNOWN_CODES = new Set<string>([
  'missing',
  'not-text',
  'not-object',
  'not-list',
  'empty',
  'too-long',
  'too-many',
  'bad-text',
  'out-of-calendar',
  'bad-id',
  'bad-region',
  'bad-date',
  'bad-day',
  'bad-date-time',
  'bad-status',
  'bad-kind',
  'bad-sequence',
  'bad-url',
  'bad-version',
] satisfies ProblemCode[]);

interface ZodIssueLike {
  path: PropertyKey[];
  message: string;
  input?: unknown;
}

/** A zod issue whose message is one of our codes (`too-long:200`) as a problem. */
function toProblem(issue: ZodIssueLike): FeedProblem {
  const [code, limit] = issue.message.split(':');
  const problem: FeedProblem = {
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    code: KNOWN_CODES.has(code!) ? (code as ProblemCode) : 'invalid',
    severity: 'error',
  };
  if (issue.input !== undefined) problem.found = quote(issue.input);
  if (limit) problem.limit = Number(limit);
  return problem;
}

type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: ZodIssueLike[] } };

function checked<T>(result: SafeParse<T>): Checked<T> {
  return result.success ? { value: result.data } : { problems: result.error.issues.map(toProblem) };
}

const checks: FeedChecks = {
  envelope: (document) => {
    const result = checked(envelopeSchema.safeParse(document, { reportInput: true }));
    if ('problems' in result) return result;
    const { stops: _stops, ...envelope } = result.value;
    return { value: envelope };
  },
  stop: (raw) => checked(stopSchema.safeParse(raw, { reportInput: true })),
};

/** Reads a parsed JSON value as a version-1 feed. */
export function readFeed(document: unknown): FeedResult {
  return readFeedDocument(document, checks);
}

/** Reads feed text (a file, a response body). */
export function readFeedText(text: string): FeedResult {
  return readFeedTextWith(text, readFeed);
}

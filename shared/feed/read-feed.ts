/**
 * The edge where a feed comes in: untrusted JSON becomes typed stops plus problems.
 * Never throws. A bad stop is dropped with problems naming it; the others stay.
 */
import { isCivilDate } from '../time/civil-date.ts';
import { sortStops } from '../time/stop-days.ts';
import { quote, type FeedProblem, type ProblemCode } from './problem.ts';
import { envelopeSchema, STOP_ID_PATTERN, stopSchema, type Feed, type Stop } from './schema.ts';

export type FeedResult = { ok: true; feed: Feed; problems: FeedProblem[] } | { ok: false; problems: FeedProblem[] };

/** Beyond this a feed is refused unread (10,000 full stops take about 6 MB). */
export const MAX_FEED_MEGABYTES = 20;

const KNOWN_CODES = new Set<string>([
  'missing',
  'not-text',
  'not-object',
  'not-list',
  'empty',
  'too-long',
  'too-many',
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

function toProblem(issue: ZodIssueLike, prefix: (string | number)[], stopId?: string): FeedProblem {
  const [code, limit] = issue.message.split(':');
  const problem: FeedProblem = {
    path: [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))],
    code: KNOWN_CODES.has(code!) ? (code as ProblemCode) : 'invalid',
    severity: 'error',
  };
  if (stopId) problem.stopId = stopId;
  if (issue.input !== undefined) problem.found = quote(issue.input);
  if (limit) problem.limit = Number(limit);
  return problem;
}

/** One problem per place and kind: zod may report a field twice (shape, then meaning). */
function dedupe(problems: FeedProblem[]): FeedProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path.join('\u0000')}|${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

function htmlWarnings(stop: Stop, prefix: (string | number)[]): FeedProblem[] {
  const texts: [(string | number)[], string | undefined][] = [
    [['title'], stop.title],
    [['city'], stop.city],
    [['theme'], stop.theme],
    [['description'], stop.description],
    [['venue', 'name'], stop.venue?.name],
    [['venue', 'address'], stop.venue?.address],
    ...(stop.programme ?? []).map((item, index): [(string | number)[], string] => [
      ['programme', index, 'title'],
      item.title,
    ]),
  ];
  return texts
    .filter(([, text]) => text !== undefined && HTML_TAG.test(text))
    .map(([path]) => ({ path: [...prefix, ...path], code: 'html', severity: 'warning', stopId: stop.id }));
}

/** Checks that span fields: start and end of one kind, in order. */
function rangeProblem(stop: Stop, prefix: (string | number)[]): FeedProblem | undefined {
  const startIsDay = isCivilDate(stop.start);
  if (startIsDay !== isCivilDate(stop.end)) {
    return { path: [...prefix, 'end'], code: 'mixed-kinds', severity: 'error', stopId: stop.id };
  }
  const backwards = startIsDay ? stop.end < stop.start : Date.parse(stop.end) < Date.parse(stop.start);
  if (backwards) {
    return {
      path: [...prefix, 'end'],
      code: 'end-before-start',
      severity: 'error',
      stopId: stop.id,
      found: quote(stop.end),
    };
  }
  return undefined;
}

/** Reads a parsed JSON value as a version-1 feed. */
export function readFeed(document: unknown): FeedResult {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, problems: [{ path: [], code: 'not-feed', severity: 'error' }] };
  }
  const envelope = envelopeSchema.safeParse(document, { reportInput: true });
  const problems: FeedProblem[] = envelope.success ? [] : envelope.error.issues.map((issue) => toProblem(issue, []));
  if ((document as { version?: unknown }).version !== 1) {
    // Another version's stops follow other rules: judging them by version 1's would mislead.
    return { ok: false, problems: dedupe(problems) };
  }

  const rawStops = (document as { stops?: unknown }).stops;
  const stops: Stop[] = [];
  const firstIndexOfId = new Map<string, number>();
  (Array.isArray(rawStops) ? rawStops : []).forEach((raw: unknown, index) => {
    const prefix = ['stops', index];
    const rawId = (raw as { id?: unknown } | null)?.id;
    const stopId = typeof rawId === 'string' && STOP_ID_PATTERN.test(rawId) ? rawId : undefined;
    const parsed = stopSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...dedupe(parsed.error.issues.map((issue) => toProblem(issue, prefix, stopId))));
      return;
    }
    const stop = parsed.data;
    const range = rangeProblem(stop, prefix);
    if (range) {
      problems.push(range);
      return;
    }
    const first = firstIndexOfId.get(stop.id);
    if (first !== undefined) {
      problems.push({
        path: [...prefix, 'id'],
        code: 'duplicate-id',
        severity: 'error',
        stopId: stop.id,
        found: quote(stop.id),
        limit: first,
      });
      return;
    }
    firstIndexOfId.set(stop.id, index);
    problems.push(...htmlWarnings(stop, prefix));
    stops.push(stop);
  });

  if (!envelope.success) return { ok: false, problems: dedupe(problems) };
  const feed: Feed = { ...envelope.data, stops: sortStops(stops) };
  return { ok: true, feed, problems };
}

/** Reads feed text (a file, a response body). */
export function readFeedText(text: string): FeedResult {
  if (text.length > MAX_FEED_MEGABYTES * 1024 * 1024) {
    return { ok: false, problems: [{ path: [], code: 'too-big', severity: 'error', limit: MAX_FEED_MEGABYTES }] };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const problem: FeedProblem = { path: [], code: 'not-json', severity: 'error' };
    // Engines that say where JSON breaks say "at position N" (V8) or "at line L column C" (Firefox).
    const position = /position (\d+)/.exec(String(error));
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const lineStart = before.lastIndexOf('\n');
      problem.at = { line: before.split('\n').length, column: before.length - lineStart };
    }
    return { ok: false, problems: [problem] };
  }
  return readFeed(document);
}

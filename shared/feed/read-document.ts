/**
 * How a feed document is read, whatever checks its fields: its own data copied apart from any
 * prototype, the stops counted, the envelope, then each stop on its own (a bad stop drops alone),
 * then the rules across fields and stops (start before end, ids unique, HTML noticed), then start
 * order. No zod here: `read-feed.ts` plugs in the zod schemas.
 */
import { isCivilDate } from '../time/civil-date.ts';
import { sortStops } from '../time/stop-days.ts';
import { quote, type FeedProblem } from './problem.ts';
import { MAX_STOPS, STOP_ID_PATTERN } from './rules.ts';
import type { Feed, Stop } from './schema.ts';

export type FeedResult = { ok: true; feed: Feed; problems: FeedProblem[] } | { ok: false; problems: FeedProblem[] };

/** A field checker's verdict: the value, or problems whose paths start inside the value. */
export type Checked<T> = { value: T } | { problems: FeedProblem[] };

export interface FeedChecks {
  envelope: (document: object) => Checked<Omit<Feed, 'stops'>>;
  stop: (raw: unknown) => Checked<Stop>;
}

/** Beyond this a feed is refused unread (10,000 full stops take about 6 MB). */
export const MAX_FEED_MEGABYTES = 20;

type Path = (string | number)[];

/** One problem per place and kind: a field may be reported twice (shape, then meaning). */
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

/** A field the object holds itself: an optional field it lacks is not looked up on `Object.prototype`. */
function own<T extends object, K extends keyof T>(object: T | undefined, key: K): T[K] | undefined {
  return object !== undefined && Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Tags in a text are shown as typed; the publisher is told, the stop kept. */
function htmlWarnings(stop: Stop, prefix: Path): FeedProblem[] {
  const venue = own(stop, 'venue');
  const texts: [Path, string | undefined][] = [
    [['title'], stop.title],
    [['city'], stop.city],
    [['theme'], own(stop, 'theme')],
    [['description'], own(stop, 'description')],
    [['venue', 'name'], own(venue, 'name')],
    [['venue', 'address'], own(venue, 'address')],
    ...(own(stop, 'programme') ?? []).map((item, index): [Path, string] => [['programme', index, 'title'], item.title]),
  ];
  return texts
    .filter(([, text]) => text !== undefined && HTML_TAG.test(text))
    .map(([path]) => ({ path: [...prefix, ...path], code: 'html', severity: 'warning', stopId: stop.id }));
}

/** Start and end of one kind, in order. */
function rangeProblem(stop: Stop, prefix: Path): FeedProblem | undefined {
  const startIsDay = isCivilDate(stop.start);
  const problem: FeedProblem = { path: [...prefix, 'end'], code: 'mixed-kinds', severity: 'error', stopId: stop.id };
  if (startIsDay !== isCivilDate(stop.end)) return problem;
  const backwards = startIsDay ? stop.end < stop.start : Date.parse(stop.end) < Date.parse(stop.start);
  return backwards ? { ...problem, code: 'end-before-start', found: quote(stop.end) } : undefined;
}

// The feed's deepest field (stops[i].programme[j].title) lies five levels down; below that, no
// checker looks further than a value's type, so deeper values are left as they are (and a
// pathologically deep document costs no recursion).
const OWN_DATA_DEPTH = 6;

/**
 * The document's own data, its objects without a prototype: a field the feed does not hold is
 * absent, even when a page has set it on `Object.prototype` (`url`, `onclick`…).
 */
function ownData(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth >= OWN_DATA_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => ownData(item, depth + 1));
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = ownData((value as Record<string, unknown>)[key], depth + 1);
  return copy;
}

const within = (prefix: Path, problems: FeedProblem[], stopId?: string): FeedProblem[] =>
  problems.map((problem) => ({ ...problem, path: [...prefix, ...problem.path], ...(stopId ? { stopId } : {}) }));

/** Reads a parsed JSON value as a version-1 feed. Never throws. */
export function readFeedDocument(input: unknown, checks: FeedChecks): FeedResult {
  const owned = typeof input === 'object' && input !== null && Object.hasOwn(input, 'stops');
  const listed = owned ? (input as { stops: unknown }).stops : undefined;
  if (Array.isArray(listed) && listed.length > MAX_STOPS) {
    // Refused before any stop is copied or read: a huge feed costs no more than its count.
    return { ok: false, problems: [{ path: ['stops'], code: 'too-many-stops', severity: 'error', limit: MAX_STOPS }] };
  }
  const document = ownData(input);
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, problems: [{ path: [], code: 'not-feed', severity: 'error' }] };
  }
  const envelope = checks.envelope(document);
  const problems = 'problems' in envelope ? dedupe(envelope.problems) : [];
  if ((document as { version?: unknown }).version !== 1) {
    // Another version's stops follow other rules: judging them by version 1's would mislead.
    return { ok: false, problems };
  }

  const rawStops = (document as { stops?: unknown }).stops;
  const stops: Stop[] = [];
  const firstIndexOfId = new Map<string, number>();
  (Array.isArray(rawStops) ? rawStops : []).forEach((raw: unknown, index) => {
    const prefix = ['stops', index];
    const rawId = (raw as { id?: unknown } | null)?.id;
    const stopId = typeof rawId === 'string' && STOP_ID_PATTERN.test(rawId) ? rawId : undefined;
    const checked = checks.stop(raw);
    if ('problems' in checked) {
      problems.push(...dedupe(within(prefix, checked.problems, stopId)));
      return;
    }
    const stop = checked.value;
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

  if ('problems' in envelope) return { ok: false, problems };
  return { ok: true, feed: { ...envelope.value, stops: sortStops(stops) }, problems };
}

/** Reads feed text (a file, a response body) with `read`; broken JSON says where it breaks. */
export function readFeedTextWith(text: string, read: (document: unknown) => FeedResult): FeedResult {
  if (text.length > MAX_FEED_MEGABYTES * 1024 * 1024) {
    return { ok: false, problems: [{ path: [], code: 'too-big', severity: 'error', limit: MAX_FEED_MEGABYTES }] };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const problem: FeedProblem = { path: [], code: 'not-json', severity: 'error' };
    // V8 says where JSON breaks as "at position N".
    const position = /position (\d+)/.exec(String(error));
    if (position) {
      const before = text.slice(0, Number(position[1]));
      problem.at = { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
    }
    return { ok: false, problems: [problem] };
  }
  return read(document);
}

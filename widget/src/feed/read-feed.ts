/**
 * The edge where a feed enters the widget: untrusted JSON becomes typed stops plus problems,
 * with the same answers as the core's `readFeed` (held by `read-feed.test.ts`), without zod.
 * Never throws. A bad stop is dropped with problems naming it; the others stay.
 */
import {
  compareStops,
  isCivilDate,
  REGION_SLUGS,
  type Feed,
  type FeedProblem,
  type FeedResult,
  type Stop,
} from '../../../shared/index.ts';
import {
  BAD,
  dateTime,
  day,
  dayOrDateTime,
  link,
  list,
  object,
  oneOf,
  optional,
  PROGRAMME_KINDS,
  quote,
  sequence,
  STATUSES,
  STOP_ID_PATTERN,
  stopId,
  text,
  type Path,
} from './checks.ts';

const programmeItem = object({
  title: text(300),
  kind: optional(oneOf(PROGRAMME_KINDS, 'bad-kind')),
  day: optional(day),
  start: optional(dateTime),
  end: optional(dateTime),
});

const stopChecker = object({
  id: stopId,
  title: text(200),
  region: oneOf(REGION_SLUGS, 'bad-region'),
  city: text(200),
  start: dayOrDateTime,
  end: dayOrDateTime,
  status: optional(oneOf(STATUSES, 'bad-status'), 'scheduled'),
  sequence: optional(sequence, 0),
  theme: optional(text(300)),
  description: optional(text(10_000, true)),
  venue: optional(object({ name: text(200), address: optional(text(300)) })),
  url: optional(link),
  registrationUrl: optional(link),
  programme: optional(list(programmeItem, 200)),
  icsUrl: optional(link),
});

const envelopeChecker = object({
  version: oneOf([1], 'bad-version'),
  name: text(200),
  organizer: object({ name: text(200), url: optional(link) }),
  updated: dateTime,
  url: optional(link),
  stops: list((value: unknown) => value),
});

/** One problem per place and kind. */
function dedupe(list: FeedProblem[]): FeedProblem[] {
  const seen = new Set<string>();
  return list.filter((problem) => {
    const key = `${problem.path.join('\u0000')}|${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;

/** Tags in a text are shown as they are; the publisher is told. */
function htmlWarnings(stop: Stop, prefix: Path): FeedProblem[] {
  const texts: [Path, string | undefined][] = [
    [['title'], stop.title],
    [['city'], stop.city],
    [['theme'], stop.theme],
    [['description'], stop.description],
    [['venue', 'name'], stop.venue?.name],
    [['venue', 'address'], stop.venue?.address],
    ...(stop.programme ?? []).map((item, index): [Path, string] => [['programme', index, 'title'], item.title]),
  ];
  return texts
    .filter(([, value]) => value !== undefined && HTML_TAG.test(value))
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

/** Reads a parsed JSON value as a version-1 feed. */
export function readFeed(document: unknown): FeedResult {
  if (document === null || typeof document !== 'object' || Array.isArray(document)) {
    return { ok: false, problems: [{ path: [], code: 'not-feed', severity: 'error' }] };
  }
  const found: FeedProblem[] = [];
  const envelope = envelopeChecker(document, [], found);
  // Another version's stops follow other rules: judging them by version 1's would mislead.
  if ((document as { version?: unknown }).version !== 1) return { ok: false, problems: dedupe(found) };

  const rawStops = (document as { stops?: unknown }).stops;
  const stops: Stop[] = [];
  const firstIndexOfId = new Map<string, number>();
  (Array.isArray(rawStops) ? rawStops : []).forEach((raw: unknown, index) => {
    const prefix = ['stops', index];
    const rawId = (raw as { id?: unknown } | null)?.id;
    const id = typeof rawId === 'string' && STOP_ID_PATTERN.test(rawId) ? rawId : undefined;
    const issues: FeedProblem[] = [];
    const stop = stopChecker(raw, prefix, issues) as Stop | typeof BAD;
    if (stop === BAD) {
      found.push(...dedupe(issues.map((problem) => (id ? { ...problem, stopId: id } : problem))));
      return;
    }
    const range = rangeProblem(stop, prefix);
    if (range) {
      found.push(range);
      return;
    }
    const first = firstIndexOfId.get(stop.id);
    if (first !== undefined) {
      const path = [...prefix, 'id'];
      found.push({
        path,
        code: 'duplicate-id',
        severity: 'error',
        stopId: stop.id,
        found: quote(stop.id),
        limit: first,
      });
      return;
    }
    firstIndexOfId.set(stop.id, index);
    found.push(...htmlWarnings(stop, prefix));
    stops.push(stop);
  });

  if (envelope === BAD) return { ok: false, problems: dedupe(found) };
  const feed = { ...envelope, stops: stops.sort(compareStops) } as Feed;
  return { ok: true, feed, problems: found };
}

/** Reads feed text (a response body). */
export function readFeedText(text: string): FeedResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return { ok: false, problems: [{ path: [], code: 'not-json', severity: 'error' }] };
  }
  return readFeed(document);
}

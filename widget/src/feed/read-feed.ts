/**
 * The edge where a feed enters the widget: the core's reading (`readFeedDocument`: stops one by
 * one, the rules across fields and stops, start order) with compact field checkers in place of
 * the core's zod schemas, which the widget's budget cannot hold. `read-feed.test.ts` holds the
 * answers to the core's `readFeed`. Never throws.
 */
import {
  PROGRAMME_KINDS,
  readFeedDocument,
  readFeedTextWith,
  REGION_SLUGS,
  STATUSES,
  type Checked,
  type Feed,
  type FeedChecks,
  type FeedProblem,
  type FeedResult,
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
  sequence,
  stopId,
  text,
  type Checker,
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

/** Runs a checker from the value's own root, as the core's reading expects. */
function run<T>(checker: Checker<unknown>, value: unknown): Checked<T> {
  const problems: FeedProblem[] = [];
  const result = checker(value, [], problems);
  return result === BAD ? { problems } : { value: result as T };
}

const checks: FeedChecks = {
  envelope: (document) => {
    const result = run<Feed>(envelopeChecker, document);
    if ('problems' in result) return result;
    const { stops: _stops, ...envelope } = result.value;
    return { value: envelope };
  },
  stop: (raw) => run(stopChecker, raw),
};

/** Reads a parsed JSON value as a version-1 feed. */
export function readFeed(document: unknown): FeedResult {
  return readFeedDocument(document, checks);
}

/** Reads feed text (a response body). */
export function readFeedText(body: string): FeedResult {
  return readFeedTextWith(body, readFeed);
}

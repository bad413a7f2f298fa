/**
 * A draft as the feed it would publish: its document (empty optional fields left out, each
 * published stop's `sequence` raised once if its dates or status changed), read by the core's own
 * reader, so that the editor reports exactly what `feed check` would.
 */
import type { FeedProblem } from '../../feed/problem.ts';
import { readFeed, type FeedResult } from '../../feed/read-feed.ts';
import { isoInZone } from '../../time/zone.ts';
import { isRecord, type Draft, type DraftStop } from './draft.ts';

/** Optional text a person cleared: absent, not an empty (and so refused) text. */
function pruned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruned);
  if (!isRecord(value)) return value;
  const entries = Object.entries(value)
    .map(([key, field]): [string, unknown] => [key, pruned(field)])
    .filter(
      ([, field]) => field !== '' && field !== undefined && !(isRecord(field) && Object.keys(field).length === 0),
    );
  return Object.fromEntries(entries);
}

// The fields without which a stop is not a stop: kept even empty, so that the problem is "empty"
// beside the field, not "missing" somewhere.
const REQUIRED = ['id', 'title', 'region', 'city', 'start', 'end'] as const;

// A cleared status is left out of the feed, which then means `scheduled`.
const statusOf = (status: unknown) => (status === undefined || status === '' ? 'scheduled' : status);

const INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/;

/** The same day, or the same instant however its offset is written (`07:00:00Z` is `09:00:00+02:00`). */
function sameTime(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'string' || typeof b !== 'string' || !INSTANT.test(a) || !INSTANT.test(b)) return false;
  const at = Date.parse(a);
  return Number.isFinite(at) && at === Date.parse(b);
}

/** Whether calendars holding this stop must be told it changed: its dates or status differ from what was published. */
export function changedSincePublished(stop: DraftStop): boolean {
  const { published, fields } = stop;
  if (!published) return false;
  return (
    !sameTime(fields.start, published.start) ||
    !sameTime(fields.end, published.end) ||
    statusOf(fields.status) !== statusOf(published.status)
  );
}

/** The `sequence` the stop will be published with. */
export function sequenceOf(stop: DraftStop): unknown {
  if (stop.published && changedSincePublished(stop)) return stop.published.sequence + 1;
  return stop.fields.sequence;
}

export function stopDocument(stop: DraftStop): Record<string, unknown> {
  const fields = pruned(stop.fields) as Record<string, unknown>;
  for (const name of REQUIRED) if (stop.fields[name] === '') fields[name] = '';
  const sequence = sequenceOf(stop);
  if (sequence === undefined) delete fields.sequence;
  else fields.sequence = sequence;
  return fields;
}

/** The feed's `updated`: now, in French time as the 2019 feed writes it. */
export const updatedAt = (now: Date) => isoInZone(now, 'Europe/Paris');

export function draftDocument(draft: Draft, now: Date): Record<string, unknown> {
  const envelope = pruned(draft.envelope) as Record<string, unknown>;
  if (draft.envelope.name === '') envelope.name = '';
  return { ...envelope, version: 1, updated: updatedAt(now), stops: draft.stops.map(stopDocument) };
}

export function readDraft(draft: Draft, now: Date): FeedResult {
  return readFeed(draftDocument(draft, now));
}

/**
 * Where a problem belongs in the form: `stops[2].start` is the start field of the draft's third
 * stop, named by the stop's key (`s7-start`), since indexes move when stops do. `tour-…` for the
 * feed's own fields; '' for the whole document.
 */
export function problemField(draft: Draft, problem: Pick<FeedProblem, 'path'>): string {
  const [head, index, ...rest] = problem.path;
  if (head === 'stops' && typeof index === 'number') {
    const key = draft.stops[index]?.key;
    return key ? [key, ...rest].join('-') : 'tour-stops';
  }
  return problem.path.length > 0 ? ['tour', ...problem.path].join('-') : '';
}

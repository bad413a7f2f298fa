/** What an import can find wrong, beyond the feed's own problems: values, as the feed reader's. */
import type { FeedProblem, ProblemCode } from '../../feed/problem.ts';

export type ImportCode =
  /** The file holds calendars but no event. */
  | 'no-event'
  /** More stops than a feed may hold (`limit`), `found` how many. */
  | 'too-many-events'
  | 'no-uid'
  /** A date written without `VALUE=DATE` (`DTSTART:20190626`), read as a date. */
  | 'bare-date'
  /** A value the iCalendar rules cannot read (`found`). */
  | 'bad-value'
  /** A `TZID` neither known nor defined in the file (`found`): read in the region's time. */
  | 'unknown-zone'
  /** A repeated event with no end, and no `--until`. */
  | 'unbounded-series'
  /** An edited occurrence (RECURRENCE-ID `found`) on no date of its series: imported alone. */
  | 'orphan-occurrence';

export interface ImportProblem extends Omit<FeedProblem, 'code'> {
  code: ProblemCode | ImportCode;
  /** The event's SUMMARY, so that a person finds it in the agenda. */
  summary?: string;
}

const IMPORT_CODES = new Set<string>([
  'no-event',
  'too-many-events',
  'no-uid',
  'bare-date',
  'bad-value',
  'unknown-zone',
  'unbounded-series',
  'orphan-occurrence',
] satisfies ImportCode[]);

/** A problem the feed reader itself names, which its own words describe. */
export function isFeedProblem(problem: ImportProblem): problem is FeedProblem {
  return !IMPORT_CODES.has(problem.code);
}

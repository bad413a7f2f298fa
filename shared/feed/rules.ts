/**
 * The feed's constants and formats that need no zod: the zod schemas and the reader around them
 * take them from here.
 */
import { isCivilDate } from '../time/civil-date.ts';

export const STOP_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;
export const PROGRAMME_KINDS = ['conference', 'workshop', 'pitch', 'ceremony', 'visit', 'training', 'other'] as const;

export type StopStatus = (typeof STATUSES)[number];
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

/**
 * At most this many stops in one feed. A national tour has about eight stops a year: 1,000 is a
 * century of tours in one file, far beyond any real feed, yet small enough for every reader (a
 * member's page, the extension, the command line) to check and show them all at once.
 */
export const MAX_STOPS = 1000;

/**
 * The days a feed may name: years 1000 to 9999. RFC 5545 writes years on four digits and ical.js
 * writes a year below 1000 without its leading zero (`999-01-02`, an invalid file), so the
 * calendar starts where both agree; a tour has no use for earlier years. A day is spared at each
 * end: an instant's day, in any time zone (±14 h), then stays within 1000–9999, and so does a
 * whole-day stop's exclusive end (the day after its last).
 */
export const FIRST_DAY = '1000-01-02';
export const LAST_DAY = '9999-12-30';

const FIRST_MS = Date.parse(`${FIRST_DAY}T00:00:00Z`);
const AFTER_LAST_MS = Date.parse(`${LAST_DAY}T00:00:00Z`) + 86_400_000;

const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** An instant with its offset, `2019-06-26T09:00:00+02:00`, on a day that exists. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isCivilDate(match[1]!);
}

/**
 * False for a whole day or an instant outside FIRST_DAY … LAST_DAY (an instant by its UTC day);
 * true for anything else, which other rules judge.
 */
export function isWithinCalendar(value: string): boolean {
  if (isCivilDate(value)) return value >= FIRST_DAY && value <= LAST_DAY;
  if (!isDateTime(value)) return true;
  const ms = Date.parse(value);
  return ms >= FIRST_MS && ms < AFTER_LAST_MS;
}

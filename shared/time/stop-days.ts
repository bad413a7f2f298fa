/** Which calendar days a stop covers: the dates as written, or its instants read in its region. */
import type { Stop } from '../feed/schema.ts';
import { regionOf } from '../regions.ts';
import { addDays, type CivilDate } from './civil-date.ts';
import { wallClock } from './zone.ts';

export interface StopDays {
  first: CivilDate;
  /** Inclusive. */
  last: CivilDate;
}

/**
 * True when the stop lasts whole days (`2019-06-26`), false when it has times of day. A read
 * stop's start is one or the other, and only an instant has a `T`: drawing a card asks this
 * often enough that checking the date again showed in a host page's profile.
 */
export function isWholeDay(stop: Pick<Stop, 'start'>): boolean {
  return !stop.start.includes('T');
}

/**
 * A whole-day stop happens on its dates wherever the reader is (feed format, "Days").
 * A timed stop happens on the days its region's clocks show; one that ends at midnight
 * does not take the next day.
 */
export function stopDays(stop: Pick<Stop, 'start' | 'end' | 'region'>): StopDays {
  if (isWholeDay(stop)) return { first: stop.start, last: stop.end };
  const zone = regionOf(stop.region).timeZone;
  const first = wallClock(new Date(stop.start), zone).date;
  const end = wallClock(new Date(stop.end), zone);
  const last = end.time === '00:00:00' && end.date > first ? addDays(end.date, -1) : end.date;
  return { first, last };
}

interface StartKey {
  day: CivilDate;
  time: number;
  id: string;
}

function startKey(stop: Stop): StartKey {
  return { day: stopDays(stop).first, time: isWholeDay(stop) ? -Infinity : Date.parse(stop.start), id: stop.id };
}

function compareKeys(a: StartKey, b: StartKey): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  if (a.time !== b.time) return a.time < b.time ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Start order: first day, then start instant (whole days first), then id. */
export function compareStops(a: Stop, b: Stop): number {
  return compareKeys(startKey(a), startKey(b));
}

/** The stops in start order; keys are computed once per stop (a timed stop's day costs an Intl call). */
export function sortStops<T extends Stop>(stops: readonly T[]): T[] {
  return stops
    .map((stop) => ({ stop, key: startKey(stop) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((entry) => entry.stop);
}

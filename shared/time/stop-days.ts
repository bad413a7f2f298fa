/** Which calendar days a stop covers: the dates as written, or its instants read in its region. */
import type { Stop } from '../feed/schema.ts';
import { regionOf } from '../regions.ts';
import { addDays, isCivilDate, type CivilDate } from './civil-date.ts';
import { wallClock } from './zone.ts';

export interface StopDays {
  first: CivilDate;
  /** Inclusive. */
  last: CivilDate;
}

/** True when the stop lasts whole days (`2019-06-26`), false when it has times of day. */
export function isWholeDay(stop: Pick<Stop, 'start'>): boolean {
  return isCivilDate(stop.start);
}

/**
 * A whole-day stop happens on its dates wherever the reader is (feed format, "Days").
 * A timed stop happens on the days its region's clocks show; one that ends at midnight
 * does not take the next day.
 */
export function stopDays(stop: Pick<Stop, 'start' | 'end' | 'region'>): StopDays {
  if (isCivilDate(stop.start)) return { first: stop.start, last: stop.end };
  const zone = regionOf(stop.region).timeZone;
  const first = wallClock(new Date(stop.start), zone).date;
  const end = wallClock(new Date(stop.end), zone);
  const last = end.time === '00:00:00' && end.date > first ? addDays(end.date, -1) : end.date;
  return { first, last };
}

/** Start order: first day, then start instant for timed stops (whole days first), then id. */
export function compareStops(a: Stop, b: Stop): number {
  const dayA = stopDays(a).first;
  const dayB = stopDays(b).first;
  if (dayA !== dayB) return dayA < dayB ? -1 : 1;
  const timeA = isWholeDay(a) ? -Infinity : Date.parse(a.start);
  const timeB = isWholeDay(b) ? -Infinity : Date.parse(b.start);
  if (timeA !== timeB) return timeA < timeB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

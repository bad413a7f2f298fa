/**
 * A stop's dates as a form shows them: whole days (`2019-06-26`, the end inclusive) or a date and a
 * time each, in the stop's region's own time zone, written back as instants with their offset
 * (`2019-06-26T09:00:00+02:00`), as the feed wants.
 */
import { isCivilDate } from '../../time/civil-date.ts';
import { instantAt, isoInZone, wallClock } from '../../time/zone.ts';
import { findRegion } from '../../regions.ts';

export interface FormTime {
  date: string;
  /** `09:00`, or '' for a whole day. */
  time: string;
}

export const zoneOfRegion = (region: unknown) =>
  (typeof region === 'string' ? findRegion(region)?.timeZone : undefined) ?? 'Europe/Paris';

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** What a date field and a time field show for a feed value; an unreadable value shows empty. */
export function formTime(value: unknown, zone: string): FormTime {
  if (typeof value !== 'string') return { date: '', time: '' };
  if (isCivilDate(value)) return { date: value, time: '' };
  const match = INSTANT.exec(value);
  const instant = match ? new Date(value) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) return { date: '', time: '' };
  const clock = wallClock(instant, zone);
  return { date: clock.date, time: clock.time.slice(0, 5) };
}

/** The feed value for a date and, for a timed stop, a time read on the zone's wall clock. */
export function feedTime(date: string, time: string | undefined, zone: string): string {
  if (time === undefined) return date;
  if (!isCivilDate(date) || !/^\d{2}:\d{2}$/.test(time)) return date && time ? `${date}T${time}` : date;
  return isoInZone(instantAt(date, `${time}:00`, zone), zone);
}

export const isTimed = (start: unknown) => typeof start === 'string' && start.includes('T');

/** A whole-day stop given hours (9:00 to 17:00 by default), or a timed one made whole days. */
export function switchKind(
  start: unknown,
  end: unknown,
  toTimed: boolean,
  zone: string,
): { start: string; end: string } {
  const from = formTime(start, zone);
  const to = formTime(end, zone);
  if (toTimed) {
    return { start: feedTime(from.date, from.time || '09:00', zone), end: feedTime(to.date, to.time || '17:00', zone) };
  }
  return { start: from.date, end: to.date };
}

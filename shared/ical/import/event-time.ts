/** An event's times as the feed writes them, in the zone the file names or the region's own. */
import ICAL from 'ical.js';
import { quote } from '../../feed/problem.ts';
import { FIRST_DAY, LAST_DAY } from '../../feed/rules.ts';
import { addDays } from '../../time/civil-date.ts';
import { instantAt, isoInZone, isTimeZone } from '../../time/zone.ts';
import type { ImportProblem } from './import-problem.ts';

/** Zones the file defines in its own VTIMEZONEs (Outlook names zones its own way), by TZID. */
export type FileZones = Map<string, ICAL.Timezone>;

/** A time and the TZID of the property it was written with. */
export interface ZonedTime {
  time: ICAL.Time;
  tzid?: string;
}

const FIRST_SECONDS = Date.parse(`${FIRST_DAY}T00:00:00Z`) / 1000;
const LAST_SECONDS = Date.parse(`${LAST_DAY}T23:59:59Z`) / 1000;

function tzidOf(property: ICAL.Property | null): string | undefined {
  const tzid = property?.getParameter('tzid');
  return typeof tzid === 'string' ? tzid : undefined;
}

export function zonedTime(property: ICAL.Property | null): ZonedTime | undefined {
  const time = property?.getFirstValue();
  if (!(time instanceof ICAL.Time)) return undefined;
  const tzid = tzidOf(property);
  return tzid === undefined ? { time } : { time, tzid };
}

/**
 * The problem in an event's start and length, if any. A DURATION is measured before ical.js adds
 * it: its addition walks the calendar, and a duration of a billion weeks would take minutes.
 */
export function spanProblem(event: ICAL.Component, index: number): Omit<ImportProblem, 'summary'> | undefined {
  const start = zonedTime(event.getFirstProperty('dtstart'));
  if (!start) return { path: ['VEVENT', index, 'DTSTART'], code: 'missing', severity: 'error' };
  const duration = event.getFirstPropertyValue('duration');
  if (!(duration instanceof ICAL.Duration) || event.hasProperty('dtend')) return undefined;
  // Floating or zoned, the start read as UTC is within a day of its instant: enough for a bound.
  const end = start.time.toUnixTime() + duration.toSeconds();
  if (Number.isFinite(end) && end >= FIRST_SECONDS && end <= LAST_SECONDS) return undefined;
  return {
    path: ['VEVENT', index, 'DURATION'],
    code: 'out-of-calendar',
    severity: 'error',
    found: quote(duration.toString()),
  };
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** True when a TZID is neither a zone every system knows nor one the file defines. */
export function isUnknownZone(tzid: string | undefined, zones: FileZones): boolean {
  return tzid !== undefined && !isTimeZone(tzid) && !zones.has(tzid);
}

/** A whole day, or an instant written with the offset of `fallbackZone` (the region's). */
export function feedTime({ time, tzid }: ZonedTime, zones: FileZones, fallbackZone: string): string {
  const date = `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
  if (time.isDate) return date;
  const clock = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  let instant: Date;
  if (time.zone === ICAL.Timezone.utcTimezone) {
    instant = new Date(`${date}T${clock}Z`);
  } else if (tzid !== undefined && isTimeZone(tzid)) {
    instant = instantAt(date, clock, tzid);
  } else if (tzid !== undefined && zones.has(tzid)) {
    // Fields by hand: `toJSON()` carries the TZID name, which would override the zone given.
    const { year, month, day, hour, minute, second } = time;
    instant = new Date(
      ICAL.Time.fromData({ year, month, day, hour, minute, second }, zones.get(tzid)).toUnixTime() * 1000,
    );
  } else {
    // Floating (§3.3.5), or a zone nobody knows: the region's own time.
    instant = instantAt(date, clock, fallbackZone);
  }
  return isoInZone(instant, fallbackZone);
}

/**
 * A whole-day end made inclusive, as the feed writes it. An end on the start day itself
 * (DTEND equal to DTSTART) is that one day, as calendar programs show it.
 */
export function feedEnd(end: ZonedTime, start: string, zones: FileZones, fallbackZone: string): string {
  const value = feedTime(end, zones, fallbackZone);
  if (!end.time.isDate) return value;
  return value === start ? start : addDays(value, -1);
}

/**
 * Wall-clock readings of an instant in an IANA time zone, through `Intl` only: the machine's
 * own `TZ` never enters (tests run under UTC and Pacific/Auckland to hold this).
 */
import type { CivilDate } from './civil-date.ts';

export interface WallClock {
  date: CivilDate;
  /** `HH:MM:SS`, 24-hour. */
  time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone name. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** What a clock on the wall in `timeZone` shows at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const year = fields.year!.padStart(4, '0');
  return {
    date: `${year}-${fields.month}-${fields.day}`,
    time: `${fields.hour}:${fields.minute}:${fields.second}`,
  };
}

/** The calendar day it is in `timeZone` at `instant`. */
export function dateIn(instant: Date, timeZone: string): CivilDate {
  return wallClock(instant, timeZone).date;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Paris in summer: 120). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const { date, time } = wallClock(instant, timeZone);
  const asUtc = Date.parse(`${date}T${time}Z`);
  const exact = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - exact) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` reads `date time`. In the hour repeated in
 * autumn the first reading wins; a time skipped in spring moves forward by the gap, as
 * calendar clients do.
 */
export function instantAt(date: CivilDate, time: string, timeZone: string): Date {
  const naive = Date.parse(`${date}T${time}Z`);
  const before = offsetMinutes(new Date(naive - 86_400_000), timeZone);
  const after = offsetMinutes(new Date(naive + 86_400_000), timeZone);
  const readsRight = (ms: number) => {
    const clock = wallClock(new Date(ms), timeZone);
    return clock.date === date && clock.time === time;
  };
  const candidates = [naive - before * 60_000, naive - after * 60_000].filter(readsRight);
  return new Date(candidates.length > 0 ? Math.min(...candidates) : naive - before * 60_000);
}

/** `2019-06-26T09:00:00+02:00`: an instant as the wall clock of `timeZone` writes it, with its offset. */
export function isoInZone(instant: Date, timeZone: string): string {
  const { date, time } = wallClock(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${date}T${time}${sign}${hours}:${minutes}`;
}

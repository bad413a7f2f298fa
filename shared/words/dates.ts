/**
 * Dates in words, French and English. Written out rather than left to `Intl`, whose output
 * (spaces, dashes) differs between browsers and ICU versions, and which cannot say "1ᵉʳ".
 */
import type { Stop } from '../feed/schema.ts';
import { regionOf } from '../regions.ts';
import { parts, weekday, type CivilDate } from '../time/civil-date.ts';
import { isWholeDay, stopDays } from '../time/stop-days.ts';
import { wallClock } from '../time/zone.ts';
import { CORE, type CoreKey } from './catalog/core.ts';
import type { Lang } from './lang.ts';

type MonthKey = Extract<CoreKey, `month${number}`>;
type WeekdayKey = Extract<CoreKey, `weekday${number}`>;

/** `month` from 1. */
function monthName(month: number, lang: Lang): string {
  return CORE[lang][`month${month}` as MonthKey];
}

/** `day` from 0 (Sunday). */
function weekdayName(day: number, lang: Lang): string {
  return CORE[lang][`weekday${day}` as WeekdayKey];
}

/** En dash between two days; with spaces around it when either side has more than a number. */
const DASH = '–';

export interface DayOptions {
  weekday?: boolean;
  year?: boolean;
}

function dayNumber(day: number, lang: Lang): string {
  return day === 1 ? CORE[lang].firstOfMonth : String(day);
}

/** `mardi 26 mars 2019` / `Tuesday, March 26, 2019`, parts as asked. */
export function formatDay(date: CivilDate, lang: Lang, options: DayOptions = { year: true }): string {
  const { year, month, day } = parts(date);
  const name = options.weekday ? weekdayName(weekday(date), lang) : '';
  if (lang === 'fr') {
    return [name, dayNumber(day, lang), monthName(month, lang), options.year ? year : ''].filter(Boolean).join(' ');
  }
  const monthDay = `${monthName(month, lang)} ${dayNumber(day, lang)}`;
  return [name, monthDay, options.year ? year : ''].filter(Boolean).join(', ');
}

/**
 * The days between `first` and `last`, inclusive, as short as reads well:
 * `26–27 juin 2019`, `30 juin – 1ᵉʳ juillet 2019`, `June 26–27, 2019`.
 */
export function formatDayRange(first: CivilDate, last: CivilDate, lang: Lang): string {
  if (first === last) return formatDay(first, lang);
  const a = parts(first);
  const b = parts(last);
  if (a.year !== b.year) return `${formatDay(first, lang)} ${DASH} ${formatDay(last, lang)}`;
  if (lang === 'fr') {
    if (a.month === b.month) return `${dayNumber(a.day, lang)}${DASH}${b.day} ${monthName(b.month, lang)} ${b.year}`;
    return `${formatDay(first, lang, {})} ${DASH} ${formatDay(last, lang)}`;
  }
  if (a.month === b.month) return `${monthName(a.month, lang)} ${a.day}${DASH}${b.day}, ${b.year}`;
  return `${formatDay(first, lang, {})} ${DASH} ${formatDay(last, lang)}`;
}

/** `9 h`, `9 h 30`, `9:30 AM`: the time an instant shows in a zone. */
export function formatTime(instant: string, timeZone: string, lang: Lang): string {
  const [hours, minutes] = wallClock(new Date(instant), timeZone).time.split(':').map(Number) as [number, number];
  const mm = String(minutes).padStart(2, '0');
  // French writes "9 h", "9 h 30" (no leading zero, no colon, no ":00").
  if (lang === 'fr') return minutes === 0 ? `${hours} h` : `${hours} h ${mm}`;
  const suffix = hours < 12 ? 'AM' : 'PM';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${mm} ${suffix}`;
}

/**
 * When a stop happens, in words. Whole days: the day range. Timed stops add their hours as the
 * stop's region shows them (`26 juin 2019, 9 h – 17 h 30`).
 */
export function formatStopDates(stop: Stop, lang: Lang): string {
  const { first, last } = stopDays(stop);
  const days = formatDayRange(first, last, lang);
  if (isWholeDay(stop)) return days;
  const zone = regionOf(stop.region).timeZone;
  if (first !== last) {
    return `${formatDay(first, lang)}, ${formatTime(stop.start, zone, lang)} ${DASH} ${formatDay(last, lang)}, ${formatTime(stop.end, zone, lang)}`;
  }
  return `${days}, ${formatTime(stop.start, zone, lang)} ${DASH} ${formatTime(stop.end, zone, lang)}`;
}

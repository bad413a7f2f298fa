/**
 * When a stop happens, as a screen reader should say it: "du 26 au 27 juin 2019" rather than
 * "26–27 juin 2019", whose dash is read as a dash, a minus or nothing depending on the reader.
 * `undefined` when the shown text already reads well (a single whole day).
 */
import { formatDay, formatTime, isWholeDay, regionOf, stopDays, type Lang, type Stop } from '../../shared/index.ts';

const WORDS = {
  fr: { from: 'du', to: 'au', fromTime: 'de', toTime: 'à' },
  en: { from: 'from', to: 'to', fromTime: 'from', toTime: 'to' },
} as const;

export function spokenDates(stop: Stop, lang: Lang): string | undefined {
  const { first, last } = stopDays(stop);
  const words = WORDS[lang];
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const firstDay = formatDay(first, lang, sameYear ? {} : { year: true });
  if (isWholeDay(stop)) {
    return first === last ? undefined : `${words.from} ${firstDay} ${words.to} ${formatDay(last, lang)}`;
  }
  const zone = regionOf(stop.region).timeZone;
  const start = formatTime(stop.start, zone, lang);
  const end = formatTime(stop.end, zone, lang);
  if (first === last) return `${formatDay(first, lang)}, ${words.fromTime} ${start} ${words.toTime} ${end}`;
  return `${words.from} ${firstDay}, ${start}, ${words.to} ${formatDay(last, lang)}, ${end}`;
}

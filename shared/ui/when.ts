/**
 * When a stop happens, as a screen reader should say it ("du mardi 13 mai au mercredi 14 mai
 * 2031") rather than as the card shows it ("13–14 mai 2031", whose dash is read as a dash, a
 * minus or nothing depending on the reader), and as a sentence says it ("le 26 mars").
 */
import { fill, formatDay, formatTime, isWholeDay, regionOf, stopDays, UI, type Lang, type Stop } from '../index.ts';

export function spokenDates(stop: Stop, lang: Lang): string {
  const words = UI[lang];
  const { first, last } = stopDays(stop);
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  const firstDay = formatDay(first, lang, { weekday: true, year: !sameYear });
  const lastDay = formatDay(last, lang, { weekday: true, year: true });
  if (isWholeDay(stop)) return first === last ? lastDay : fill(words.fromTo, [firstDay, lastDay]);
  const zone = regionOf(stop.region).timeZone;
  const start = formatTime(stop.start, zone, lang);
  const end = formatTime(stop.end, zone, lang);
  if (first === last) return fill(words.dayTimes, [lastDay, start, end]);
  return fill(words.fromToTimes, [firstDay, start, lastDay, end]);
}

/** `le 26 mars`, `du 26 juin au 27 juin`: within a sentence, the year left to the context. */
export function daysInSentence(stop: Stop, lang: Lang): string {
  const words = UI[lang];
  const { first, last } = stopDays(stop);
  const day = (date: string) => formatDay(date, lang, {});
  return first === last ? fill(words.onDay, [day(first)]) : fill(words.fromTo, [day(first), day(last)]);
}

/** Lazy chunk: a stop as an .ics file, written in the page. Holds ical.js (~23 KB gzip), hence apart. */
import { isWholeDay, type Lang, type Stop } from '../../../shared/index.ts';
import { stopToIcs } from '../../../shared/ical/index.ts';

/** The same file the publisher hosts (`stops/<id>.ics`), reminder the day before included. */
export function icsFile(stop: Stop, lang: Lang, stamp: Date): string {
  return stopToIcs(stop, { lang, stamp, reminderMinutes: isWholeDay(stop) ? 15 * 60 : 24 * 60 });
}

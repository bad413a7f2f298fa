/**
 * "Apple / Outlook (.ics)" for a stop without a hosted file: the file is written in the page.
 * ical.js comes in its own chunk, fetched at the first click only.
 */
import type { Lang, Stop } from '../../shared/index.ts';
import { loadIcs } from './lazy.ts';

/** `stamp` is the DTSTAMP: when the stop was last revised (the feed's `updated`). */
export async function downloadIcs(stop: Stop, lang: Lang, stamp: Date): Promise<void> {
  const { icsFile } = await loadIcs();
  const blob = new Blob([icsFile(stop, lang, stamp)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${stop.id}.ics`;
  link.click();
  // The download has started from the URL; freeing it at once can cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

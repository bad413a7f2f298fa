/**
 * "Apple / Outlook (.ics)" for a stop without a hosted file: the file is written in the page,
 * under the name both products give it. ical.js comes in its own chunk, fetched at the first click.
 */
import { icsFileName, type Lang, type Stop } from '../../shared/index.ts';
import { saveFile } from '../../shared/ui/index.ts';
import { loadIcs } from './lazy.ts';

/** `stamp` is the DTSTAMP: when the stop was last revised (the feed's `updated`). */
export async function downloadIcs(stop: Stop, lang: Lang, stamp: Date): Promise<void> {
  const { icsFile } = await loadIcs();
  saveFile(icsFileName(stop), icsFile(stop, lang, stamp), 'text/calendar;charset=utf-8');
}

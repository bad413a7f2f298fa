/**
 * Saves a stop as an `.ics` file made on the spot, for feeds that host none, under the name both
 * products give it. ical.js weighs ~23 KB gzip, so it is loaded only here, on the click that
 * needs it (the popup's budget).
 */
import { icsFileName, type Feed, type Lang, type Stop } from '../../shared/index.ts';
import { saveFile } from '../../shared/ui/index.ts';

export async function icsText(stop: Stop, feed: Pick<Feed, 'updated'>, lang: Lang): Promise<string> {
  const { stopFile } = await import('../../shared/ical/index.ts');
  // DTSTAMP: when the information was last revised, as in the published files.
  return stopFile(stop, { lang, stamp: new Date(feed.updated) });
}

export async function downloadIcs(stop: Stop, feed: Pick<Feed, 'updated'>, lang: Lang): Promise<void> {
  saveFile(icsFileName(stop), await icsText(stop, feed, lang), 'text/calendar;charset=utf-8');
}

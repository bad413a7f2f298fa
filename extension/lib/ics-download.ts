/**
 * Saves a stop as an `.ics` file made on the spot, for feeds that host none. ical.js weighs
 * ~23 KB gzip, so it is loaded only here, on the click that needs it (the popup's budget).
 */
import { isWholeDay, type Feed, type Lang, type Stop } from '../../shared/index.ts';
import { icsFileName } from './calendar-action.ts';

/** The same reminder as the publisher's hosted files: 9:00 the day before, or 24 hours before. */
function reminderMinutes(stop: Stop): number {
  return isWholeDay(stop) ? 15 * 60 : 24 * 60;
}

export async function icsText(stop: Stop, feed: Pick<Feed, 'updated'>, lang: Lang): Promise<string> {
  const { stopToIcs } = await import('../../shared/ical/index.ts');
  // DTSTAMP: when the information was last revised, as in the published files.
  return stopToIcs(stop, { lang, stamp: new Date(feed.updated), reminderMinutes: reminderMinutes(stop) });
}

export async function downloadIcs(stop: Stop, feed: Pick<Feed, 'updated'>, lang: Lang): Promise<void> {
  const blob = new Blob([await icsText(stop, feed, lang)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(stop);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy by then; the minute is for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

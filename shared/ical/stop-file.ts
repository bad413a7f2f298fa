/**
 * One stop's calendar file as every product gives it (the publisher's `stops/<id>.ics`, the file
 * the widget or the popup writes on a click): the same reminder the day before, where clients
 * honour VALARM — at 9:00 for a whole-day stop, 24 hours ahead for a timed one.
 */
import type { Stop } from '../feed/schema.ts';
import { isWholeDay } from '../time/stop-days.ts';
import type { Lang } from '../words/lang.ts';
import { stopToIcs } from './write-ics.ts';

export function stopReminderMinutes(stop: Pick<Stop, 'start'>): number {
  return isWholeDay(stop) ? 15 * 60 : 24 * 60;
}

/** `stamp` is the DTSTAMP: when the stop was last revised (the feed's `updated`). */
export function stopFile(stop: Stop, options: { stamp: Date; lang?: Lang }): string {
  return stopToIcs(stop, { ...options, reminderMinutes: stopReminderMinutes(stop) });
}

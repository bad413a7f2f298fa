/**
 * What "add to my calendar" does for a stop and a target: a service's link, the stop's hosted
 * `.ics` (the one path every calendar client opens), or a file made on the spot when the feed
 * hosts none.
 */
import { addToCalendarLink, type Lang, type Stop } from '../../shared/index.ts';
import type { MessageKey } from './i18n.ts';
import type { CalendarTarget } from './settings.ts';

export type CalendarAction =
  { kind: 'link'; href: string } | { kind: 'ics-url'; href: string } | { kind: 'ics-file'; fileName: string };

export function calendarAction(target: CalendarTarget, stop: Stop, lang: Lang): CalendarAction {
  if (target !== 'ics') return { kind: 'link', href: addToCalendarLink(target, stop, lang) };
  if (stop.icsUrl) return { kind: 'ics-url', href: stop.icsUrl };
  return { kind: 'ics-file', fileName: icsFileName(stop) };
}

/** `intercotour-2019-cahors.ics`: says what it is in a downloads folder. */
export function icsFileName(stop: Pick<Stop, 'id'>): string {
  return `intercotour-${stop.id}.ics`;
}

/** The name of each target in the catalog. */
export const TARGET_LABELS: Readonly<Record<CalendarTarget, MessageKey>> = {
  ics: 'targetIcs',
  google: 'targetGoogle',
  outlook: 'targetOutlook',
  office365: 'targetOffice365',
};

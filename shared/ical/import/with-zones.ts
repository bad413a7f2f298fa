/**
 * ical.js compares a series' times (UNTIL in UTC, EXDATE, RECURRENCE-ID) in their zones only when
 * it knows them, through its one global registry. The file's own zones, and ours for the regions,
 * are registered for the time of one synchronous import, then removed: nothing leaks to the next.
 */
import ICAL from 'ical.js';
import type { FileZones } from './event-time.ts';
import { tryParseComponent } from './parse-component.ts';
import { VTIMEZONES } from '../vtimezone.ts';

export function withZones<T>(zones: FileZones, read: () => T): T {
  const added: string[] = [];
  const add = (tzid: string, zone: ICAL.Timezone) => {
    if (ICAL.TimezoneService.has(tzid)) return;
    ICAL.TimezoneService.register(zone, tzid);
    added.push(tzid);
  };
  for (const [tzid, zone] of zones) add(tzid, zone);
  for (const [tzid, text] of Object.entries(VTIMEZONES)) {
    if (ICAL.TimezoneService.has(tzid)) continue;
    const component = tryParseComponent(text.split(/\r?\n/).filter(Boolean));
    if (component) add(tzid, new ICAL.Timezone(component));
  }
  try {
    return read();
  } finally {
    for (const tzid of added) ICAL.TimezoneService.remove(tzid);
  }
}

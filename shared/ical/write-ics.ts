/**
 * Stops as iCalendar (RFC 5545, RFC 7986), written by ical.js. What ical.js leaves to its
 * callers is done here: required properties, VTIMEZONE blocks, exclusive whole-day ends,
 * 75-octet lines and the final CRLF.
 */
import ICAL from 'ical.js';
import type { Feed, Stop, StopStatus } from '../feed/schema.ts';
import { regionOf, type TimeZoneName } from '../regions.ts';
import { addDays } from '../time/civil-date.ts';
import { isWholeDay } from '../time/stop-days.ts';
import { wallClock } from '../time/zone.ts';
import { eventDescription, eventLocation } from '../words/event-text.ts';
import type { Lang } from '../words/lang.ts';
import { regionName } from '../words/labels.ts';
import { VTIMEZONES } from './vtimezone.ts';

// ical.js folds at foldLength octets but its continuation lines carry one more (the leading
// space): 74 keeps every physical line within RFC 5545's 75 (§3.1).
ICAL.foldLength = 74;

export const PRODID = '-//Les Interconnectés//IntercoTOUR//FR';
const UID_DOMAIN = 'intercotour';
const CRLF = '\r\n';

export interface IcsOptions {
  /** Language of the description and the region names; French by default. */
  lang?: Lang;
  /** DTSTAMP: when this information was last revised (the feed's `updated`, or now). */
  stamp: Date;
  /** Adds a VALARM this long before the start (for a whole-day stop, before midnight: 900 → 9:00 the day before). */
  reminderMinutes?: number;
}

export interface TourIcsOptions extends IcsOptions {
  /** The hosted address of this very file, written as RFC 7986 `SOURCE`. */
  sourceUrl?: string;
}

const ICS_STATUS: Record<StopStatus, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

/** The calendar UID of a stop: its id, which never changes once published. */
export function stopUid(stopId: string): string {
  return `${stopId}@${UID_DOMAIN}`;
}

/** RFC 5545 §3.3.11 escapes commas and the like (ical.js does that); raw CRs it leaves to us. */
const plain = (text: string) => text.replace(/\r\n?/g, '\n');

function zonedTime(instant: string, zone: TimeZoneName): ICAL.Time {
  const { date, time } = wallClock(new Date(instant), zone);
  const [hour, minute, second] = time.split(':').map(Number);
  return ICAL.Time.fromData({
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    hour,
    minute,
    second,
    isDate: false,
  });
}

function addTimedProperty(event: ICAL.Component, name: string, instant: string, zone: TimeZoneName): void {
  const property = new ICAL.Property(name);
  property.setValue(zonedTime(instant, zone));
  property.setParameter('tzid', zone);
  event.addProperty(property);
}

function vevent(stop: Stop, options: IcsOptions): ICAL.Component {
  const lang = options.lang ?? 'fr';
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', stopUid(stop.id));
  event.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(options.stamp, true));
  if (isWholeDay(stop)) {
    event.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(stop.start));
    // DTEND of a whole-day event is the day after the last (RFC 5545 §3.6.1).
    event.addPropertyWithValue('dtend', ICAL.Time.fromDateString(addDays(stop.end, 1)));
  } else {
    const zone = regionOf(stop.region).timeZone;
    addTimedProperty(event, 'dtstart', stop.start, zone);
    addTimedProperty(event, 'dtend', stop.end, zone);
  }
  event.addPropertyWithValue('summary', plain(stop.title));
  event.addPropertyWithValue('location', plain(eventLocation(stop, lang)));
  const description = eventDescription(stop, lang);
  if (description) event.addPropertyWithValue('description', plain(description));
  if (stop.url) event.addPropertyWithValue('url', stop.url);
  event.addPropertyWithValue('status', ICS_STATUS[stop.status]);
  event.addPropertyWithValue('sequence', stop.sequence);
  const categories = new ICAL.Property('categories');
  categories.setValues(['IntercoTOUR', regionName(stop.region, lang)]);
  event.addProperty(categories);
  // Lets `readIcs` give back the region and city exactly.
  event.addPropertyWithValue('x-intercotour-region', stop.region);
  event.addPropertyWithValue('x-intercotour-city', plain(stop.city));
  if (options.reminderMinutes !== undefined && stop.status !== 'cancelled') {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', plain(stop.title));
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-options.reminderMinutes * 60));
    event.addSubcomponent(alarm);
  }
  return event;
}

function calendar(stops: readonly Stop[], options: IcsOptions, head: (cal: ICAL.Component) => void): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('prodid', PRODID);
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  head(cal);
  const zones = new Set<TimeZoneName>();
  for (const stop of stops) if (!isWholeDay(stop)) zones.add(regionOf(stop.region).timeZone);
  for (const zone of [...zones].sort()) cal.addSubcomponent(ICAL.Component.fromString(VTIMEZONES[zone]));
  for (const stop of stops) cal.addSubcomponent(vevent(stop, options));
  // Every content line ends with CRLF, the last one too (RFC 5545 §3.1).
  return cal.toString() + CRLF;
}

/** One stop as a calendar file to download ("add to my calendar"). */
export function stopToIcs(stop: Stop, options: IcsOptions): string {
  return calendar([stop], options, () => {});
}

/** The whole tour as a calendar people subscribe to: named, refreshed daily (RFC 7986). */
export function tourToIcs(feed: Feed, options: TourIcsOptions): string {
  return calendar(feed.stops, options, (cal) => {
    cal.addPropertyWithValue('name', plain(feed.name));
    cal.addPropertyWithValue('x-wr-calname', plain(feed.name));
    const about = `${feed.organizer.name}${feed.url ? ` — ${feed.url}` : ''}`;
    cal.addPropertyWithValue('description', plain(about));
    cal.addPropertyWithValue('x-wr-caldesc', plain(about));
    cal.addPropertyWithValue('x-wr-timezone', 'Europe/Paris');
    cal.addPropertyWithValue('refresh-interval', ICAL.Duration.fromString('P1D'));
    cal.addPropertyWithValue('x-published-ttl', 'P1D');
    if (options.sourceUrl) {
      // ical.js does not know RFC 7986's SOURCE: typed as a URI, it is not escaped as text.
      const source = new ICAL.Property('source');
      source.resetType('uri');
      source.setValue(options.sourceUrl);
      cal.addProperty(source);
    }
    if (feed.url) cal.addPropertyWithValue('url', feed.url);
  });
}

/**
 * An iCalendar file (a member's own agenda, or one of ours) read as a version-1 feed.
 * Each VEVENT becomes a stop and goes through the same checks as a feed's stops, so problems
 * come back as values that name the event and the property.
 */
import ICAL from 'ical.js';
import { readFeed, type FeedResult } from '../feed/read-feed.ts';
import type { FeedProblem } from '../feed/problem.ts';
import { findRegion, REGIONS, regionOf, type RegionSlug } from '../regions.ts';
import { addDays } from '../time/civil-date.ts';
import { instantAt, isoInZone, isTimeZone } from '../time/zone.ts';
import { stopUid } from './write-ics.ts';

export interface ReadIcsOptions {
  /** The feed's `updated` (the clock is a parameter). */
  now: Date;
  /** Feed name when the file has none (`X-WR-CALNAME`, `NAME`). */
  name?: string;
  organizer?: string;
  /** The region of events that name none. */
  region?: RegionSlug;
}

const FIELD_TO_PROPERTY: Record<string, string> = {
  id: 'UID',
  title: 'SUMMARY',
  region: 'X-INTERCOTOUR-REGION',
  city: 'LOCATION',
  start: 'DTSTART',
  end: 'DTEND',
  status: 'STATUS',
  sequence: 'SEQUENCE',
  description: 'DESCRIPTION',
  url: 'URL',
  venue: 'LOCATION',
};

/** Accents and case set aside, for matching region names written by hand. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const OUR_UID_SUFFIX = stopUid('');

/** Our UIDs give back the stop id; any other becomes an id of the feed's alphabet. */
function idFromUid(uid: string): string {
  const bare = uid.endsWith(OUR_UID_SUFFIX) ? uid.slice(0, -OUR_UID_SUFFIX.length) : uid;
  return fold(bare).replace(/ /g, '-').slice(0, 64).replace(/-+$/, '');
}

function regionFromText(texts: string[]): RegionSlug | undefined {
  for (const text of texts) {
    const direct = findRegion(text);
    if (direct) return direct.slug;
    const folded = ` ${fold(text)} `;
    const named = REGIONS.find(
      (region) => folded.includes(` ${fold(region.fr)} `) || folded.includes(` ${fold(region.en)} `),
    );
    if (named) return named.slug;
  }
  return undefined;
}

/** `Salle X, 1 rue Y, 46000 Cahors (Occitanie)` → venue and city. */
function placeFromLocation(location: string): { city?: string; venue?: { name: string; address?: string } } {
  const parts = location
    .replace(/\s*\([^()]*\)\s*$/, '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length > 1 && /^france$/i.test(parts[parts.length - 1]!)) parts.pop();
  if (parts.length === 0) return {};
  const city = parts[parts.length - 1]!.replace(/^\d{5}\s+/, '');
  if (parts.length === 1) return { city };
  const venue: { name: string; address?: string } = { name: parts[0]! };
  // The postal address keeps its town: `1 rue de la Barre, 46000 Cahors`.
  if (parts.length > 2) venue.address = parts.slice(1).join(', ');
  return { city, venue };
}

function text(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A DTSTART or DTEND as the feed writes it; whole-day ends become inclusive. */
function feedTime(
  property: ICAL.Property | null,
  zones: Map<string, ICAL.Timezone>,
  fallbackZone: string,
  isEnd: boolean,
): string | undefined {
  const value = property?.getFirstValue();
  if (!(value instanceof ICAL.Time)) return undefined;
  const date = `${String(value.year).padStart(4, '0')}-${String(value.month).padStart(2, '0')}-${String(value.day).padStart(2, '0')}`;
  if (value.isDate) return isEnd ? addDays(date, -1) : date;
  const clock = `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}:${String(value.second).padStart(2, '0')}`;
  const tzid = property!.getParameter('tzid');
  let instant: Date;
  if (value.zone === ICAL.Timezone.utcTimezone || value.toString().endsWith('Z')) {
    instant = new Date(`${date}T${clock}Z`);
  } else if (typeof tzid === 'string' && isTimeZone(tzid)) {
    instant = instantAt(date, clock, tzid);
  } else if (typeof tzid === 'string' && zones.has(tzid)) {
    // A zone defined only by the file's own VTIMEZONE (Outlook names zones its own way).
    // Fields by hand: `toJSON()` carries the TZID name, which would override the zone given.
    const { year, month, day, hour, minute, second } = value;
    instant = new Date(
      ICAL.Time.fromData({ year, month, day, hour, minute, second }, zones.get(tzid)).toUnixTime() * 1000,
    );
  } else {
    instant = instantAt(date, clock, fallbackZone);
  }
  return isoInZone(instant, fallbackZone);
}

// Keyed by the file's own words: a Map, so that no STATUS finds an inherited property.
const STATUS = new Map([
  ['CANCELLED', 'cancelled'],
  ['TENTATIVE', 'scheduled'],
  ['CONFIRMED', 'scheduled'],
]);

function eventToStop(
  event: ICAL.Component,
  zones: Map<string, ICAL.Timezone>,
  options: ReadIcsOptions,
): Record<string, unknown> {
  const categories = event.getAllProperties('categories').flatMap((property) => property.getValues().map(String));
  const location = text(event, 'location');
  const region =
    regionFromText([text(event, 'x-intercotour-region') ?? '']) ??
    regionFromText(categories) ??
    regionFromText(location ? [location] : []) ??
    regionFromText([text(event, 'summary') ?? '']) ??
    options.region;
  const zone = region ? regionOf(region).timeZone : 'Europe/Paris';
  const place = location ? placeFromLocation(location) : {};
  const start = event.getFirstProperty('dtstart');
  let end = feedTime(event.getFirstProperty('dtend'), zones, zone, true);
  const startValue = start?.getFirstValue();
  if (end === undefined && startValue instanceof ICAL.Time) {
    const duration = event.getFirstPropertyValue('duration');
    if (duration instanceof ICAL.Duration) {
      const endTime = startValue.clone();
      endTime.addDuration(duration);
      const synthetic = new ICAL.Property('dtend');
      synthetic.setValue(endTime);
      const tzid = start!.getParameter('tzid');
      if (typeof tzid === 'string') synthetic.setParameter('tzid', tzid);
      end = feedTime(synthetic, zones, zone, true);
    } else {
      // No end and no duration: a date lasts that one day, a date-time no time at all (§3.6.1).
      end = feedTime(start, zones, zone, false);
    }
  }
  const sequence = event.getFirstPropertyValue('sequence');
  const status = text(event, 'status')?.toUpperCase();
  const stop: Record<string, unknown> = {
    id: idFromUid(text(event, 'uid') ?? ''),
    title: text(event, 'summary'),
    region,
    city: text(event, 'x-intercotour-city') ?? place.city,
    start: feedTime(start, zones, zone, false),
    end,
    status: status ? (STATUS.get(status) ?? 'scheduled') : undefined,
    sequence: typeof sequence === 'number' ? sequence : undefined,
    description: text(event, 'description'),
    venue: text(event, 'x-intercotour-city') ? undefined : place.venue,
    url: text(event, 'url'),
  };
  for (const key of Object.keys(stop)) if (stop[key] === undefined) delete stop[key];
  return stop;
}

const NOT_ICS: FeedResult = { ok: false, problems: [{ path: [], code: 'not-ics', severity: 'error' }] };

/** Reads iCalendar text; problems name the event (`VEVENT[2].DTSTART`) and never throw. */
export function readIcs(icsText: string, options: ReadIcsOptions): FeedResult {
  try {
    const jcal: unknown = ICAL.parse(icsText.replace(/^\uFEFF/, ''));
    if (!Array.isArray(jcal) || typeof jcal[0] !== 'string') return NOT_ICS;
    return readCalendar(new ICAL.Component(jcal), options);
  } catch {
    // ical.js throws on broken text, and on some broken components deep inside.
    return NOT_ICS;
  }
}

function readCalendar(root: ICAL.Component, options: ReadIcsOptions): FeedResult {
  const calendar = root.name === 'vcalendar' ? root : root.getFirstSubcomponent('vcalendar');
  if (!calendar) return NOT_ICS;

  const zones = new Map<string, ICAL.Timezone>();
  for (const component of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(component);
    zones.set(zone.tzid, zone);
  }
  const events = calendar.getAllSubcomponents('vevent');
  const result = readFeed({
    version: 1,
    name: text(calendar, 'x-wr-calname') ?? text(calendar, 'name') ?? options.name ?? 'IntercoTOUR',
    organizer: { name: options.organizer ?? 'Les Interconnectés' },
    updated: options.now.toISOString(),
    stops: events.map((event) => eventToStop(event, zones, options)),
  });
  return { ...result, problems: result.problems.map(inIcsTerms) };
}

/** A problem found in a built stop, pointed back at the event and property it came from. */
function inIcsTerms(problem: FeedProblem): FeedProblem {
  if (problem.path[0] !== 'stops') return problem;
  const [, index, field, ...rest] = problem.path;
  if (problem.code === 'missing' && (field === 'region' || field === 'city')) {
    return { ...problem, code: field === 'region' ? 'no-region' : 'no-city', path: ['VEVENT', index!, 'LOCATION'] };
  }
  const property = typeof field === 'string' ? (FIELD_TO_PROPERTY[field] ?? field.toUpperCase()) : undefined;
  return { ...problem, path: ['VEVENT', index!, ...(property ? [property] : []), ...rest] };
}

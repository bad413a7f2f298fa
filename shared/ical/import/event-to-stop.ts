/** One occurrence of an event as a feed stop, before the feed's checks (which come after, once). */
import type ICAL from 'ical.js';
import { regionOf, type RegionSlug } from '../../regions.ts';
import { placeFromLocation, regionFromText } from './event-place.ts';
import { feedEnd, feedTime, isUnknownZone, type FileZones } from './event-time.ts';
import type { Occurrence } from './expand-series.ts';

export interface BuiltStop {
  stop: Record<string, unknown>;
  /** TZIDs of the occurrence that nobody knows, read in the region's time instead. */
  unknownZones: string[];
}

function text(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// Keyed by the file's own words: a Map, so that no STATUS finds an inherited property.
const STATUS = new Map([
  ['CANCELLED', 'cancelled'],
  ['TENTATIVE', 'scheduled'],
  ['CONFIRMED', 'scheduled'],
]);

export function occurrenceToStop(
  { item, start, end }: Occurrence,
  id: string,
  zones: FileZones,
  defaultRegion: RegionSlug | undefined,
): BuiltStop {
  const categories = item.getAllProperties('categories').flatMap((property) => property.getValues().map(String));
  const location = text(item, 'location');
  const region =
    regionFromText([text(item, 'x-intercotour-region') ?? '']) ??
    regionFromText(categories) ??
    regionFromText(location ? [location] : []) ??
    regionFromText([text(item, 'summary') ?? '']) ??
    defaultRegion;
  const zone = region ? regionOf(region).timeZone : 'Europe/Paris';
  const place = location ? placeFromLocation(location) : {};
  const cityOfOurs = text(item, 'x-intercotour-city');
  const first = feedTime(start, zones, zone);
  const sequence = item.getFirstPropertyValue('sequence');
  const status = text(item, 'status')?.toUpperCase();
  const stop: Record<string, unknown> = {
    id,
    title: text(item, 'summary'),
    region,
    city: cityOfOurs ?? place.city,
    start: first,
    // No end: a date lasts that one day, a date-time no time at all (§3.6.1).
    end: end ? feedEnd(end, first, zones, zone) : first,
    status: status ? (STATUS.get(status) ?? 'scheduled') : undefined,
    sequence: typeof sequence === 'number' ? sequence : undefined,
    description: text(item, 'description'),
    venue: cityOfOurs ? undefined : place.venue,
    url: text(item, 'url'),
  };
  for (const key of Object.keys(stop)) if (stop[key] === undefined) delete stop[key];
  const unknownZones = [start.tzid, end?.tzid].filter(
    (tzid): tzid is string => !start.time.isDate && isUnknownZone(tzid, zones),
  );
  return { stop, unknownZones: [...new Set(unknownZones)] };
}

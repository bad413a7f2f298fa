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

function ownText(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

// Keyed by the file's own words: a Map, so that no STATUS finds an inherited property.
const STATUS = new Map([
  ['CANCELLED', 'cancelled'],
  ['TENTATIVE', 'scheduled'],
  ['CONFIRMED', 'scheduled'],
]);

/**
 * `master`: the repeated event, whose place, categories and texts an edited occurrence keeps when it
 * does not repeat them (a cancelled occurrence is often written with little more than its dates).
 */
export function occurrenceToStop(
  { item, start, end }: Occurrence,
  master: ICAL.Component,
  id: string,
  zones: FileZones,
  defaultRegion: RegionSlug | undefined,
): BuiltStop {
  const text = (name: string) => ownText(item, name) ?? ownText(master, name);
  const withCategories = item.hasProperty('categories') ? item : master;
  const categories = withCategories
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map(String));
  const location = text('location');
  const region =
    regionFromText([text('x-intercotour-region') ?? '']) ??
    regionFromText(categories) ??
    regionFromText(location ? [location] : []) ??
    regionFromText([text('summary') ?? '']) ??
    defaultRegion;
  const zone = region ? regionOf(region).timeZone : 'Europe/Paris';
  const place = location ? placeFromLocation(location) : {};
  const cityOfOurs = text('x-intercotour-city');
  const first = feedTime(start, zones, zone);
  const sequence = item.getFirstPropertyValue('sequence') ?? master.getFirstPropertyValue('sequence');
  // The occurrence's own status only: a cancelled occurrence does not cancel the series.
  const status = ownText(item, 'status')?.toUpperCase();
  const stop: Record<string, unknown> = {
    id,
    title: text('summary'),
    region,
    city: cityOfOurs ?? place.city,
    start: first,
    // No end: a date lasts that one day, a date-time no time at all (§3.6.1).
    end: end ? feedEnd(end, first, zones, zone) : first,
    status: status ? (STATUS.get(status) ?? 'scheduled') : undefined,
    sequence: typeof sequence === 'number' ? sequence : undefined,
    description: text('description'),
    venue: cityOfOurs ? undefined : place.venue,
    url: text('url'),
  };
  for (const key of Object.keys(stop)) if (stop[key] === undefined) delete stop[key];
  const unknownZones = [start.tzid, end?.tzid].filter(
    (tzid): tzid is string => !start.time.isDate && isUnknownZone(tzid, zones),
  );
  return { stop, unknownZones: [...new Set(unknownZones)] };
}

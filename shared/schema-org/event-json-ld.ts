/**
 * schema.org `Event` data for search engines, built as an object (never by string concatenation)
 * so that `JSON.stringify` escapes whatever the feed holds.
 */
import type { Organizer, Stop, StopStatus } from '../feed/schema.ts';
import { regionOf } from '../regions.ts';
import type { Lang } from '../words/lang.ts';

const EVENT_STATUS: Record<StopStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
};

export interface EventJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Event';
  [key: string]: unknown;
}

export function eventJsonLd(stop: Stop, organizer: Organizer, lang: Lang): EventJsonLd {
  const region = regionOf(stop.region);
  const address: Record<string, string> = {
    '@type': 'PostalAddress',
    addressLocality: stop.city,
    addressRegion: region[lang],
    addressCountry: 'FR',
  };
  if (stop.venue?.address) address.streetAddress = stop.venue.address;
  const data: EventJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: stop.title,
    // Whole days stay dates; instants keep the offset the feed gave them.
    startDate: stop.start,
    endDate: stop.end,
    eventStatus: EVENT_STATUS[stop.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', name: stop.venue?.name ?? stop.city, address },
    organizer: organizer.url
      ? { '@type': 'Organization', name: organizer.name, url: organizer.url }
      : { '@type': 'Organization', name: organizer.name },
    // The stops themselves are held in French, whatever the page's language.
    inLanguage: 'fr',
  };
  const description = [stop.theme, stop.description].filter(Boolean).join('\n\n');
  if (description) data.description = description;
  if (stop.url) data.url = stop.url;
  if (stop.registrationUrl) data.offers = { '@type': 'Offer', url: stop.registrationUrl };
  return data;
}

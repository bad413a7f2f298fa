import { describe, expect, it } from 'vitest';
import { makeStop } from '../test-stops.ts';
import { eventJsonLd } from './event-json-ld.ts';

const organizer = { name: 'Les Interconnectés', url: 'https://www.interconnectes.com' };

describe('eventJsonLd', () => {
  it('describes a whole-day stop as a schema.org Event', () => {
    expect(eventJsonLd(makeStop({ start: '2019-06-26', end: '2019-06-27' }), organizer, 'fr')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'IntercoTOUR Occitanie',
      startDate: '2019-06-26',
      endDate: '2019-06-27',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Cahors',
        address: {
          '@type': 'PostalAddress',
          addressLocality: 'Cahors',
          addressRegion: 'Occitanie',
          addressCountry: 'FR',
        },
      },
      organizer: { '@type': 'Organization', name: 'Les Interconnectés', url: 'https://www.interconnectes.com' },
      inLanguage: 'fr',
    });
  });

  it('marks cancelled stops and keeps offsets of timed ones', () => {
    const data = eventJsonLd(
      makeStop({ status: 'cancelled', start: '2019-06-26T09:00:00+02:00', end: '2019-06-26T17:00:00+02:00' }),
      organizer,
      'en',
    );
    expect(data).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      startDate: '2019-06-26T09:00:00+02:00',
    });
  });

  it('survives JSON.stringify with hostile text (no script breakout once escaped by the caller)', () => {
    const data = eventJsonLd(makeStop({ title: '</script><script>alert(1)</script>' }), organizer, 'fr');
    expect(JSON.parse(JSON.stringify(data)).name).toBe('</script><script>alert(1)</script>');
  });
});

import { describe, expect, it } from 'vitest';
import { tour2019Feed } from '../testing/tour.ts';
import { calendarAction, icsFileName } from './calendar-action.ts';

const cahors = tour2019Feed().stops.find((stop) => stop.id === '2019-cahors')!;

describe('calendarAction', () => {
  it('links to Google, Outlook.com and Microsoft 365 with the whole day and an exclusive end', () => {
    const google = calendarAction('google', cahors, 'fr');
    expect(google.kind).toBe('link');
    const url = new URL((google as { href: string }).href);
    expect(url.host).toBe('calendar.google.com');
    expect(url.searchParams.get('dates')).toBe('20190326/20190327');
    expect(url.searchParams.get('text')).toBe('IntercoTOUR Occitanie');
    const outlook = new URL((calendarAction('outlook', cahors, 'fr') as { href: string }).href);
    expect(outlook.host).toBe('outlook.live.com');
    expect(outlook.searchParams.get('startdt')).toBe('2019-03-26');
    expect(outlook.searchParams.get('enddt')).toBe('2019-03-27');
    expect(new URL((calendarAction('office365', cahors, 'fr') as { href: string }).href).host).toBe(
      'outlook.office.com',
    );
  });

  it('prefers the stop’s hosted .ics, and makes one only when the feed hosts none', () => {
    const hosted = { ...cahors, icsUrl: 'https://cdn.example.fr/tour/stops/2019-cahors.ics' };
    expect(calendarAction('ics', hosted, 'fr')).toEqual({ kind: 'ics-url', href: hosted.icsUrl });
    expect(calendarAction('ics', cahors, 'fr')).toEqual({ kind: 'ics-file', fileName: 'intercotour-2019-cahors.ics' });
    expect(icsFileName(cahors)).toBe('intercotour-2019-cahors.ics');
  });
});

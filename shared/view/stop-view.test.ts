import { describe, expect, it } from 'vitest';
import { makeStop } from '../test-stops.ts';
import { copyView, STALE_AFTER_MS } from './feed-copy.ts';
import { CALENDAR_TARGETS, icsFileName, stopView } from './stop-view.ts';

const today = '2019-03-20';
const options = { today, lang: 'fr' as const };

describe('stop view', () => {
  it('counts down to a scheduled or rescheduled stop ahead, and to nothing else', () => {
    expect(stopView(makeStop(), options).countdown).toEqual({ phase: 'upcoming', days: 6 });
    expect(stopView(makeStop({ status: 'rescheduled' }), options).countdown).toEqual({ phase: 'upcoming', days: 6 });
    expect(stopView(makeStop({ status: 'cancelled' }), options).countdown).toBeUndefined();
    expect(stopView(makeStop({ status: 'postponed' }), options).countdown).toBeUndefined();
    expect(stopView(makeStop(), { ...options, today: '2019-03-27' }).countdown).toBeUndefined();
    expect(stopView(makeStop(), { ...options, today: '2019-03-26' }).countdown).toEqual({ phase: 'ongoing', days: 0 });
  });

  it('offers every calendar, Yahoo included, the preferred one first, the .ics named for a downloads folder', () => {
    const view = stopView(makeStop(), options);
    expect(view.calendar.map((choice) => choice.target)).toEqual(['ics', 'google', 'outlook', 'office365', 'yahoo']);
    expect(CALENDAR_TARGETS).toContain('yahoo');
    expect(view.calendar[0]).toEqual({ target: 'ics', fileName: 'intercotour-cahors-2019.ics' });
    const google = stopView(makeStop(), { ...options, preferred: 'google' }).calendar;
    expect(google.map((choice) => choice.target)).toEqual(['google', 'ics', 'outlook', 'office365', 'yahoo']);
    expect(google[0]?.href).toMatch(/^https:\/\/calendar\.google\.com\//);
    expect(icsFileName({ id: '2019-paris' })).toBe('intercotour-2019-paris.ics');
  });

  it('links the hosted .ics when the feed gives one', () => {
    const hosted = makeStop({ icsUrl: 'https://cdn.example.fr/stops/cahors-2019.ics' });
    expect(stopView(hosted, options).calendar[0]).toEqual({
      target: 'ics',
      href: 'https://cdn.example.fr/stops/cahors-2019.ics',
      fileName: 'intercotour-cahors-2019.ics',
    });
  });

  it('offers no calendar once past, cancelled or postponed', () => {
    expect(stopView(makeStop(), { ...options, today: '2019-03-27' }).calendar).toEqual([]);
    expect(stopView(makeStop({ status: 'cancelled' }), options).calendar).toEqual([]);
    expect(stopView(makeStop({ status: 'postponed' }), options).calendar).toEqual([]);
  });

  it('leads with registering when a registration link is open, else with adding to a calendar', () => {
    const open = makeStop({ registrationUrl: 'https://example.org/inscription', url: 'https://example.org/cahors' });
    expect(stopView(open, options)).toMatchObject({
      primary: 'register',
      registrationUrl: 'https://example.org/inscription',
      pageUrl: 'https://example.org/cahors',
    });
    expect(stopView(makeStop(), options).primary).toBe('add');
    const over = stopView(open, { ...options, today: '2019-04-01' });
    expect(over.primary).toBeUndefined();
    expect(over.registrationUrl).toBeUndefined();
    expect(over.pageUrl).toBe('https://example.org/cahors');
    const cancelled = stopView({ ...open, status: 'cancelled' }, options);
    expect(cancelled.primary).toBeUndefined();
    expect(cancelled.registrationUrl).toBeUndefined();
    expect(stopView({ ...open, status: 'postponed' }, options).primary).toBeUndefined();
  });

  it('says when a stop is past', () => {
    expect(stopView(makeStop(), options).past).toBe(false);
    expect(stopView(makeStop(), { ...options, today: '2019-03-26' }).past).toBe(false);
    expect(stopView(makeStop(), { ...options, today: '2019-03-27' }).past).toBe(true);
  });
});

describe('feed copy', () => {
  const now = new Date('2019-03-20T12:00:00Z');
  it('is fresh when the last read worked and is less than a day old', () => {
    expect(copyView({ fetchedAt: '2019-03-20T11:00:00Z', lastReadFailed: false }, now)).toEqual({ stale: false });
  });
  it('is old, since its date, when the last read failed or it is over a day old', () => {
    expect(copyView({ fetchedAt: '2019-03-20T11:00:00Z', lastReadFailed: true }, now)).toEqual({
      stale: true,
      since: '2019-03-20T11:00:00Z',
    });
    const dayOld = new Date(now.getTime() - STALE_AFTER_MS - 1).toISOString();
    expect(copyView({ fetchedAt: dayOld, lastReadFailed: false }, now)).toEqual({ stale: true, since: dayOld });
    expect(copyView({ fetchedAt: 'garbage', lastReadFailed: false }, now)).toMatchObject({ stale: true });
  });
});

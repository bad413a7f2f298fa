import { describe, expect, it } from 'vitest';
import { makeStop } from '../test-stops.ts';
import { addToCalendarLink, googleLink, office365Link, outlookLink, yahooLink } from './add-to-calendar.ts';
import { subscribeLink, webcalUrl } from './subscribe.ts';

const paris = makeStop({
  id: 'paris',
  title: 'IntercoTOUR Île-de-France',
  region: 'ile-de-france',
  city: 'Paris',
  start: '2019-06-26',
  end: '2019-06-27',
  theme: 'Au cœur de l’innovation',
});
const timed = makeStop({ start: '2019-06-26T09:00:00+02:00', end: '2019-06-26T17:30:00+02:00' });
const params = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('Google', () => {
  it('gives whole days an exclusive end', () => {
    const url = googleLink(paris, 'fr');
    expect(url.startsWith('https://calendar.google.com/calendar/render?')).toBe(true);
    expect(params(url)).toMatchObject({
      action: 'TEMPLATE',
      text: 'IntercoTOUR Île-de-France',
      dates: '20190626/20190628',
      location: 'Paris (Île-de-France)',
    });
    expect(params(url).details).toContain('Au cœur de l’innovation');
  });
  it('writes timed stops in UTC', () => {
    expect(params(googleLink(timed, 'fr')).dates).toBe('20190626T070000Z/20190626T153000Z');
  });
});

describe('Outlook.com and Microsoft 365', () => {
  it('use the compose deep link with all-day dates and an exclusive end', () => {
    const url = outlookLink(paris, 'en');
    expect(url.startsWith('https://outlook.live.com/calendar/0/action/compose?')).toBe(true);
    expect(params(url)).toMatchObject({
      rru: 'addevent',
      subject: 'IntercoTOUR Île-de-France',
      startdt: '2019-06-26',
      enddt: '2019-06-28',
      allday: 'true',
    });
    expect(office365Link(paris, 'en').startsWith('https://outlook.office.com/calendar/0/action/compose?')).toBe(true);
  });
  it('write instants in UTC with Z, not all day', () => {
    const p = params(office365Link(timed, 'fr'));
    expect(p).toMatchObject({ startdt: '2019-06-26T07:00:00Z', enddt: '2019-06-26T15:30:00Z' });
    expect(p.allday).toBeUndefined();
  });
});

describe('Yahoo', () => {
  it('uses dur=allday for one day only', () => {
    expect(params(yahooLink(makeStop(), 'fr'))).toMatchObject({
      v: '60',
      st: '20190326',
      dur: 'allday',
      title: 'IntercoTOUR Occitanie',
    });
    expect(params(yahooLink(paris, 'fr'))).toMatchObject({ st: '20190626T000000', et: '20190627T235900' });
    expect(params(yahooLink(timed, 'fr'))).toMatchObject({ st: '20190626T070000Z', et: '20190626T153000Z' });
  });
});

describe('every link', () => {
  it('is https, encodes what the feed holds and stays a sane length', () => {
    const hostile = makeStop({ title: 'A & B = "C" <x> #1?', description: 'é'.repeat(9000) });
    for (const target of ['google', 'outlook', 'office365', 'yahoo'] as const) {
      const url = addToCalendarLink(target, hostile, 'fr');
      expect(url.startsWith('https://')).toBe(true);
      const title = params(url).text ?? params(url).subject ?? params(url).title;
      expect(title).toBe('A & B = "C" <x> #1?');
      expect(url.length).toBeLessThan(16_000);
    }
  });
});

describe('subscribe', () => {
  const ics = 'https://cdn.example.fr/intercotour/intercotour.ics';
  it('offers webcal, Google (cid = webcal) and Outlook', () => {
    expect(webcalUrl(ics)).toBe('webcal://cdn.example.fr/intercotour/intercotour.ics');
    expect(subscribeLink('webcal', ics, 'IntercoTOUR')).toBe('webcal://cdn.example.fr/intercotour/intercotour.ics');
    expect(params(subscribeLink('google', ics, 'IntercoTOUR')).cid).toBe(
      'webcal://cdn.example.fr/intercotour/intercotour.ics',
    );
    expect(params(subscribeLink('outlook', ics, 'IntercoTOUR 2019'))).toEqual({ url: ics, name: 'IntercoTOUR 2019' });
  });
});

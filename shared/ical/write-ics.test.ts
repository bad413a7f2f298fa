import { readFileSync, writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import tour from '../data/tour-2019.json' with { type: 'json' };
import { readFeed } from '../feed/read-feed.ts';
import type { Feed } from '../feed/schema.ts';
import { makeStop } from '../test-stops.ts';
import { stopToIcs, tourToIcs } from './write-ics.ts';

const read = readFeed(tour);
if (!read.ok) throw new Error('bundled tour must read');
const feed: Feed = read.feed;
const stamp = new Date('2019-03-01T09:00:00Z');

const golden = (name: string) => new URL(`../../test/fixtures/ics/${name}`, import.meta.url);
/** Golden files are byte-exact; `UPDATE_GOLDEN=1` rewrites them after a deliberate change. */
function expectGolden(name: string, text: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden(name), text);
  expect(text).toBe(readFileSync(golden(name), 'utf8'));
}

const lines = (text: string) => text.split('\r\n');

function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of lines(text)) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\nPRODID:/);
  expect(text).toContain('\r\nMETHOD:PUBLISH\r\n');
}

/** Unfolded content lines, as a reader sees them. */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

const paris = feed.stops.find((stop) => stop.id === '2019-paris')!;
const timed = makeStop({
  id: 'atelier-data',
  title: 'Atelier « data » d’été',
  start: '2019-06-26T09:00:00+02:00',
  end: '2019-06-26T17:30:00+02:00',
  sequence: 2,
  venue: { name: 'Espace Valentré', address: '1 rue X, 46000 Cahors' },
  url: 'https://example.org/atelier',
});

describe('one stop as .ics', () => {
  it('matches the golden file for the two-day Paris stop', () => {
    const text = stopToIcs(paris, { stamp, reminderMinutes: 900 });
    expectWellFormed(text);
    expectGolden('2019-paris.ics', text);
  });

  it('writes whole days with an exclusive DTEND (Paris across 26 and 27 June)', () => {
    const text = unfolded(stopToIcs(paris, { stamp }));
    expect(text).toContain('DTSTART;VALUE=DATE:20190626');
    expect(text).toContain('DTEND;VALUE=DATE:20190628');
    expect(text).toContain('UID:2019-paris@intercotour');
    expect(text).toContain('DTSTAMP:20190301T090000Z');
    expect(text).toContain('SEQUENCE:0');
    expect(text).toContain('STATUS:CONFIRMED');
  });

  it('writes timed stops in their zone, with the VTIMEZONE they name', () => {
    const text = stopToIcs(timed, { stamp, lang: 'en' });
    expectWellFormed(text);
    expectGolden('timed-stop.ics', text);
    const content = unfolded(text);
    expect(content).toContain('DTSTART;TZID=Europe/Paris:20190626T090000');
    expect(content).toContain('DTEND;TZID=Europe/Paris:20190626T173000');
    expect(content).toContain('TZID:Europe/Paris');
    expect(content).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
  });

  it('marks a cancelled stop and gives it no alarm', () => {
    const text = unfolded(stopToIcs(makeStop({ status: 'cancelled', sequence: 3 }), { stamp, reminderMinutes: 900 }));
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('SEQUENCE:3');
    expect(text).not.toContain('BEGIN:VALARM');
  });

  it('adds a VALARM when asked', () => {
    const text = unfolded(stopToIcs(paris, { stamp, reminderMinutes: 900 }));
    expect(text).toContain('BEGIN:VALARM');
    expect(text).toContain('TRIGGER:-PT15H');
    expect(text).toContain('ACTION:DISPLAY');
  });

  it('keeps accents and escapes text, whatever carriage returns the text held', () => {
    const text = stopToIcs(makeStop({ description: 'Ligne ; une, deux\\trois' }), { stamp });
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('description')).toBe('Ligne ; une, deux\\trois');
  });
});

describe('parsed back by ical.js and by node-ical', () => {
  const files = {
    tour: tourToIcs(feed, { stamp }),
    timed: stopToIcs(timed, { stamp }),
  };

  it('ical.js sees the 8 stops on the right days', () => {
    const calendar = new ICAL.Component(ICAL.parse(files.tour));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.map((event) => [event.uid, event.startDate.toString(), event.endDate.toString()])).toEqual([
      ['2019-cahors@intercotour', '2019-03-26', '2019-03-27'],
      ['2019-dax@intercotour', '2019-06-20', '2019-06-21'],
      ['2019-paris@intercotour', '2019-06-26', '2019-06-28'],
      ['2019-charleville-mezieres@intercotour', '2019-07-02', '2019-07-03'],
      ['2019-le-havre@intercotour', '2019-07-09', '2019-07-10'],
      ['2019-saint-quentin@intercotour', '2019-09-19', '2019-09-20'],
      ['2019-istres@intercotour', '2019-09-26', '2019-09-27'],
      ['2019-annecy@intercotour', '2019-10-17', '2019-10-18'],
    ]);
    expect(events[0]!.summary).toBe('IntercoTOUR Occitanie');
    expect(events[3]!.location).toBe('Charleville-Mézières (Grand Est)');
  });

  it('node-ical sees the same stops, dates and texts', () => {
    const parsed = Object.values(nodeIcal.sync.parseICS(files.tour)).filter((item) => item?.type === 'VEVENT');
    expect(parsed).toHaveLength(8);
    const day = (date: Date) =>
      `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const rows = parsed.map((event) => [event.uid, day(event.start), event.end && day(event.end), event.datetype]);
    expect(rows).toContainEqual(['2019-paris@intercotour', '2019-06-26', '2019-06-28', 'date']);
    expect(rows).toContainEqual(['2019-cahors@intercotour', '2019-03-26', '2019-03-27', 'date']);
    const parisEvent = parsed.find((event) => event.uid === '2019-paris@intercotour')!;
    expect(parisEvent.summary).toBe('IntercoTOUR Île-de-France');
    expect(parisEvent.description).toContain('Au cœur de l’innovation des territoires');
  });

  it('both read the timed stop as the same instants', () => {
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(files.timed)).getFirstSubcomponent('vevent')!);
    // ical.js needs the file's VTIMEZONE registered to turn the wall clock into an instant.
    const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(files.timed)).getFirstSubcomponent('vtimezone')!);
    const { year, month, day, hour, minute, second } = event.startDate;
    const start = ICAL.Time.fromData({ year, month, day, hour, minute, second }, zone);
    expect(start.toJSDate().toISOString()).toBe('2019-06-26T07:00:00.000Z');
    const other = Object.values(nodeIcal.sync.parseICS(files.timed)).find((item) => item?.type === 'VEVENT') as VEvent;
    expect(other.start.toISOString()).toBe('2019-06-26T07:00:00.000Z');
    expect(other.end?.toISOString()).toBe('2019-06-26T15:30:00.000Z');
  });

  it('round-trips through ical.js unchanged', () => {
    for (const text of Object.values(files)) {
      expect(new ICAL.Component(ICAL.parse(text)).toString() + '\r\n').toBe(text);
    }
  });
});

describe('the whole tour as a subscribable calendar', () => {
  it('matches the golden file', () => {
    const text = tourToIcs(feed, { stamp, sourceUrl: 'https://cdn.example.fr/feed/intercotour.ics' });
    expectWellFormed(text);
    expectGolden('tour-2019.ics', text);
  });

  it('carries the RFC 7986 subscription properties', () => {
    const text = unfolded(tourToIcs(feed, { stamp }));
    expect(text).toContain('NAME:IntercoTOUR 2019');
    expect(text).toContain('X-WR-CALNAME:IntercoTOUR 2019');
    expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(text).toContain('X-PUBLISHED-TTL:P1D');
    expect(text).toContain('METHOD:PUBLISH');
    // Whole-day stops need no zone block.
    expect(text).not.toContain('BEGIN:VTIMEZONE');
  });

  it('keeps every line within 75 octets, even for long French text full of accents', () => {
    const wordy = makeStop({
      title: 'Été « numérique » ’'.repeat(10).slice(0, 200),
      description: 'àéèêëîïôöùûüç«»’—'.repeat(300),
    });
    expectWellFormed(stopToIcs(wordy, { stamp }));
    expectWellFormed(tourToIcs({ ...feed, stops: [wordy, timed] }, { stamp }));
  });
});

describe('calendar files at the ends of the calendar a feed may use', () => {
  it('write four-digit years that both parsers read back as written', () => {
    const stops = [
      makeStop({ id: 'premier', start: '1000-01-02', end: '1000-01-02' }),
      makeStop({ id: 'dernier', start: '9999-12-30', end: '9999-12-30' }),
      makeStop({ id: 'tot', region: 'la-reunion', start: '1000-01-02T00:00:00Z', end: '1000-01-02T01:00:00Z' }),
      makeStop({ id: 'tard', region: 'guadeloupe', start: '9999-12-30T22:00:00Z', end: '9999-12-30T23:59:59Z' }),
    ];
    for (const stop of stops) {
      const text = stopToIcs(stop, { stamp });
      expectWellFormed(text);
      const dates = unfolded(text).filter((line) => /^(DTSTART|DTEND);/.test(line));
      expect(dates).toHaveLength(2);
      for (const line of dates) expect(line).toMatch(/:(1000|9999)(0[1-9]|1[0-2])\d\d(T\d{6})?$/);
      const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
      const other = Object.values(nodeIcal.sync.parseICS(text)).find((item) => item?.type === 'VEVENT') as VEvent;
      expect(other.uid).toBe(`${stop.id}@intercotour`);
      expect(other.start.getUTCFullYear()).toBe(event.startDate.year);
      expect([event.startDate.year, event.endDate.year]).toEqual(
        stop.id === 'premier' || stop.id === 'tot' ? [1000, 1000] : [9999, 9999],
      );
    }
  });
});

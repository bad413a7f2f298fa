/**
 * Agendas as real programs export them (hand-made, small, one per exporter and per trap), read by
 * the import and, for every stop, by node-ical, a parser this project did not write.
 */
import { readFileSync } from 'node:fs';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { readIcs, type IcsResult } from './read-ics.ts';

const now = new Date('2019-09-15T10:00:00Z');
const path = (name: string) => new URL(`../../../test/fixtures/ics/import/${name}`, import.meta.url);
const text = (name: string) => readFileSync(path(name), 'utf8');
const importOf = (name: string, until?: string) =>
  readIcs(text(name), { now, region: 'occitanie', ...(until ? { until } : {}) });

const stopsOf = (result: IcsResult) => (result.ok ? result.feed.stops : []);
const codes = (result: IcsResult) => result.problems.map(({ path, code, summary }) => [path.join('.'), code, summary]);

/** node-ical's occurrences of a file, as `start/end` in instants (timed) or days (whole days). */
function nodeIcalStops(name: string): string[] {
  // node-ical keeps only the last calendar of a stream: each is given to it alone.
  const calendars = text(name).split(/(?=BEGIN:VCALENDAR)/);
  const events = calendars.flatMap((calendar) =>
    Object.values(nodeIcal.sync.parseICS(calendar)).filter(
      (item): item is VEvent => item?.type === 'VEVENT' && !item.recurrenceid,
    ),
  );
  return events.flatMap((event) =>
    nodeIcal
      .expandRecurringEvent(event, { from: new Date('2019-01-01'), to: new Date('2020-12-31') })
      // The event whose DURATION leaves the calendar (ours refuses it) has no valid end there.
      .filter((instance) => !Number.isNaN(instance.end.getTime()))
      .map((instance) => {
        if (!instance.isFullDay) return `${instance.start.toISOString()}/${instance.end.toISOString()}`;
        // A whole day: node-ical builds it at local midnight; its end is exclusive.
        const day = (date: Date) =>
          `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const last = new Date(instance.end.getTime() - 86_400_000);
        return `${day(instance.start)}/${day(last < instance.start ? instance.start : last)}`;
      }),
  );
}

/** Ours, in the same terms. */
function ourStops(result: IcsResult): string[] {
  const instant = (value: string) => (value.includes('T') ? new Date(value).toISOString() : value);
  return (
    stopsOf(result)
      // A zone nobody knows is a guess on both sides (ours says so): not compared.
      .filter((stop) => stop.id !== 'unknown-zone-example-org')
      .map((stop) => `${instant(stop.start)}/${instant(stop.end)}`)
  );
}

describe('every imported stop is what node-ical reads from the same file', () => {
  it.each([
    'outlook-custom-zone.ics',
    'google-rrule-exdate.ics',
    'thunderbird-edited.ics',
    'sabredav-nextcloud.ics',
    'two-calendars.ics',
    // Not bare-date.ics: node-ical throws on its one unreadable RRULE and reads none of the file.
    'huge-duration.ics',
  ])('%s', (name) => {
    const result = importOf(name);
    const theirs = new Set(nodeIcalStops(name));
    for (const stop of ourStops(result)) expect(theirs).toContain(stop);
    expect(ourStops(result).length).toBeGreaterThan(0);
  });
});

describe('an Outlook export with its own time zone', () => {
  it('reads the custom zone, takes the town from LOCATION, and says which events need a city or a zone', () => {
    const result = importOf('outlook-custom-zone.ics');
    expect(stopsOf(result).map(({ city, start }) => [city, start])).toEqual([
      ['Le Havre', '2019-07-09T09:30:00+02:00'],
      ['Paris', '2019-12-13T10:00:00+01:00'],
    ]);
    expect(codes(result)).toEqual([
      ['VEVENT.1.LOCATION', 'no-city', 'Comité de pilotage'],
      ['VEVENT.2.DTSTART', 'unknown-zone', 'Réunion des partenaires'],
    ]);
    expect(result.tally).toMatchObject({ events: 3, stops: 2, needCity: 1 });
  });

  it('gives long UIDs short ids that stay distinct and the same from one import to the next', () => {
    const ids = stopsOf(importOf('sabredav-nextcloud.ics')).map((stop) => stop.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
    expect(stopsOf(importOf('sabredav-nextcloud.ics')).map((stop) => stop.id)).toEqual(ids);
  });
});

describe('repeated events', () => {
  it('expands a Google series without its EXDATE, with stable ids, and refuses a series without end', () => {
    const result = importOf('google-rrule-exdate.ics');
    expect(stopsOf(result).map((stop) => stop.id)).toEqual([
      '7kq1c0ff33r2-google-com-20191002t093000',
      '7kq1c0ff33r2-google-com-20191009t093000',
      '7kq1c0ff33r2-google-com-20191023t093000',
      '7kq1c0ff33r2-google-com-20191030t093000',
    ]);
    expect(codes(result)).toEqual([['VEVENT.1.RRULE', 'unbounded-series', 'Permanence numérique']]);
    expect(result.tally).toMatchObject({ series: 1, seriesStops: 4 });
  });

  it('takes a series without end up to --until', () => {
    const result = importOf('google-rrule-exdate.ics', '2019-12-31');
    expect(result.problems).toEqual([]);
    expect(
      stopsOf(result)
        .slice(4)
        .map((stop) => stop.start),
    ).toEqual(['2019-11-04', '2019-12-02']);
  });

  it('applies a moved and a cancelled occurrence written before their series (Thunderbird)', () => {
    const result = importOf('thunderbird-edited.ics');
    expect(result.problems).toEqual([]);
    expect(stopsOf(result).map(({ start, status, title, city }) => [start, status, title, city])).toEqual([
      ['2019-10-31T14:00:00+01:00', 'scheduled', 'Club des DSI', 'Bordeaux'],
      ['2019-11-08T10:00:00+01:00', 'scheduled', 'Club des DSI – séance déplacée', 'Bordeaux'],
      ['2019-11-14T14:00:00+01:00', 'scheduled', 'Club des DSI', 'Bordeaux'],
      ['2019-11-21T14:00:00+01:00', 'cancelled', 'Club des DSI', 'Bordeaux'],
      ['2019-11-28T14:00:00+01:00', 'scheduled', 'Club des DSI', 'Bordeaux'],
    ]);
  });
});

describe('one bad event never spoils the file', () => {
  it('reads a bare date as a date, names the unreadable values on their events, imports the rest', () => {
    const result = importOf('bare-date.ics');
    expect(codes(result)).toEqual([
      ['VEVENT.0.DTSTART', 'bare-date', 'IntercoTOUR Île-de-France'],
      ['VEVENT.1.DTSTART', 'bad-value', 'Rencontre à confirmer'],
      ['VEVENT.2.RRULE', 'bad-value', 'Règle illisible'],
    ]);
    expect(stopsOf(result).map(({ start, end, city }) => [start, end, city])).toEqual([
      ['2019-06-26', '2019-06-27', 'Paris'],
      ['2019-10-17', '2019-10-17', 'Annecy'],
    ]);
  });

  it('finds an out-of-range DURATION at once and keeps the other event', () => {
    const result = importOf('huge-duration.ics');
    expect(codes(result)).toEqual([['VEVENT.0.DURATION', 'out-of-calendar', 'Durée sans fin']]);
    expect(stopsOf(result)).toHaveLength(1);
  });

  it('names an event without UID, and takes an all-day DTEND equal to DTSTART as one day', () => {
    const result = importOf('sabredav-nextcloud.ics');
    expect(codes(result)).toEqual([['VEVENT.2.UID', 'no-uid', 'Étape sans identifiant']]);
    expect(stopsOf(result)[0]).toMatchObject({ start: '2019-06-26', end: '2019-06-26', city: 'Paris' });
  });
});

describe('the file as a whole', () => {
  it('reads every calendar of a stream of two', () => {
    const result = importOf('two-calendars.ics');
    expect(result.ok && result.feed.name).toBe('Jours fériés');
    expect(stopsOf(result).map((stop) => stop.title)).toEqual(['Fête nationale', 'Assomption']);
  });

  it('says that a file has no event', () => {
    const result = importOf('no-event.ics');
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([['', 'no-event', undefined]]);
  });

  it('refuses more stops than a feed may hold, before reading them', () => {
    const event = (n: number) =>
      `BEGIN:VEVENT\r\nUID:e${n}\r\nDTSTART;VALUE=DATE:20190626\r\nSUMMARY:x\r\nLOCATION:Paris\r\nEND:VEVENT\r\n`;
    const big = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${Array.from({ length: 1001 }, (_, n) => event(n)).join('')}END:VCALENDAR\r\n`;
    const result = readIcs(big, { now });
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { path: [], code: 'too-many-events', severity: 'error', found: '1001', limit: 1000 },
    ]);
  });

  it('refuses a daily series that would pass the limit', () => {
    const daily =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20190626\r\nRRULE:FREQ=DAILY;COUNT=5000\r\nSUMMARY:x\r\nLOCATION:Paris\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    expect(readIcs(daily, { now }).problems.map((problem) => problem.code)).toEqual(['too-many-events']);
  });
});

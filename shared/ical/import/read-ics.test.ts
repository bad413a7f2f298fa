import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tour from '../../data/tour-2019.json' with { type: 'json' };
import { describeProblem } from '../../feed/problem-words.ts';
import type { Lang } from '../../words/lang.ts';
import { isFeedProblem, type ImportProblem } from './import-problem.ts';
import { readFeed } from '../../feed/read-feed.ts';
import { makeStop } from '../../test-stops.ts';
import { readIcs } from './read-ics.ts';
import { stopToIcs, tourToIcs } from '../write-ics.ts';

const now = new Date('2019-09-15T10:00:00Z');
const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/ics/${name}`, import.meta.url), 'utf8');
const read = readFeed(tour);
/** The feed's own words for the feed's problems; the import's own codes are the publisher's to word. */
const wordsIn = (lang: Lang) => (problem: ImportProblem) =>
  isFeedProblem(problem) ? describeProblem(problem, lang) : problem.code;
if (!read.ok) throw new Error('bundled tour must read');

describe('readIcs on our own files', () => {
  it('gives back the tour’s stops: ids, titles, regions, cities, days', () => {
    const result = readIcs(tourToIcs(read.feed, { stamp: now }), { now });
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.feed.name).toBe('IntercoTOUR 2019');
    const pick = ({ id, title, region, city, start, end, status, sequence }: (typeof read.feed.stops)[number]) => ({
      id,
      title,
      region,
      city,
      start,
      end,
      status,
      sequence,
    });
    expect(result.feed.stops.map(pick)).toEqual(read.feed.stops.map(pick));
  });

  it('gives back a timed, cancelled stop with its instants and sequence', () => {
    const stop = makeStop({
      start: '2019-06-26T09:00:00+02:00',
      end: '2019-06-26T17:30:00+02:00',
      status: 'cancelled',
      sequence: 4,
      url: 'https://example.org/x',
    });
    const result = readIcs(stopToIcs(stop, { stamp: now }), { now });
    expect(result.ok && result.feed.stops[0]).toMatchObject({
      id: 'cahors-2019',
      start: '2019-06-26T09:00:00+02:00',
      end: '2019-06-26T17:30:00+02:00',
      status: 'cancelled',
      sequence: 4,
      url: 'https://example.org/x',
      region: 'occitanie',
      city: 'Cahors',
    });
  });
});

describe('readIcs on a Google Calendar export', () => {
  const cahors = {
    id: '3n1u2k5t0j6m1p8q9r4s7v2w0x-google-com',
    title: 'Journée numérique Occitanie',
    region: 'occitanie',
    city: 'Cahors',
    start: '2019-10-03T09:00:00+02:00',
    end: '2019-10-03T17:00:00+02:00',
    status: 'scheduled',
    sequence: 1,
    description: 'Journée régionale, ateliers et pitchs.\nInscription conseillée.',
    venue: { name: 'Espace Valentré', address: '1 rue de la Barre, 46000 Cahors' },
  };
  const webinar = {
    id: 'utc-duration-google-com',
    title: 'Webinaire open data',
    region: 'occitanie',
    city: 'Montpellier',
    // 08:00Z plus PT2H30M, in Paris winter time.
    start: '2019-11-20T09:00:00+01:00',
    end: '2019-11-20T11:30:00+01:00',
    status: 'scheduled',
    sequence: 0,
  };

  it('reads events whose region it finds (CATEGORIES, LOCATION) and names the one it cannot place', () => {
    const result = readIcs(fixture('google-export.ics'), { now });
    expect(result.ok && result.feed.name).toBe('Agenda numérique de Cahors');
    expect(result.ok && result.feed.stops).toEqual([cahors, webinar]);
    expect(result.problems.map(wordsIn('en'))).toEqual([
      'VEVENT[1].LOCATION: no region found: name it in LOCATION or CATEGORIES (e.g. Occitanie), or use --region — stop "2a9b8c7d6e5f-google-com" left out',
    ]);
  });

  it('takes a default region for the others, and makes whole-day ends inclusive', () => {
    const result = readIcs(fixture('google-export.ics'), { now, region: 'occitanie' });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.feed.stops[1]).toEqual({
      id: '2a9b8c7d6e5f-google-com',
      title: 'Forum des territoires',
      region: 'occitanie',
      city: 'Toulouse',
      start: '2019-11-05',
      end: '2019-11-06',
      status: 'cancelled',
      sequence: 0,
    });
  });
});

describe('readIcs on an Outlook export', () => {
  it('converts a zone only the file defines, and names what it cannot place', () => {
    const result = readIcs(fixture('outlook-export.ics'), { now });
    expect(result.ok && result.feed.stops).toEqual([
      expect.objectContaining({
        title: 'IntercoTOUR Normandie – atelier',
        region: 'normandie',
        city: 'Rouen',
        venue: { name: 'Hôtel de Région' },
        start: '2019-12-12T09:30:00+01:00',
        end: '2019-12-12T12:30:00+01:00',
      }),
    ]);
    expect(result.problems.map(wordsIn('fr'))).toEqual([
      'VEVENT[1].LOCATION\u202f: aucune région trouvée\u202f: nommez-la dans LOCATION ou CATEGORIES (par exemple Occitanie), ou utilisez --region — étape "no-place-example-org" écartée',
      'VEVENT[1].LOCATION\u202f: aucune ville trouvée\u202f: indiquez-la dans LOCATION — étape "no-place-example-org" écartée',
    ]);
  });
});

describe('readIcs on what is not iCalendar', () => {
  it.each([
    ['JSON', '{"version": 1}'],
    ['an empty file', ''],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\nEND:VCARD\r\n'],
    ['a truncated calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x'],
  ])('says so for %s, without throwing', (_, text) => {
    const result = readIcs(text, { now });
    expect(result.ok).toBe(false);
    expect(wordsIn('fr')(result.problems[0]!)).toBe(
      'fichier\u202f: le fichier n’est pas un fichier iCalendar (.ics) lisible',
    );
  });
});

describe('readIcs on an edited occurrence that its series no longer has', () => {
  // The series was moved to other days after one occurrence was edited: the edit stays in the
  // agenda, and so it does in the feed, said so.
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    'BEGIN:VEVENT',
    'UID:atelier-serie@example.org',
    'SUMMARY:Atelier IntercoTOUR',
    'LOCATION:Rouen',
    'CATEGORIES:Normandie',
    'DTSTART;VALUE=DATE:20191007',
    'DTEND;VALUE=DATE:20191008',
    'RRULE:FREQ=WEEKLY;COUNT=2',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:atelier-serie@example.org',
    'SUMMARY:Atelier IntercoTOUR (déplacé)',
    'LOCATION:Caen',
    'CATEGORIES:Normandie',
    'RECURRENCE-ID;VALUE=DATE:20191002',
    'DTSTART;VALUE=DATE:20191003',
    'DTEND;VALUE=DATE:20191004',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  it('imports it as a stop of its own, with a warning naming it', () => {
    const result = readIcs(text, { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.stops.map((stop) => [stop.city, stop.start])).toEqual([
      ['Caen', '2019-10-03'],
      ['Rouen', '2019-10-07'],
      ['Rouen', '2019-10-14'],
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: ['VEVENT', 1, 'RECURRENCE-ID'],
        code: 'orphan-occurrence',
        severity: 'warning',
        summary: 'Atelier IntercoTOUR (déplacé)',
      }),
    ]);
    // A second import gives the same ids.
    const again = readIcs(text, { now });
    expect(again.ok && again.feed.stops.map((stop) => stop.id)).toEqual(result.feed.stops.map((stop) => stop.id));
  });
});

/**
 * The widget's reader must give the core's answers: same stops kept, same values, same problems.
 * Each case below changes one thing in a good feed; both readers read it and must agree.
 */
import { describe, expect, it } from 'vitest';
import * as core from '../../../shared/index.ts';
import { PROGRAMME_KINDS, STATUSES, STOP_ID_PATTERN } from '../../../shared/index.ts';
import tour from '../../../shared/data/tour-2019.json' with { type: 'json' };
import { readFeed, readFeedText } from './read-feed.ts';

type Json = Record<string, unknown>;

const goodStop = (): Json => ({
  id: 'test-stop',
  title: 'Étape de test',
  region: 'occitanie',
  city: 'Cahors',
  start: '2031-03-26',
  end: '2031-03-27',
  theme: 'Thème',
  description: 'Ligne 1\r\nLigne 2',
  venue: { name: 'Salle', address: '1 rue Test' },
  url: 'https://example.org/stop',
  registrationUrl: 'https://example.org/register',
  programme: [{ title: 'Atelier', kind: 'workshop', day: '2031-03-26' }],
  icsUrl: 'https://example.org/stop.ics',
});

const goodFeed = (): Json => ({
  version: 1,
  name: 'Tournée de test',
  organizer: { name: 'Organisateur', url: 'https://example.org' },
  updated: '2031-01-01T10:00:00+01:00',
  url: 'https://example.org',
  stops: [goodStop(), { ...goodStop(), id: 'second', start: '2031-01-05T09:00:00+01:00', end: '2031-01-05T17:00:00Z' }],
});

const TEXTS = [
  undefined,
  null,
  0,
  true,
  [],
  {},
  '',
  '   ',
  ' a \n b ',
  'x'.repeat(201),
  'x'.repeat(301),
  '<b>gras</b>',
];
const URLS = [
  undefined,
  null,
  42,
  '',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  ' https://example.org/a ',
  'https://exa\nmple.org',
  'http:example.org',
  'HTTPS://EXAMPLE.ORG/X',
  'ftp://example.org',
  'https://',
  '//example.org',
  'https://exa mple.org',
  'http://127.0.0.1:8080/x',
  'https://example.org/?a=<b>',
];
const DATES = [
  undefined,
  null,
  20310326,
  '',
  '2031-02-29',
  '2032-02-29',
  '2031-3-26',
  '26/03/2031',
  '2031-03-26T09:00:00+02:00',
  '2031-03-26T09:00+02:00',
  '2031-03-26T09:00:00.123456789Z',
  '2031-03-26T09:00:00.1234567891Z',
  '2031-03-26T24:00:00Z',
  '2031-03-26T09:00:00+15:00',
  '2031-03-26T09:00:00',
  '2031-03-26 09:00:00Z',
];

const STOP_CASES: Record<string, unknown[]> = {
  id: [undefined, null, 7, '', 'Cahors', '-cahors', 'a'.repeat(64), 'a'.repeat(65), 'cahors-2031'],
  title: TEXTS,
  region: [undefined, null, 'Occitanie', '76', 'occitanie ', 'bretagne', 'mayotte'],
  city: TEXTS,
  start: DATES,
  end: DATES,
  status: [undefined, null, 'cancelled', 'postponed', 'rescheduled', 'CANCELLED', 'done', 3],
  sequence: [undefined, null, '1', -1, 0, 1.5, 2_147_483_647, 2_147_483_648, 1e300, 3],
  theme: TEXTS,
  description: [...TEXTS, 'x'.repeat(10_001), '\r\n\r\npara\r\n'],
  venue: [undefined, null, 'Salle', [], {}, { name: '' }, { name: 'Salle', address: 5 }, { name: 'x'.repeat(201) }],
  url: URLS,
  registrationUrl: URLS,
  icsUrl: URLS,
  programme: [
    undefined,
    null,
    'programme',
    {},
    [],
    [null],
    ['Atelier'],
    [{}],
    [{ title: 'A', kind: 'party' }],
    [{ title: 'A', day: '2031-02-30' }],
    [{ title: 'A', start: '2031-03-26', end: '2031-03-26T09:00:00Z' }],
    [{ title: '<i>A</i>', kind: 'pitch', start: '2031-03-26T09:00:00Z', extra: true }],
    Array.from({ length: 201 }, () => ({ title: 'A' })),
    [...Array.from({ length: 201 }, () => ({ title: 'A' })), { title: 3 }],
    [...Array.from({ length: 201 }, () => ({ title: 'A' })), { title: '' }],
  ],
  unknownField: ['ignored', { nested: true }],
};

const ENVELOPE_CASES: Record<string, unknown[]> = {
  version: [undefined, null, '1', 2, 1.0, 0],
  name: TEXTS,
  organizer: [undefined, null, 'org', [], { name: 'Org' }, { name: 'Org', url: 'javascript:x' }, { url: 'https://a' }],
  updated: DATES,
  url: URLS,
  stops: [undefined, null, {}, 'stops', [], [null, 1, 'x', []]],
};

function agree(document: unknown): void {
  const ours = readFeed(document);
  const theirs = core.readFeed(document);
  expect(ours).toEqual(theirs);
}

describe('readFeed (widget) agrees with the core', () => {
  it('on the bundled 2019 tour', () => {
    agree(tour);
    expect(readFeed(tour).ok).toBe(true);
  });

  it('on documents that are not feeds', () => {
    for (const document of [null, 1, 'feed', [], [goodFeed()], {}]) agree(document);
  });

  for (const [field, values] of Object.entries(STOP_CASES)) {
    it(`on every kind of stop.${field}`, () => {
      for (const value of values) {
        const feed = goodFeed();
        const stop = goodStop();
        if (value === undefined) delete stop[field];
        else stop[field] = value;
        // A timed start needs a timed end and the other way round: try both partners.
        for (const partner of ['2031-03-27', '2031-03-27T18:00:00+02:00']) {
          if (field === 'start') stop.end = partner;
          if (field === 'end') stop.start = partner.replace('27', '26');
          feed.stops = [stop, goodStop()];
          agree(feed);
        }
      }
    });
  }

  for (const [field, values] of Object.entries(ENVELOPE_CASES)) {
    it(`on every kind of feed.${field}`, () => {
      for (const value of values) {
        const feed = goodFeed();
        if (value === undefined) delete feed[field];
        else feed[field] = value;
        agree(feed);
      }
    });
  }

  it('on ranges, duplicates and order', () => {
    const stop = (id: string, start: string, end: string) => ({ ...goodStop(), id, start, end });
    agree({
      ...goodFeed(),
      stops: [
        stop('late', '2031-12-01', '2031-12-02'),
        stop('backwards', '2031-05-02', '2031-05-01'),
        stop('backwards-time', '2031-05-02T10:00:00Z', '2031-05-02T09:00:00Z'),
        stop('mixed', '2031-05-02', '2031-05-02T09:00:00Z'),
        stop('early', '2031-01-01', '2031-01-01'),
        stop('early', '2031-02-01', '2031-02-01'),
        { ...goodStop(), id: 'BAD ID', title: '' },
      ],
    });
  });

  it('keeps the feed rules the core exports', () => {
    expect(STATUSES).toEqual(core.STATUSES);
    expect(PROGRAMME_KINDS).toEqual(core.PROGRAMME_KINDS);
    expect(STOP_ID_PATTERN.source).toBe(core.STOP_ID_PATTERN.source);
  });
});

describe('readFeedText', () => {
  it('says when the text is not JSON', () => {
    expect(readFeedText('<html>')).toEqual({
      ok: false,
      problems: [{ path: [], code: 'not-json', severity: 'error' }],
    });
  });

  it('reads JSON text as a feed', () => {
    const result = readFeedText(JSON.stringify(goodFeed()));
    expect(result.ok && result.feed.stops.map((stop) => stop.id)).toEqual(['second', 'test-stop']);
  });
});

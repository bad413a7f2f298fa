/** What an adversary or a careless tool puts in a feed, and what every reader makes of it. */
import { afterEach, describe, expect, it } from 'vitest';
import tour from '../data/tour-2019.json' with { type: 'json' };
import { describeProblem } from './problem-words.ts';
import { readFeed, readFeedText } from './read-feed.ts';
import { MAX_STOPS } from './rules.ts';
import { rawFeed, rawStop } from '../test-stops.ts';

const feedOf = (...stops: unknown[]) =>
  rawFeed(stops, { organizer: { name: 'Les Interconnectés', url: 'https://www.interconnectes.com' } });

describe('ill-formed UTF-16 (half a surrogate pair)', () => {
  const LONE = ['\uD83D', '\uDE00', 'a\uDE00\uD83D', '\uD83D\uD83D\uDE00', '\uD83D\uDE00\uDE00'];

  it.each([
    ['title', { title: 'Cahors \uD83D' }],
    ['city', { city: 'Cahors\uDE00' }],
    ['theme', { theme: '\uD83D' }],
    ['description', { description: 'Ligne\n\uD83D' }],
    ['venue.name', { venue: { name: 'Salle \uD83D' } }],
    ['venue.address', { venue: { name: 'Salle', address: '\uDC00 rue' } }],
    ['programme.0.title', { programme: [{ title: 'Atelier \uD83D' }] }],
    ['url', { url: 'https://example.org/\uD83D' }],
    ['registrationUrl', { registrationUrl: 'https://example.org/?q=\uDE00' }],
    ['icsUrl', { icsUrl: 'https://example.org/a\uD83D.ics' }],
  ])('in %s: refused with a clear problem, the stop dropped, the others kept', (field, fields) => {
    const result = readFeed(feedOf(rawStop(fields), rawStop({ id: 'dax-2019', city: 'Dax' })));
    expect(result.ok && result.feed.stops.map((s) => s.id)).toEqual(['dax-2019']);
    expect(result.problems).toMatchObject([
      {
        path: ['stops', 0, ...field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))],
        code: 'bad-text',
        severity: 'error',
      },
    ]);
    expect(describeProblem(result.problems[0]!, 'en')).toMatch(/holds an ill-formed character \(half a UTF-16 pair/);
    expect(describeProblem(result.problems[0]!, 'fr')).toMatch(
      /contient un caractère mal formé .* — étape "cahors-2019" écartée$/,
    );
  });

  it.each([
    ['name', { name: 'IntercoTOUR \uD83D' }],
    ['organizer.name', { organizer: { name: '\uDE00' } }],
    ['organizer.url', { organizer: { name: 'O', url: 'https://example.org/\uDE00' } }],
    ['url', { url: 'https://example.org/\uD83D' }],
  ])('in the envelope’s %s: the feed refused', (field, fields) => {
    const result = readFeed({ ...feedOf(rawStop()), ...fields });
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ path: field.split('.'), code: 'bad-text' }]);
  });

  it('finds every kind of lone half, and keeps whole pairs', () => {
    for (const city of LONE) expect(readFeed(feedOf(rawStop({ city }))).problems[0]?.code).toBe('bad-text');
    const result = readFeed(feedOf(rawStop({ city: 'Cahors \uD83D\uDE00', title: '\uDBFF\uDFFF' })));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.feed.stops[0]?.city).toBe('Cahors 😀');
  });

  it('is refused from feed text too, where JSON escapes carry it', () => {
    const text = JSON.stringify(feedOf(rawStop({ city: 'Cahors\uD83D' })));
    expect(text).toContain('\\ud83d');
    expect(readFeedText(text).problems).toMatchObject([{ code: 'bad-text', path: ['stops', 0, 'city'] }]);
  });
});

describe('bidirectional controls', () => {
  const CONTROLS = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C';

  it('are removed from every piece of text, so that none turns the text around it', () => {
    const result = readFeed(
      feedOf(
        rawStop({
          title: `IntercoTOUR ${CONTROLS}Occitanie`,
          city: 'Réunion \u202Efdp.exe',
          theme: '\u2067Thème\u2069',
          description: 'Ligne 1\u202E\nLigne 2',
          venue: { name: '\u202DSalle\u202C', address: '1 rue\u200F' },
          programme: [{ title: '\u061CAtelier' }],
        }),
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.feed.stops[0]).toMatchObject({
      title: 'IntercoTOUR Occitanie',
      city: 'Réunion fdp.exe',
      theme: 'Thème',
      description: 'Ligne 1\nLigne 2',
      venue: { name: 'Salle', address: '1 rue' },
      programme: [{ title: 'Atelier' }],
    });
    const named = readFeed({ ...feedOf(rawStop()), name: '\u202EIntercoTOUR', organizer: { name: 'O\u2066' } });
    expect(named.ok && [named.feed.name, named.feed.organizer.name]).toEqual(['IntercoTOUR', 'O']);
  });

  it('leave an empty text empty', () => {
    expect(readFeed(feedOf(rawStop({ city: '\u202E\u202C' }))).problems).toMatchObject([
      { path: ['stops', 0, 'city'], code: 'empty' },
    ]);
  });
});

describe('the number of stops', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, index) => rawStop({ id: `etape-${index}`, city: `Ville ${index}` }));

  it(`reads ${MAX_STOPS} stops, the format’s maximum`, () => {
    expect(MAX_STOPS).toBe(1000);
    const result = readFeed(feedOf(...many(MAX_STOPS)));
    expect(result.problems).toEqual([]);
    expect(result.ok && result.feed.stops).toHaveLength(MAX_STOPS);
  });

  it('refuses one more, unread, with a clear problem', () => {
    const result = readFeed(feedOf(...many(MAX_STOPS + 1)));
    expect(result).toEqual({
      ok: false,
      problems: [{ path: ['stops'], code: 'too-many-stops', severity: 'error', limit: MAX_STOPS }],
    });
    expect(describeProblem(result.problems[0]!, 'fr')).toBe(
      'stops\u202f: le flux dépasse 1\u202f000 étapes, le maximum permis par le format\u202f; aucune n’a été lue',
    );
    expect(describeProblem(result.problems[0]!, 'en')).toBe(
      'stops: the feed has more than 1,000 stops, the most the format allows; none was read',
    );
  });

  it('refuses 100,000 stops as text without reading them', () => {
    const text = JSON.stringify(feedOf(...many(100_000)));
    expect(readFeedText(text).problems).toMatchObject([{ code: 'too-many-stops' }]);
  });
});

describe('dates beyond the calendar', () => {
  const timed = (start: string, end = start) => readFeed(feedOf(rawStop({ start, end })));

  it.each([
    // Year 10000 in Paris; year 0099 in Paris (and 1999 through `Date.UTC`'s trap).
    ['9999-12-31T23:00:00-14:00'],
    ['0100-01-01T00:30:00+14:00'],
    ['9999-12-31T00:00:00Z'],
    ['1000-01-01T23:59:59Z'],
    ['0999-06-15T12:00:00Z'],
    ['0000-01-01T00:00:00Z'],
  ])('refuses the instant %s, whose day in some zone has no four-digit year', (instant) => {
    const result = timed(instant);
    expect(result.ok && result.feed.stops).toEqual([]);
    expect(result.problems.map((problem) => [problem.path.join('.'), problem.code])).toEqual([
      ['stops.0.start', 'out-of-calendar'],
      ['stops.0.end', 'out-of-calendar'],
    ]);
    expect(describeProblem(result.problems[0]!, 'en')).toBe(
      `stops[0].start: "${instant}" is outside the dates allowed (1000-01-02 to 9999-12-30) — stop "cahors-2019" left out`,
    );
  });

  it.each([['9999-12-31'], ['1000-01-01'], ['0999-12-31'], ['0100-01-02'], ['0050-06-15'], ['0000-01-01']])(
    'refuses the whole day %s',
    (day) => {
      expect(timed(day).problems.map((problem) => problem.code)).toEqual(['out-of-calendar', 'out-of-calendar']);
    },
  );

  it('accepts the first and last days allowed, and instants on them', () => {
    expect(timed('1000-01-02', '9999-12-30').problems).toEqual([]);
    expect(timed('1000-01-02T00:00:00Z', '9999-12-30T23:59:59Z').problems).toEqual([]);
    expect(timed('1000-01-02T09:00:00+14:00', '9999-12-30T10:00:00-14:00').problems).toMatchObject([
      { path: ['stops', 0, 'start'], code: 'out-of-calendar' },
      { path: ['stops', 0, 'end'], code: 'out-of-calendar' },
    ]);
  });

  it('holds for the programme and the feed’s update time', () => {
    const result = readFeed(
      feedOf(rawStop({ programme: [{ title: 'A', day: '9999-12-31', start: '0001-01-01T10:00:00Z' }] })),
    );
    expect(result.problems.map((problem) => [problem.path.join('.'), problem.code])).toEqual([
      ['stops.0.programme.0.day', 'out-of-calendar'],
      ['stops.0.programme.0.start', 'out-of-calendar'],
    ]);
    expect(readFeed({ ...feedOf(rawStop()), updated: '9999-12-31T23:00:00-14:00' }).problems).toMatchObject([
      { path: ['updated'], code: 'out-of-calendar' },
    ]);
  });
});

describe('a page that has polluted Object.prototype', () => {
  const POLLUTION = {
    url: 'javascript:alert(1)',
    venue: { name: 'Ailleurs' },
    programme: 'x',
    status: 'cancelled',
    theme: '<b>volé</b>',
    onclick: 'alert(1)',
    stops: [],
    version: 2,
  };
  const proto = Object.prototype as Record<string, unknown>;

  afterEach(() => {
    for (const key of Object.keys(POLLUTION)) delete proto[key];
  });

  it('reads a feed exactly as without it: inherited fields are not the feed’s', () => {
    const clean = readFeed(tour);
    const text = JSON.stringify(feedOf(rawStop(), rawStop({ id: 'dax-2019', url: 'https://example.org/dax' })));
    const cleanText = readFeedText(text);
    Object.assign(proto, POLLUTION);
    expect(readFeed(tour)).toEqual(clean);
    const polluted = readFeedText(text);
    expect(polluted).toEqual(cleanText);
    expect(polluted.problems).toEqual([]);
    expect(
      polluted.ok && polluted.feed.stops.map((s) => Object.hasOwn(s, 'venue') || Object.hasOwn(s, 'theme')),
    ).toEqual([false, false]);
  });

  it('does not count an inherited list of stops', () => {
    Object.assign(proto, { stops: Array.from({ length: MAX_STOPS + 1 }) });
    const { stops: _stops, ...noStops } = feedOf();
    expect(readFeed(noStops).problems).toMatchObject([{ path: ['stops'], code: 'missing' }]);
  });
});

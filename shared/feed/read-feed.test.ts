import { describe, expect, it } from 'vitest';
import tour from '../data/tour-2019.json' with { type: 'json' };
import { describeProblem } from './problem-words.ts';
import { quote } from './problem.ts';
import { readFeed, readFeedText } from './read-feed.ts';
import { rawFeed, rawStop } from '../test-stops.ts';

const feedOf = (...stops: unknown[]) => rawFeed(stops);

function messages(document: unknown, lang: 'fr' | 'en' = 'en'): string[] {
  return readFeed(document).problems.map((problem) => describeProblem(problem, lang));
}

describe('readFeed on good data', () => {
  it('reads the bundled 2019 tour without a problem', () => {
    const result = readFeed(tour);
    expect(result.problems).toEqual([]);
    expect(result.ok && result.feed.stops.map((s) => s.city)).toEqual([
      'Cahors',
      'Dax',
      'Paris',
      'Charleville-Mézières',
      'Le Havre',
      'Saint-Quentin',
      'Istres',
      'Annecy',
    ]);
  });

  it('fills defaults and ignores fields it does not know', () => {
    const result = readFeed({ ...feedOf(rawStop({ colour: 'red' })), extra: { anything: true } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.feed.stops[0]).toEqual({ ...rawStop(), status: 'scheduled', sequence: 0 });
    expect(result.feed).not.toHaveProperty('extra');
  });

  it('sorts stops by start, whole days before timed stops of the same day', () => {
    const result = readFeed(
      feedOf(
        rawStop({ id: 'b', start: '2019-07-02', end: '2019-07-02' }),
        rawStop({ id: 'c', start: '2019-03-26T09:00:00+01:00', end: '2019-03-26T17:00:00+01:00' }),
        rawStop({ id: 'a' }),
      ),
    );
    expect(result.ok && result.feed.stops.map((s) => s.id)).toEqual(['a', 'c', 'b']);
  });

  it('normalises carriage returns and blanks', () => {
    const result = readFeed(
      feedOf(rawStop({ title: '  IntercoTOUR\r\n Occitanie ', description: 'Ligne 1\r\nLigne 2\rLigne 3' })),
    );
    expect(result.ok && result.feed.stops[0]).toMatchObject({
      title: 'IntercoTOUR Occitanie',
      description: 'Ligne 1\nLigne 2\nLigne 3',
    });
  });

  it('keeps the no-break spaces of French typography', () => {
    const title = 'Label «\u202fTerritoire innovant\u202f»\u202f: 10\u00a0h';
    const result = readFeed(feedOf(rawStop({ title })));
    expect(result.ok && result.feed.stops[0]!.title).toBe(title);
  });

  it('accepts timed stops with an offset or Z', () => {
    const result = readFeed(
      feedOf(
        rawStop({ start: '2019-06-26T09:00:00+02:00', end: '2019-06-26T15:30:00Z' }),
        rawStop({ id: 'x', start: '2019-06-26T09:00Z', end: '2019-06-26T10:00Z' }),
      ),
    );
    expect(result.problems).toEqual([]);
  });
});

describe('readFeed on bad stops: each problem named, the stop dropped, the others kept', () => {
  it('says a word is not a date, in words a person can act on', () => {
    const result = readFeed(feedOf(rawStop({ id: 'a' }), rawStop({ id: 'b' }), rawStop({ id: 'c', start: 'demain' })));
    expect(result.ok && result.feed.stops.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.problems).toHaveLength(1);
    expect(describeProblem(result.problems[0]!, 'en')).toMatch(
      /^stops\[2\]\.start: "demain" is not a date like 2019-06-26/,
    );
    expect(describeProblem(result.problems[0]!, 'en')).toMatch(/stop "c" left out$/);
    expect(describeProblem(result.problems[0]!, 'fr')).toMatch(
      /^stops\[2\]\.start\u202f: "demain" n’est pas une date comme 2019-06-26.* — étape "c" écartée$/,
    );
  });

  it('rejects days that do not exist', () => {
    expect(messages(feedOf(rawStop({ start: '2019-02-29', end: '2019-02-29' })))).toEqual([
      expect.stringMatching(/^stops\[0\]\.start: "2019-02-29" is not a date/),
      expect.stringMatching(/^stops\[0\]\.end: "2019-02-29" is not a date/),
    ]);
    expect(
      messages(feedOf(rawStop({ start: '2019-06-26T24:00:00+02:00', end: '2019-06-26T25:00:00+02:00' }))),
    ).toHaveLength(2);
  });

  it('names wrong types and missing fields', () => {
    const { id: _id, ...noId } = rawStop();
    expect(messages(feedOf(rawStop({ title: 42, city: undefined, sequence: -1 }), noId))).toEqual([
      'stops[0].title: 42 should be text — stop "cahors-2019" left out',
      'stops[0].city: required field is missing — stop "cahors-2019" left out',
      'stops[0].sequence: -1 should be a whole number, zero or more — stop "cahors-2019" left out',
      'stops[1].id: required field is missing — stop stops[1] left out',
    ]);
  });

  it('names a stop by its index when its id is bad', () => {
    expect(messages(feedOf(rawStop({ id: 'Cahors 2019' })))).toEqual([
      'stops[0].id: "Cahors 2019" is not a valid id (lowercase letters, digits and dashes, like cahors-2019) — stop stops[0] left out',
    ]);
  });

  it('refuses unknown regions, statuses and programme kinds', () => {
    const result = readFeed(
      feedOf(rawStop({ region: 'sud', status: 'maybe', programme: [{ title: 'Atelier', kind: 'party' }, 'x'] })),
    );
    expect(result.problems.map((p) => p.path.join('.'))).toEqual([
      'stops.0.region',
      'stops.0.status',
      'stops.0.programme.0.kind',
      'stops.0.programme.1',
    ]);
    expect(result.ok && result.feed.stops).toEqual([]);
  });

  it('finds duplicate ids and keeps the first', () => {
    const result = readFeed(feedOf(rawStop({ city: 'Cahors' }), rawStop({ city: 'Figeac' })));
    expect(result.ok && result.feed.stops.map((s) => s.city)).toEqual(['Cahors']);
    expect(messages(feedOf(rawStop(), rawStop()))).toEqual([
      'stops[1].id: the id "cahors-2019" is already used by stops[0] — stop "cahors-2019" left out',
    ]);
  });

  it('finds an end before the start, and mixed kinds', () => {
    expect(messages(feedOf(rawStop({ start: '2019-06-27', end: '2019-06-26' })))).toEqual([
      'stops[0].end: the end "2019-06-26" is before the start — stop "cahors-2019" left out',
    ]);
    expect(
      messages(feedOf(rawStop({ start: '2019-06-26T18:00:00+02:00', end: '2019-06-26T17:00:00+02:00' }))),
    ).toHaveLength(1);
    // Same instant written in two offsets is not "before".
    expect(messages(feedOf(rawStop({ start: '2019-06-26T09:00:00+02:00', end: '2019-06-26T07:00:00Z' })))).toEqual([]);
    expect(messages(feedOf(rawStop({ start: '2019-06-26', end: '2019-06-26T17:00:00+02:00' })))).toEqual([
      'stops[0].end: start and end must both be dates, or both dates with times — stop "cahors-2019" left out',
    ]);
  });

  it('refuses links other than http(s)', () => {
    const links = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/a', 'not a url', 'vbscript:x'];
    for (const url of links) {
      const result = readFeed(feedOf(rawStop({ url })));
      expect(result.ok && result.feed.stops).toEqual([]);
      expect(result.problems[0]).toMatchObject({ code: 'bad-url', path: ['stops', 0, 'url'] });
    }
    expect(readFeed(feedOf(rawStop({ registrationUrl: 'JavaScript:alert(1)' }))).problems[0]?.code).toBe('bad-url');
    expect(
      readFeed(feedOf(rawStop({ url: 'https://www.interconnectes.com/x', icsUrl: 'http://localhost:8080/a.ics' })))
        .problems,
    ).toEqual([]);
  });

  it('keeps HTML as text, with a warning', () => {
    const result = readFeed(
      feedOf(rawStop({ title: '<img src=x onerror=alert(1)>Cahors', description: 'a < b and c > d' })),
    );
    expect(result.ok && result.feed.stops[0]?.title).toBe('<img src=x onerror=alert(1)>Cahors');
    expect(result.problems).toEqual([
      { path: ['stops', 0, 'title'], code: 'html', severity: 'warning', stopId: 'cahors-2019' },
    ]);
    expect(describeProblem(result.problems[0]!, 'en')).toBe(
      'stops[0].title: the text holds HTML tags; they will be shown as they are — stop kept',
    );
  });

  it('limits the length of texts', () => {
    const result = readFeed(feedOf(rawStop({ title: 'x'.repeat(201) })));
    expect(result.problems[0]).toMatchObject({ code: 'too-long', limit: 200 });
  });
});

describe('readFeed on documents that are not version-1 feeds', () => {
  it.each([
    ['null', null],
    ['a list', []],
    ['a string', 'stops'],
  ])('refuses %s', (_, document) => {
    expect(readFeed(document)).toEqual({ ok: false, problems: [{ path: [], code: 'not-feed', severity: 'error' }] });
  });

  it('refuses another version without judging its stops', () => {
    const result = readFeed({ ...feedOf('anything'), version: 2 });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => describeProblem(p, 'en'))).toEqual([
      'version: 2 is not a supported version (expected: 1)',
    ]);
  });

  it('refuses a feed without its envelope but still reports every stop', () => {
    const result = readFeed({ version: 1, stops: [rawStop(), rawStop({ id: 'x', start: 'soon' })] });
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.path.join('.'))).toEqual(['name', 'organizer', 'updated', 'stops.1.start']);
  });

  it('refuses stops that are not a list', () => {
    expect(messages(rawFeed({}))).toEqual(['stops: {…} should be a list [ … ]']);
    expect(describeProblem({ path: ['stops'], code: 'not-list', severity: 'error', found: quote({}) }, 'fr')).toBe(
      'stops\u202f: {…} devrait être une liste [ … ]',
    );
  });
});

describe('readFeedText', () => {
  it('says where JSON breaks', () => {
    const result = readFeedText('{\n  "version": 1,\n  name: "x"\n}');
    expect(result.ok).toBe(false);
    expect(describeProblem(result.problems[0]!, 'en')).toBe('file: the file is not valid JSON (line 3, column 3)');
    expect(describeProblem(result.problems[0]!, 'fr')).toBe(
      'fichier\u202f: le fichier n’est pas du JSON valide (ligne 3, colonne 3)',
    );
  });

  it('survives a 5 MB feed: the huge stop is dropped, the rest read', () => {
    const huge = rawStop({ id: 'huge', description: 'é'.repeat(5 * 1024 * 1024) });
    const text = JSON.stringify(feedOf(rawStop(), huge));
    expect(text.length).toBeGreaterThan(5 * 1024 * 1024);
    const result = readFeedText(text);
    expect(result.ok && result.feed.stops.map((s) => s.id)).toEqual(['cahors-2019']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      path: ['stops', 1, 'description'],
      code: 'too-long',
      severity: 'error',
      stopId: 'huge',
      limit: 10000,
    });
  });

  it('survives 5 MB of garbage', () => {
    const result = readFeedText('{'.repeat(5 * 1024 * 1024));
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe('not-json');
  });

  it('refuses a file past the size limit unread', () => {
    const result = readFeedText(' '.repeat(21 * 1024 * 1024));
    expect(result.problems[0]).toMatchObject({ code: 'too-big', limit: 20 });
  });
});

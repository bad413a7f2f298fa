/**
 * French typography, checked once over everything a person reads: every French string of every
 * section of the catalog, and what the core writes from data (dates of a whole year, regions,
 * statuses, countdowns, feed problems, calendar entries, the publisher's sentences).
 */
import { describe, expect, it } from 'vitest';
import type { FeedProblem, ProblemCode } from '../../feed/problem.ts';
import { describeProblem } from '../../feed/problem-words.ts';
import { PROGRAMME_KINDS, STATUSES } from '../../feed/rules.ts';
import { REGIONS } from '../../regions.ts';
import { makeStop } from '../../test-stops.ts';
import { addDays } from '../../time/civil-date.ts';
import type { Phase } from '../../time/timeline.ts';
import { countdownBadge, countdownLabel, countdownSpoken } from '../countdown.ts';
import { formatDay, formatDayRange, formatStopDates, formatTime } from '../dates.ts';
import { eventDescription, eventLocation } from '../event-text.ts';
import { programmeKindLabel, regionName, statusLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { englishTypographyFaults, frenchTypographyFaults } from '../typography-faults.ts';
import { ATTRIBUTE_WORDS } from './attributes.ts';
import { CORE } from './core.ts';
import { EDITOR } from './editor.ts';
import { EXTENSION } from './extension.ts';
import { fill } from './fill.ts';
import { PROBLEMS } from './problems.ts';
import { PUBLISHER } from './publisher.ts';
import { UI } from './ui.ts';

const SECTIONS = {
  ui: UI,
  core: CORE,
  problems: PROBLEMS,
  publisher: PUBLISHER,
  extension: EXTENSION,
  attributes: ATTRIBUTE_WORDS,
  editor: EDITOR,
};

/** Every string of every section, by `section.key`. */
function catalogStrings(lang: Lang): [string, string][] {
  return Object.entries(SECTIONS).flatMap(([section, words]) =>
    Object.entries(words[lang]).map(([key, text]): [string, string] => [`${section}.${key}`, text]),
  );
}

/** Holes filled with values that bring no punctuation of their own. */
const SAMPLE = ['Cahors', '12', 'mardi 26 mars', 'dans 12 jours', 'Occitanie', '3', '4', '5', '6'];

const CODES = Object.keys({
  'not-json': 0,
  'not-ics': 0,
  'no-region': 0,
  'no-city': 0,
  'too-big': 0,
  'not-feed': 0,
  'bad-version': 0,
  missing: 0,
  'not-text': 0,
  'not-object': 0,
  'not-list': 0,
  empty: 0,
  'too-long': 0,
  'too-many': 0,
  'too-many-stops': 0,
  'bad-text': 0,
  'out-of-calendar': 0,
  'bad-id': 0,
  'bad-region': 0,
  'bad-date': 0,
  'bad-day': 0,
  'bad-date-time': 0,
  'bad-status': 0,
  'bad-kind': 0,
  'bad-sequence': 0,
  'bad-url': 0,
  'duplicate-id': 0,
  'end-before-start': 0,
  'mixed-kinds': 0,
  html: 0,
  invalid: 0,
} satisfies Record<ProblemCode, 0>) as ProblemCode[];

/** Each problem where it can be: in a stop (dropped or kept, with or without an id), at a line, in the envelope. */
function problemLines(lang: Lang): string[] {
  return CODES.flatMap((code) => {
    const base = { code, found: '"demain"', limit: 3 };
    const problems: FeedProblem[] = [
      { ...base, path: ['stops', 2, 'start'], severity: 'error', stopId: 'cahors-2019' },
      { ...base, path: ['stops', 2, 'start'], severity: 'error' },
      { ...base, path: ['stops', 2, 'title'], severity: 'warning' },
      { ...base, path: [], severity: 'error', at: { line: 3, column: 7 } },
      { ...base, path: ['version'], severity: 'error' },
    ];
    return problems.map((problem) => describeProblem(problem, lang));
  });
}

/** Everything the core writes in a language from data. */
function coreFormatted(lang: Lang): string[] {
  const texts: string[] = [];
  // A whole leap year, each day alone and in ranges that cross a day, a month and a year.
  for (let day = '2020-01-01'; day < '2021-01-01'; day = addDays(day, 1)) {
    for (const options of [{}, { year: true }, { weekday: true }, { weekday: true, year: true }]) {
      texts.push(formatDay(day, lang, options));
    }
    for (const length of [1, 2, 35, 400]) texts.push(formatDayRange(day, addDays(day, length), lang));
  }
  for (const instant of ['2019-06-26T07:00:00Z', '2019-06-26T22:05:00Z'])
    texts.push(formatTime(instant, 'Europe/Paris', lang));
  texts.push(
    formatStopDates(makeStop({ start: '2019-07-01T07:00:00Z', end: '2019-07-01T15:30:00Z' }), lang),
    formatStopDates(makeStop({ start: '2019-06-30T07:00:00Z', end: '2019-07-01T15:30:00Z' }), lang),
  );
  for (const region of REGIONS) texts.push(regionName(region.slug, lang));
  for (const status of STATUSES) texts.push(statusLabel(status, lang));
  for (const kind of PROGRAMME_KINDS) texts.push(programmeKindLabel(kind, lang));
  for (const phase of ['upcoming', 'ongoing', 'past'] satisfies Phase[]) {
    for (let days = -2; days <= 120; days += 1) {
      const countdown = { phase, days };
      texts.push(countdownLabel(countdown, lang), countdownBadge(countdown, lang), countdownSpoken(countdown, lang));
    }
  }
  texts.push(...problemLines(lang));
  for (const status of STATUSES) {
    const stop = makeStop({
      status,
      region: 'provence-alpes-cote-d-azur',
      city: 'Nice',
      venue: { name: 'Palais des congrès', address: '1 esplanade Kennedy, 06300 Nice' },
      theme: 'La donnée publique',
      programme: [
        { title: 'Ouverture', kind: 'ceremony', day: '2019-07-01' },
        { title: 'Ateliers', kind: 'workshop' },
      ],
      start: '2019-07-01',
      end: '2019-07-01',
      url: 'https://example.org/nice',
      registrationUrl: 'https://example.org/nice/inscription?x=1',
    });
    texts.push(eventDescription(stop, lang), eventLocation(stop, lang));
  }
  return texts;
}

describe('French typography', () => {
  it('catches what a French reader would notice, and leaves links and times alone', () => {
    expect(frenchTypographyFaults('Thème : la data')).toHaveLength(1);
    expect(frenchTypographyFaults('Thème\u00a0: la data')).toHaveLength(1);
    expect(frenchTypographyFaults('Thème: la data ; ah! oui?')).toHaveLength(4);
    expect(frenchTypographyFaults("l'étape « Cahors »")).toHaveLength(3);
    expect(frenchTypographyFaults('le 1er juillet')).toHaveLength(1);
    expect(
      frenchTypographyFaults('Page\u202f: https://example.org/a?b=1 à 09:00, ou 2019-06-26T09:00:00+02:00'),
    ).toEqual([]);
    expect(frenchTypographyFaults('l’étape «\u202fCahors\u202f», le 1ᵉʳ juillet\u202f!')).toEqual([]);
  });

  it('holds in every French string of the catalog, holes empty and filled', () => {
    const faults = catalogStrings('fr').flatMap(([where, text]) =>
      [...frenchTypographyFaults(text), ...frenchTypographyFaults(fill(text, SAMPLE))].map(
        (fault) => `${where}: ${fault}`,
      ),
    );
    expect(faults).toEqual([]);
  });

  it('holds in what the core writes from data', () => {
    const texts = coreFormatted('fr');
    expect(texts.length).toBeGreaterThan(3000);
    expect(texts.flatMap((text) => frenchTypographyFaults(text))).toEqual([]);
  });

  it('writes the first of the month as an ordinal, and agrees with « étape »', () => {
    expect(formatDay('2019-07-01', 'fr', { weekday: true })).toBe('lundi 1ᵉʳ juillet');
    expect(countdownLabel({ phase: 'past', days: -1 }, 'fr')).toBe('Terminée');
    expect(statusLabel('postponed', 'fr')).toBe('Reportée');
    expect(regionName('provence-alpes-cote-d-azur', 'fr')).toBe('Provence-Alpes-Côte d’Azur');
  });
});

describe('English typography', () => {
  it('keeps plain ASCII punctuation in the catalog and in what the core writes', () => {
    const faults = catalogStrings('en').flatMap(([where, text]) =>
      englishTypographyFaults(text).map((fault) => `${where}: ${fault}`),
    );
    expect(faults).toEqual([]);
    expect(coreFormatted('en').flatMap((text) => englishTypographyFaults(text))).toEqual([]);
  });
});

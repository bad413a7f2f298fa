import { describe, expect, it } from 'vitest';
import { makeStop } from '../test-stops.ts';
import { countdownBadge, countdownLabel, countdownSpoken } from './countdown.ts';
import { formatDay, formatDayRange, formatStopDates } from './dates.ts';
import { eventDescription, eventLocation } from './event-text.ts';
import { regionName, statusLabel } from './labels.ts';
import { pickLang } from './lang.ts';

describe('dates', () => {
  it('writes one day, and ranges as short as reads well', () => {
    expect(formatDayRange('2019-03-26', '2019-03-26', 'fr')).toBe('26 mars 2019');
    expect(formatDayRange('2019-03-26', '2019-03-26', 'en')).toBe('March 26, 2019');
    expect(formatDayRange('2019-06-26', '2019-06-27', 'fr')).toBe('26–27 juin 2019');
    expect(formatDayRange('2019-06-26', '2019-06-27', 'en')).toBe('June 26–27, 2019');
    expect(formatDayRange('2019-06-30', '2019-07-01', 'fr')).toBe('30 juin – 1ᵉʳ juillet 2019');
    expect(formatDayRange('2019-06-30', '2019-07-01', 'en')).toBe('June 30 – July 1, 2019');
    expect(formatDayRange('2019-07-01', '2019-07-03', 'fr')).toBe('1ᵉʳ–3 juillet 2019');
    expect(formatDayRange('2019-07-01', '2019-07-03', 'en')).toBe('July 1–3, 2019');
    expect(formatDayRange('2019-12-31', '2020-01-01', 'fr')).toBe('31 décembre 2019 – 1ᵉʳ janvier 2020');
    expect(formatDayRange('2019-12-31', '2020-01-01', 'en')).toBe('December 31, 2019 – January 1, 2020');
  });

  it('names the weekday when asked', () => {
    expect(formatDay('2019-03-26', 'fr', { weekday: true })).toBe('mardi 26 mars');
    expect(formatDay('2019-03-26', 'en', { weekday: true, year: true })).toBe('Tuesday, March 26, 2019');
  });

  it('gives timed stops their hours as the region shows them', () => {
    const timed = makeStop({ start: '2019-06-26T07:00:00Z', end: '2019-06-26T15:30:00Z' });
    expect(formatStopDates(timed, 'fr')).toBe('26 juin 2019, 9 h – 17 h 30');
    expect(formatStopDates(timed, 'en')).toBe('June 26, 2019, 9:00 AM – 5:30 PM');
    expect(formatStopDates(makeStop({ start: '2019-06-26', end: '2019-06-27' }), 'fr')).toBe('26–27 juin 2019');
  });
});

describe('countdown words', () => {
  it('labels the countdown', () => {
    expect(countdownLabel({ phase: 'upcoming', days: 12 }, 'fr')).toBe('J-12');
    expect(countdownLabel({ phase: 'upcoming', days: 1 }, 'fr')).toBe('Demain');
    expect(countdownLabel({ phase: 'ongoing', days: 0 }, 'fr')).toBe('Aujourd’hui');
    expect(countdownLabel({ phase: 'ongoing', days: -1 }, 'fr')).toBe('En cours');
    // Agrees with « étape », feminine.
    expect(countdownLabel({ phase: 'past', days: -3 }, 'fr')).toBe('Terminée');
    expect(countdownLabel({ phase: 'upcoming', days: 12 }, 'en')).toBe('In 12 days');
    expect(countdownLabel({ phase: 'ongoing', days: 0 }, 'en')).toBe('Today');
  });

  it('fits the badge in four characters', () => {
    for (const days of [0, 1, 9, 12, 99, 999, 1000]) {
      for (const lang of ['fr', 'en'] as const) {
        const phase = days === 0 ? 'ongoing' : 'upcoming';
        expect(countdownBadge({ phase, days }, lang).length).toBeLessThanOrEqual(4);
      }
    }
    expect(countdownBadge({ phase: 'upcoming', days: 12 }, 'fr')).toBe('J-12');
    expect(countdownBadge({ phase: 'upcoming', days: 1 }, 'fr')).toBe('J-1');
    expect(countdownBadge({ phase: 'ongoing', days: 0 }, 'fr')).toBe('Auj.');
    expect(countdownBadge({ phase: 'upcoming', days: 100 }, 'fr')).toBe('99+');
    expect(countdownBadge({ phase: 'past', days: -1 }, 'fr')).toBe('');
  });

  it('reads well aloud', () => {
    expect(countdownSpoken({ phase: 'upcoming', days: 12 }, 'fr')).toBe('dans 12 jours');
    expect(countdownSpoken({ phase: 'upcoming', days: 12 }, 'en')).toBe('in 12 days');
    expect(countdownSpoken({ phase: 'past', days: -2 }, 'fr')).toBe('terminée');
    expect(countdownSpoken({ phase: 'ongoing', days: 0 }, 'fr')).toBe('aujourd’hui');
  });
});

describe('labels and event text', () => {
  it('names statuses and regions in both languages', () => {
    expect(statusLabel('cancelled', 'fr')).toBe('Annulée');
    expect(statusLabel('postponed', 'en')).toBe('Postponed');
    expect(regionName('provence-alpes-cote-d-azur', 'fr')).toBe('Provence-Alpes-Côte d’Azur');
    expect(regionName('bretagne', 'en')).toBe('Brittany');
  });

  it('picks a language from a tag, French by default', () => {
    expect(pickLang('en-GB')).toBe('en');
    expect(pickLang('fr-FR')).toBe('fr');
    expect(pickLang('de')).toBe('fr');
    expect(pickLang(undefined)).toBe('fr');
  });

  it('writes where, without saying the city twice', () => {
    expect(eventLocation(makeStop(), 'fr')).toBe('Cahors (Occitanie)');
    const venue = makeStop({ venue: { name: 'Espace Valentré', address: '1 rue X, 46000 Cahors' } });
    expect(eventLocation(venue, 'en')).toBe('Espace Valentré, 1 rue X, 46000 Cahors (Occitanie)');
    expect(eventLocation(makeStop({ venue: { name: 'Espace Valentré' } }), 'fr')).toBe(
      'Espace Valentré, Cahors (Occitanie)',
    );
  });

  it('describes status, theme, programme and links', () => {
    const stop = makeStop({
      status: 'postponed',
      theme: 'La data',
      programme: [{ title: 'Pitchs', kind: 'pitch', day: '2019-03-26' }, { title: 'Visite' }],
      url: 'https://example.org/cahors',
    });
    expect(eventDescription(stop, 'fr')).toBe(
      'REPORTÉE\n\nThème\u202f: La data\n\nProgramme\u202f:\n- 26 mars · Pitchs — Pitchs\n- Visite\n\nPage de l’étape\u202f: https://example.org/cahors',
    );
    expect(eventDescription(makeStop(), 'en')).toBe('');
  });
});

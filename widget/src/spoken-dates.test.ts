import { describe, expect, it } from 'vitest';
import { spokenDates } from './spoken-dates.ts';
import { testStop } from './testing/feed.ts';

const stop = testStop('essai-prochain');

describe('spokenDates', () => {
  it('says a range of days in words', () => {
    expect(spokenDates(stop, 'fr')).toBe('du 13 mai au 14 mai 2031');
    expect(spokenDates(stop, 'en')).toBe('from May 13 to May 14, 2031');
    expect(spokenDates({ ...stop, start: '2031-12-31', end: '2032-01-01' }, 'fr')).toBe(
      'du 31 décembre 2031 au 1ᵉʳ janvier 2032',
    );
  });

  it('says hours as the stop’s region shows them', () => {
    const timed = testStop('essai-horaire');
    expect(spokenDates(timed, 'fr')).toBe('20 juin 2031, de 9 h 00 à 17 h 30');
    expect(spokenDates(timed, 'en')).toBe('June 20, 2031, from 9:00 AM to 5:30 PM');
    expect(spokenDates({ ...timed, end: '2031-06-21T12:00:00+02:00' }, 'fr')).toBe(
      'du 20 juin, 9 h 00, au 21 juin 2031, 12 h 00',
    );
  });

  it('leaves a single day as it is shown', () => {
    expect(spokenDates(testStop('essai-passe'), 'fr')).toBeUndefined();
  });
});

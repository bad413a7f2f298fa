// Runs under TZ=UTC and TZ=Pacific/Auckland: every expectation is in the stop's region's zone.
import { describe, expect, it } from 'vitest';
import { feedTime, formTime, isTimed, switchKind, zoneOfRegion } from './stop-times.ts';

describe('zoneOfRegion', () => {
  it('gives the region’s own zone, and French time when there is none', () => {
    expect(zoneOfRegion('la-reunion')).toBe('Indian/Reunion');
    expect(zoneOfRegion('occitanie')).toBe('Europe/Paris');
    expect(zoneOfRegion('')).toBe('Europe/Paris');
    expect(zoneOfRegion(undefined)).toBe('Europe/Paris');
  });
});

describe('feedTime', () => {
  it('writes a date and time as the instant on the region’s wall clock, with its offset', () => {
    expect(feedTime('2019-06-26', '09:30', 'Europe/Paris')).toBe('2019-06-26T09:30:00+02:00');
    expect(feedTime('2019-12-13', '09:30', 'Europe/Paris')).toBe('2019-12-13T09:30:00+01:00');
    expect(feedTime('2019-06-26', '09:30', 'Indian/Reunion')).toBe('2019-06-26T09:30:00+04:00');
  });

  it('writes a whole day as the date alone', () => {
    expect(feedTime('2019-06-26', undefined, 'Europe/Paris')).toBe('2019-06-26');
    expect(feedTime('2019-06-26', '', 'Europe/Paris')).toBe('2019-06-26');
  });
});

describe('formTime', () => {
  it('shows an instant on the region’s wall clock, however it was written', () => {
    expect(formTime('2019-06-26T07:30:00Z', 'Europe/Paris')).toEqual({ date: '2019-06-26', time: '09:30' });
    expect(formTime('2019-06-26T09:30:00+02:00', 'Indian/Reunion')).toEqual({ date: '2019-06-26', time: '11:30' });
    expect(formTime('2019-06-26T23:30:00Z', 'Europe/Paris')).toEqual({ date: '2019-06-27', time: '01:30' });
  });

  it('shows a whole day as a date without a time, and something unreadable as empty', () => {
    expect(formTime('2019-06-26', 'Europe/Paris')).toEqual({ date: '2019-06-26', time: '' });
    expect(formTime('demain', 'Europe/Paris')).toEqual({ date: '', time: '' });
    expect(formTime('2019-06-26T09:30', 'Europe/Paris')).toEqual({ date: '', time: '' });
    expect(formTime(undefined, 'Europe/Paris')).toEqual({ date: '', time: '' });
  });

  it('gives back the feed value it was read from', () => {
    const shown = formTime('2019-06-26T09:30:00+04:00', 'Indian/Reunion');
    expect(feedTime(shown.date, shown.time, 'Indian/Reunion')).toBe('2019-06-26T09:30:00+04:00');
  });
});

describe('switchKind', () => {
  it('gives whole days the hours 9:00 to 17:00 in the region’s zone', () => {
    expect(switchKind('2019-06-26', '2019-06-27', true, 'Europe/Paris')).toEqual({
      start: '2019-06-26T09:00:00+02:00',
      end: '2019-06-27T17:00:00+02:00',
    });
  });

  it('makes a timed stop whole days again, the same days', () => {
    const timed = switchKind('2019-06-26', '2019-06-27', true, 'Indian/Reunion');
    expect(isTimed(timed.start)).toBe(true);
    expect(switchKind(timed.start, timed.end, false, 'Indian/Reunion')).toEqual({
      start: '2019-06-26',
      end: '2019-06-27',
    });
  });

  it('keeps the hours of a stop already timed', () => {
    const start = '2019-06-26T10:15:00+02:00';
    const end = '2019-06-26T12:00:00+02:00';
    expect(switchKind(start, end, true, 'Europe/Paris')).toEqual({ start, end });
  });
});

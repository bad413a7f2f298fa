import { describe, expect, it } from 'vitest';
import { dateIn, instantAt, isoInZone, offsetMinutes, wallClock } from './zone.ts';

describe('the machine zone these tests run under', () => {
  it('is the one the project asked for, so both runs really differ', () => {
    const offset = new Date('2019-06-26T00:00:00Z').getTimezoneOffset();
    expect(process.env.TZ === 'UTC' ? 0 : -720).toBe(offset);
  });
});

describe('wallClock', () => {
  it('reads Paris summer and winter time', () => {
    expect(wallClock(new Date('2019-06-26T07:00:00Z'), 'Europe/Paris')).toEqual({
      date: '2019-06-26',
      time: '09:00:00',
    });
    expect(wallClock(new Date('2019-03-25T23:30:00Z'), 'Europe/Paris')).toEqual({
      date: '2019-03-26',
      time: '00:30:00',
    });
  });
  it('gives the day in a far zone', () => {
    expect(dateIn(new Date('2019-06-26T13:00:00Z'), 'Pacific/Auckland')).toBe('2019-06-27');
    expect(dateIn(new Date('2019-06-26T13:00:00Z'), 'America/Cayenne')).toBe('2019-06-26');
  });
});

describe('offsetMinutes', () => {
  it('follows daylight saving in Paris', () => {
    expect(offsetMinutes(new Date('2019-03-31T00:59:00Z'), 'Europe/Paris')).toBe(60);
    expect(offsetMinutes(new Date('2019-03-31T01:00:00Z'), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2019-10-27T00:59:00Z'), 'Europe/Paris')).toBe(120);
    expect(offsetMinutes(new Date('2019-10-27T01:00:00Z'), 'Europe/Paris')).toBe(60);
  });
});

describe('instantAt', () => {
  it('finds the instant a Paris clock shows a time', () => {
    expect(instantAt('2019-06-26', '09:00:00', 'Europe/Paris').toISOString()).toBe('2019-06-26T07:00:00.000Z');
    expect(instantAt('2019-01-15', '09:00:00', 'Europe/Paris').toISOString()).toBe('2019-01-15T08:00:00.000Z');
    expect(instantAt('2019-06-26', '09:00:00', 'Indian/Reunion').toISOString()).toBe('2019-06-26T05:00:00.000Z');
  });
  it('takes the first of the two 02:30 on the last Sunday of October', () => {
    expect(instantAt('2019-10-27', '02:30:00', 'Europe/Paris').toISOString()).toBe('2019-10-27T00:30:00.000Z');
  });
  it('moves a time skipped on the last Sunday of March forward by the gap', () => {
    expect(instantAt('2019-03-31', '02:30:00', 'Europe/Paris').toISOString()).toBe('2019-03-31T01:30:00.000Z');
    expect(wallClock(instantAt('2019-03-31', '02:30:00', 'Europe/Paris'), 'Europe/Paris').time).toBe('03:30:00');
  });
  it('is exact on both sides of each change', () => {
    expect(instantAt('2019-03-31', '01:59:00', 'Europe/Paris').toISOString()).toBe('2019-03-31T00:59:00.000Z');
    expect(instantAt('2019-03-31', '03:00:00', 'Europe/Paris').toISOString()).toBe('2019-03-31T01:00:00.000Z');
    expect(instantAt('2019-10-27', '03:00:00', 'Europe/Paris').toISOString()).toBe('2019-10-27T02:00:00.000Z');
  });
});

describe('isoInZone', () => {
  it('writes the wall clock with its offset', () => {
    expect(isoInZone(new Date('2019-06-26T07:00:00Z'), 'Europe/Paris')).toBe('2019-06-26T09:00:00+02:00');
    expect(isoInZone(new Date('2019-12-26T07:00:00Z'), 'Europe/Paris')).toBe('2019-12-26T08:00:00+01:00');
    expect(isoInZone(new Date('2019-06-26T07:00:00Z'), 'America/Cayenne')).toBe('2019-06-26T04:00:00-03:00');
  });
});

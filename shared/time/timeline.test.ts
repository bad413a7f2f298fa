import { describe, expect, it } from 'vitest';
import tour from '../data/tour-2019.json' with { type: 'json' };
import { readFeed } from '../feed/read-feed.ts';
import { makeStop } from '../test-stops.ts';
import { comingStops, countdown, isPast, nextStop, todayIn } from './timeline.ts';
import { stopDays } from './stop-days.ts';

const read = readFeed(tour);
if (!read.ok) throw new Error('bundled tour must read');
const stops = read.feed.stops;
const paris = (iso: string) => todayIn(new Date(iso), 'Europe/Paris');

describe('todayIn', () => {
  it('is the reader’s day, not the machine’s', () => {
    expect(todayIn(new Date('2019-03-25T23:30:00+01:00'), 'Europe/Paris')).toBe('2019-03-25');
    expect(todayIn(new Date('2019-03-25T23:30:00+01:00'), 'Pacific/Auckland')).toBe('2019-03-26');
    expect(todayIn(new Date('2019-03-25T23:30:00+01:00'), 'America/Cayenne')).toBe('2019-03-25');
  });
});

describe('countdown, by the feed format’s rules', () => {
  const cahors = stops[0]!;

  it('counts calendar days to the first day: J-1 at 23:30, today at 00:30 (Paris)', () => {
    expect(countdown(cahors, paris('2019-03-25T23:30:00+01:00'))).toEqual({ phase: 'upcoming', days: 1 });
    expect(countdown(cahors, paris('2019-03-26T00:30:00+01:00'))).toEqual({ phase: 'ongoing', days: 0 });
    expect(countdown(cahors, paris('2019-03-26T23:59:00+01:00'))).toEqual({ phase: 'ongoing', days: 0 });
    expect(countdown(cahors, paris('2019-03-27T00:00:00+01:00'))).toEqual({ phase: 'past', days: -1 });
  });

  it('counts whole days across the spring change (last Sunday of March)', () => {
    // 2019-03-31 lasts 23 hours in Paris; the count must still be in calendar days.
    const dax = stops[1]!;
    expect(countdown(dax, paris('2019-03-30T12:00:00+01:00')).days).toBe(82);
    expect(countdown(dax, paris('2019-03-31T12:00:00+02:00')).days).toBe(81);
    expect(countdown(dax, paris('2019-03-31T01:59:00+01:00')).days).toBe(81);
    expect(countdown(dax, paris('2019-03-31T03:00:00+02:00')).days).toBe(81);
  });

  it('counts whole days across the autumn change (last Sunday of October)', () => {
    const annecy = stops[7]!;
    const late = makeStop({ id: 'late', start: '2019-10-28', end: '2019-10-28' });
    expect(countdown(late, paris('2019-10-26T23:30:00+02:00')).days).toBe(2);
    expect(countdown(late, paris('2019-10-27T00:30:00+02:00')).days).toBe(1);
    expect(countdown(late, paris('2019-10-27T23:30:00+01:00')).days).toBe(1);
    expect(countdown(late, paris('2019-10-28T00:30:00+01:00')).days).toBe(0);
    expect(countdown(annecy, paris('2019-10-16T23:30:00+02:00'))).toEqual({ phase: 'upcoming', days: 1 });
  });

  it('keeps a two-day stop ongoing on its second day', () => {
    const parisStop = stops[2]!;
    expect(countdown(parisStop, '2019-06-26')).toEqual({ phase: 'ongoing', days: 0 });
    expect(countdown(parisStop, '2019-06-27')).toEqual({ phase: 'ongoing', days: -1 });
    expect(countdown(parisStop, '2019-06-28')).toEqual({ phase: 'past', days: -2 });
    expect(isPast(parisStop, '2019-06-27')).toBe(false);
  });

  it('keeps whole-day stops on their dates for a reader far away', () => {
    const auckland = (iso: string) => todayIn(new Date(iso), 'Pacific/Auckland');
    // Noon in Auckland on 26 March is still 25 March in Paris: the reader's own day counts.
    expect(countdown(stops[0]!, auckland('2019-03-26T00:30:00+13:00'))).toEqual({ phase: 'ongoing', days: 0 });
  });

  it('places timed stops on the days their region’s clocks show', () => {
    const evening = makeStop({
      region: 'la-reunion',
      city: 'Saint-Denis',
      start: '2019-06-26T22:00:00+04:00',
      end: '2019-06-26T23:30:00+04:00',
    });
    expect(stopDays(evening)).toEqual({ first: '2019-06-26', last: '2019-06-26' });
    const toMidnight = makeStop({ start: '2019-06-26T20:00:00+02:00', end: '2019-06-27T00:00:00+02:00' });
    expect(stopDays(toMidnight)).toEqual({ first: '2019-06-26', last: '2019-06-26' });
  });
});

describe('nextStop', () => {
  it('is the first stop not past and not cancelled', () => {
    expect(nextStop(stops, '2019-01-01')?.city).toBe('Cahors');
    expect(nextStop(stops, '2019-03-26')?.city).toBe('Cahors');
    expect(nextStop(stops, '2019-03-27')?.city).toBe('Dax');
    expect(nextStop(stops, '2019-06-27')?.city).toBe('Paris');
    expect(nextStop(stops, '2019-10-18')).toBeUndefined();
  });

  it('skips a cancelled stop, which still shows among the coming ones', () => {
    const cancelled = makeStop({ id: 'a', status: 'cancelled' });
    const later = makeStop({ id: 'b', start: '2019-04-01', end: '2019-04-01' });
    expect(nextStop([cancelled, later], '2019-03-01')?.id).toBe('b');
    expect(comingStops([later, cancelled], '2019-03-01').map((s) => s.id)).toEqual(['a', 'b']);
  });

  it('can be restricted to regions', () => {
    expect(nextStop(stops, '2019-01-01', ['normandie'])?.city).toBe('Le Havre');
    expect(nextStop(stops, '2019-01-01', ['normandie', 'grand-est'])?.city).toBe('Charleville-Mézières');
    expect(nextStop(stops, '2019-01-01', ['bretagne'])).toBeUndefined();
    expect(nextStop(stops, '2019-01-01', [])?.city).toBe('Cahors');
  });
});

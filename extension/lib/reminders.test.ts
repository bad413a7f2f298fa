import { describe, expect, it } from 'vitest';
import type { RegionSlug, Stop } from '../../shared/index.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { planReminders, reminderKey, reminderMoment } from './reminders.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const stops = tour2019Feed().stops;
const cahors = stops.find((stop) => stop.id === '2019-cahors')!;
const zone = 'Europe/Paris';
const settings = { ...DEFAULT_SETTINGS, regions: ['occitanie'] as RegionSlug[] };
const plan = (
  now: string,
  shown: string[] = [],
  overrides: Partial<typeof settings> = {},
  list: readonly Stop[] = stops,
) =>
  planReminders({
    stops: list,
    settings: { ...settings, ...overrides },
    now: new Date(now),
    zone,
    shown: new Set(shown),
  });

describe('reminderMoment', () => {
  it('is the lead time before the first day, at the reminder time on the user’s clock', () => {
    expect(reminderMoment(cahors, 7, '09:00', zone).toISOString()).toBe('2019-03-19T08:00:00.000Z');
    expect(reminderMoment(cahors, 1, '09:00', zone).toISOString()).toBe('2019-03-25T08:00:00.000Z');
    // Across the change to summer time (31 March 2019): 9:00 in Paris is then 7:00 UTC.
    const dax = stops.find((stop) => stop.id === '2019-dax')!;
    expect(reminderMoment(dax, 0, '08:30', zone).toISOString()).toBe('2019-06-20T06:30:00.000Z');
    expect(reminderMoment(cahors, 1, '09:00', 'America/Cayenne').toISOString()).toBe('2019-03-25T12:00:00.000Z');
  });
});

describe('planReminders', () => {
  it('has nothing due before the first moment, and says when it comes', () => {
    const result = plan('2019-03-19T07:59:59Z');
    expect(result.due).toEqual([]);
    expect(result.next?.toISOString()).toBe('2019-03-19T08:00:00.000Z');
  });

  it('makes the reminder due at its moment, then waits for the next lead time', () => {
    const result = plan('2019-03-19T08:00:00Z');
    expect(result.due).toEqual([{ stop: cahors, leadDays: 7, keys: [reminderKey('2019-cahors', '2019-03-26', 7)] }]);
    expect(result.next?.toISOString()).toBe('2019-03-25T08:00:00.000Z');
  });

  it('never makes a shown reminder due again', () => {
    const result = plan('2019-03-20T12:00:00Z', ['2019-cahors|2019-03-26|7']);
    expect(result.due).toEqual([]);
    expect(result.next?.toISOString()).toBe('2019-03-25T08:00:00.000Z');
  });

  it('covers lead times that passed while the browser was closed with one reminder, about the closest', () => {
    const result = plan('2019-03-25T18:00:00Z');
    expect(result.due).toHaveLength(1);
    expect(result.due[0]!.leadDays).toBe(1);
    expect(result.due[0]!.keys).toEqual(['2019-cahors|2019-03-26|7', '2019-cahors|2019-03-26|1']);
  });

  it('still reminds on the day itself, and never once the stop’s day has passed', () => {
    expect(plan('2019-03-26T10:00:00Z', [], { leadDays: [0] }).due).toHaveLength(1);
    expect(plan('2019-03-27T07:00:00Z', [], { leadDays: [7, 1, 0] }).due).toEqual([]);
  });

  it('does not remind of a timed stop that has already begun', () => {
    const timed: Stop = { ...cahors, start: '2019-03-26T09:00:00+01:00', end: '2019-03-26T17:00:00+01:00' };
    // It begins at 9:00 Paris (8:00 UTC): a reminder set for 9:30 that day would come too late.
    expect(plan('2019-03-26T08:45:00Z', [], { leadDays: [0], reminderTime: '09:30' }, [timed]).due).toEqual([]);
    expect(plan('2019-03-26T07:45:00Z', [], { leadDays: [0], reminderTime: '08:30' }, [timed]).due).toHaveLength(1);
  });

  it('skips cancelled stops, other regions, and everything when reminders are off', () => {
    const cancelled = stops.map((stop) => ({ ...stop, status: 'cancelled' as const }));
    expect(plan('2019-03-25T18:00:00Z', [], {}, cancelled)).toEqual({ due: [] });
    expect(plan('2019-03-25T18:00:00Z', [], { regions: ['bretagne'] })).toEqual({ due: [] });
    expect(plan('2019-03-25T18:00:00Z', [], { remindersOn: false })).toEqual({ due: [] });
    expect(plan('2019-03-25T18:00:00Z', [], { leadDays: [] })).toEqual({ due: [] });
  });

  it('covers every region until the user picks one', () => {
    const result = plan('2019-06-19T08:00:00Z', [], { regions: [] });
    expect(result.due.map((due) => due.stop.id)).toEqual(['2019-dax', '2019-paris']);
  });

  it('keys a moved stop afresh, so that its new date is reminded too', () => {
    const moved = { ...cahors, start: '2019-04-02', end: '2019-04-02' };
    const shown = ['2019-cahors|2019-03-26|7'];
    expect(plan('2019-03-25T12:00:00Z', shown, {}, [moved])).toEqual({
      due: [],
      next: new Date('2019-03-26T08:00:00Z'),
    });
    expect(plan('2019-03-26T08:00:00Z', shown, {}, [moved]).due[0]!.keys).toEqual(['2019-cahors|2019-04-02|7']);
  });
});

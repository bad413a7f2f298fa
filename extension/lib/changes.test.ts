import { describe, expect, it } from 'vitest';
import type { Stop } from '../../shared/index.ts';
import { tour2019Feed } from '../testing/tour.ts';
import { detectChanges, toldSnapshot } from './changes.ts';

const cahors = tour2019Feed().stops.find((stop) => stop.id === '2019-cahors')!;
const told = new Map([['2019-cahors', toldSnapshot(cahors)]]);
const kinds = (stops: Stop[]) => detectChanges(told, stops).map((change) => change.kind);

describe('detectChanges', () => {
  it('sees nothing when the stop is as the user was told, even with a new sequence or theme', () => {
    expect(kinds([{ ...cahors, sequence: 3, theme: 'Nouveau thème' }])).toEqual([]);
  });

  it('sees a stop that moved to other days', () => {
    const moved = { ...cahors, start: '2019-03-28', end: '2019-03-28', status: 'rescheduled' as const };
    expect(detectChanges(told, [moved])).toEqual([{ kind: 'moved', stop: moved, before: told.get('2019-cahors') }]);
    expect(kinds([{ ...cahors, end: '2019-03-27' }])).toEqual(['moved']);
  });

  it('sees a cancelled stop, once', () => {
    const cancelled = { ...cahors, status: 'cancelled' as const };
    expect(kinds([cancelled])).toEqual(['cancelled']);
    expect(detectChanges(new Map([['2019-cahors', toldSnapshot(cancelled)]]), [cancelled])).toEqual([]);
  });

  it('sees a postponed stop that keeps its old dates', () => {
    expect(kinds([{ ...cahors, status: 'postponed' }])).toEqual(['postponed']);
  });

  it('compares timed stops as instants, whatever offset they are written with', () => {
    const timed: Stop = { ...cahors, start: '2019-03-26T09:00:00+01:00', end: '2019-03-26T17:00:00+01:00' };
    const before = new Map([['2019-cahors', toldSnapshot(timed)]]);
    const sameInUtc = { ...timed, start: '2019-03-26T08:00:00Z', end: '2019-03-26T16:00:00Z' };
    expect(detectChanges(before, [sameInUtc])).toEqual([]);
    expect(detectChanges(before, [{ ...timed, start: '2019-03-26T10:00:00+01:00' }]).map((c) => c.kind)).toEqual([
      'moved',
    ]);
  });

  it('says nothing of stops the user was never told about, nor of a stop missing from the feed', () => {
    expect(detectChanges(new Map(), [{ ...cahors, status: 'cancelled' }])).toEqual([]);
    expect(detectChanges(told, [])).toEqual([]);
  });

  it('finds nothing inherited for ids such as `constructor` or `status`', () => {
    const renamed = (id: string): Stop => ({ ...cahors, id, status: 'cancelled' });
    expect(detectChanges(told, ['constructor', 'status', 'first'].map(renamed))).toEqual([]);
  });
});

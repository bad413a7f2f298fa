import { describe, expect, it } from 'vitest';
import { tour2019Feed } from '../testing/tour.ts';
import { popupModel } from './popup-model.ts';

const stops = tour2019Feed().stops;
const ids = (list: { id: string }[]) => list.map((stop) => stop.id);

describe('popupModel', () => {
  it('puts the next stop on the card and the others below, every region shown until one is picked', () => {
    const model = popupModel({ stops, regions: [], today: '2019-06-21' });
    expect(model.next).toMatchObject({ kind: 'next', stop: { id: '2019-paris' } });
    expect(model.filter).toBe('all');
    expect(ids(model.upcoming)).toEqual([
      '2019-charleville-mezieres',
      '2019-le-havre',
      '2019-saint-quentin',
      '2019-istres',
      '2019-annecy',
    ]);
    expect(model.regionsAhead).toContain('hauts-de-france');
  });

  it('follows the user’s regions by default, and the filter on demand', () => {
    const mine = popupModel({ stops, regions: ['normandie', 'grand-est'], today: '2019-06-21' });
    expect(mine.filter).toBe('mine');
    expect(mine.next).toMatchObject({ kind: 'next', stop: { id: '2019-charleville-mezieres' } });
    expect(ids(mine.upcoming)).toEqual(['2019-le-havre']);
    const one = popupModel({ stops, regions: ['normandie'], today: '2019-06-21', filter: 'hauts-de-france' });
    expect(ids(one.upcoming)).toEqual(['2019-saint-quentin']);
    const all = popupModel({ stops, regions: ['normandie'], today: '2019-06-21', filter: 'all' });
    // Every stop ahead but the one on the card (Le Havre).
    expect(ids(all.upcoming)).toEqual([
      '2019-paris',
      '2019-charleville-mezieres',
      '2019-saint-quentin',
      '2019-istres',
      '2019-annecy',
    ]);
  });

  it('says when nothing is coming in the user’s regions, and what is next elsewhere', () => {
    const model = popupModel({ stops, regions: ['bretagne'], today: '2019-06-21' });
    expect(model.next).toMatchObject({ kind: 'none-in-regions', elsewhere: { id: '2019-paris' } });
    expect(model.upcoming).toEqual([]);
  });

  it('says when the tour is over, when no stop is announced, and when no feed could be read', () => {
    expect(popupModel({ stops, regions: [], today: '2019-10-18' }).next).toEqual({ kind: 'tour-over' });
    expect(popupModel({ stops: [], regions: [], today: '2019-10-18' }).next).toEqual({ kind: 'no-stops' });
    expect(popupModel({ stops: undefined, regions: [], today: '2019-10-18' }).next).toEqual({ kind: 'no-data' });
  });

  it('lists a cancelled stop (marked on its card) but never puts it on the next-stop card', () => {
    const cancelled = stops.map((stop) =>
      stop.id === '2019-paris' ? { ...stop, status: 'cancelled' as const } : stop,
    );
    const model = popupModel({ stops: cancelled, regions: [], today: '2019-06-21' });
    expect(model.next).toMatchObject({ stop: { id: '2019-charleville-mezieres' } });
    expect(ids(model.upcoming)[0]).toBe('2019-paris');
  });
});

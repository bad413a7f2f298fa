import { describe, expect, it } from 'vitest';
import type { Stop } from '../feed/schema.ts';
import { makeStop } from '../test-stops.ts';
import { calendarView, COMPACT_LIMIT, type CalendarView, type CalendarViewInput } from './calendar-view.ts';
import { ownTitle, stopView } from './stop-view.ts';

/** A tour in 2027: Occitanie first, six stops elsewhere after it, one of them cancelled. */
const tour: Stop[] = [
  makeStop({ id: 'cahors', region: 'occitanie', city: 'Cahors', start: '2027-03-26', end: '2027-03-26' }),
  makeStop({ id: 'dax', region: 'nouvelle-aquitaine', city: 'Dax', start: '2027-06-20', end: '2027-06-20' }),
  makeStop({ id: 'paris', region: 'ile-de-france', city: 'Paris', start: '2027-06-26', end: '2027-06-27' }),
  makeStop({
    id: 'rennes',
    region: 'bretagne',
    city: 'Rennes',
    start: '2027-07-01',
    end: '2027-07-01',
    status: 'cancelled',
  }),
  makeStop({ id: 'le-havre', region: 'normandie', city: 'Le Havre', start: '2027-07-09', end: '2027-07-09' }),
  makeStop({
    id: 'istres',
    region: 'provence-alpes-cote-d-azur',
    city: 'Istres',
    start: '2027-09-26',
    end: '2027-09-26',
  }),
  makeStop({ id: 'annecy', region: 'auvergne-rhone-alpes', city: 'Annecy', start: '2027-10-17', end: '2027-10-17' }),
];

const ids = (stops: readonly Stop[]) => stops.map((stop) => stop.id);

function view(input: Partial<CalendarViewInput>): CalendarView {
  return calendarView({ stops: tour, regions: [], today: '2027-06-01', layout: 'upcoming', ...input });
}

function shown(input: Partial<CalendarViewInput>) {
  const result = view(input);
  if (result.kind !== 'stops') throw new Error(`expected stops, got ${result.kind}`);
  return { ...result, ids: ids(result.stops), next: result.next?.id };
}

describe('calendar view', () => {
  it('leads with the next stop, then the others ahead, cancelled ones marked rather than hidden', () => {
    expect(shown({})).toMatchObject({
      ids: ['dax', 'paris', 'rennes', 'le-havre', 'istres', 'annecy'],
      next: 'dax',
      elsewhere: false,
    });
    expect(shown({}).note).toBeUndefined();
    // A cancelled stop coming first is listed after the next one that takes place.
    expect(shown({ today: '2027-06-28' })).toMatchObject({ ids: ['le-havre', 'rennes', 'istres', 'annecy'] });
  });

  it('keeps to the chosen regions while they have a stop to attend', () => {
    expect(shown({ regions: ['ile-de-france', 'normandie'] })).toMatchObject({
      ids: ['paris', 'le-havre'],
      next: 'paris',
      elsewhere: false,
    });
  });

  it('says the region’s stop is past, then shows the next stop elsewhere and the rest of the tour', () => {
    const result = shown({ regions: ['occitanie'] });
    expect(result.note).toEqual({ kind: 'past', stop: tour[0] });
    expect(result).toMatchObject({ ids: ['dax', 'paris', 'rennes', 'le-havre', 'istres', 'annecy'], next: 'dax' });
    expect(result.elsewhere).toBe(true);
  });

  it('says when the region has no stop at all, then shows the tour', () => {
    const result = shown({ regions: ['corse', 'mayotte'] });
    expect(result.note).toEqual({ kind: 'none', regions: ['corse', 'mayotte'] });
    expect(result).toMatchObject({ next: 'dax', elsewhere: true });
  });

  it('says when the region’s stop ahead is cancelled, then shows the tour', () => {
    const result = shown({ regions: ['bretagne'] });
    expect(result.note).toEqual({ kind: 'cancelled', stop: tour[3] });
    expect(result).toMatchObject({ next: 'dax', elsewhere: true });
  });

  it('is over once nothing is left to come: every stop, to fold away, and why for the region', () => {
    expect(view({ today: '2027-10-18' })).toEqual({ kind: 'over', past: tour });
    expect(view({ today: '2027-12-01', regions: ['normandie'] })).toEqual({
      kind: 'over',
      note: { kind: 'past', stop: tour[4] },
      past: tour,
    });
    // The last stop's day itself is not over.
    expect(view({ today: '2027-10-17' }).kind).toBe('stops');
  });

  it('has nothing to show when the feed has no stop', () => {
    expect(view({ stops: [] })).toEqual({ kind: 'empty' });
  });

  it('shows three lines in compact unless a limit is set, and the whole tour in date order by year', () => {
    expect(shown({ layout: 'compact' }).ids).toHaveLength(COMPACT_LIMIT);
    expect(shown({ layout: 'compact', limit: 5 }).ids).toHaveLength(5);
    expect(shown({ limit: 1 }).ids).toEqual(['dax']);
    expect(shown({ layout: 'year' })).toMatchObject({ ids: ids(tour), next: 'dax' });
    expect(shown({ layout: 'year', regions: ['normandie'] })).toMatchObject({ ids: ['le-havre'], next: 'le-havre' });
  });

  it('reads the stops in start order whatever the feed’s order', () => {
    expect(shown({ stops: [...tour].reverse() }).ids[0]).toBe('dax');
  });
});

describe('a stop’s own title', () => {
  it('is left out when it only repeats the tour’s name and a place', () => {
    expect(ownTitle({ title: 'IntercoTOUR Sud PACA' }, 'IntercoTOUR 2019')).toBeUndefined();
    expect(ownTitle({ title: 'Intercotour Occitanie' }, 'IntercoTOUR')).toBeUndefined();
    expect(ownTitle({ title: 'Assises du numérique' }, 'IntercoTOUR 2019')).toBe('Assises du numérique');
    expect(ownTitle({ title: 'Étape d’essai' }, '')).toBe('Étape d’essai');
  });

  it('is in the stop view when the tour’s name is given, and always otherwise', () => {
    const options = { today: '2019-03-20', lang: 'fr' as const };
    expect(stopView(makeStop(), { ...options, tourName: 'IntercoTOUR 2019' }).title).toBeUndefined();
    expect(stopView(makeStop(), options).title).toBe('IntercoTOUR Occitanie');
  });
});

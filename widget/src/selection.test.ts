import { describe, expect, it } from 'vitest';
import { select } from './selection.ts';
import { testFeed, TODAY } from './testing/feed.ts';

const { stops } = testFeed();
const ids = (selection: ReturnType<typeof select>) =>
  selection.kind === 'stops' ? selection.items.map((item) => item.stop.id) : selection.kind;

describe('select', () => {
  it('upcoming: the next stop first, then the others to come (a cancelled one shown, not first)', () => {
    const selection = select(stops, { regions: [], view: 'upcoming' }, TODAY);
    expect(ids(selection)).toEqual(['essai-prochain', 'essai-annule', 'essai-horaire', 'essai-reunion']);
    expect(selection.kind === 'stops' && selection.items.map((item) => item.next)).toEqual([true, false, false, false]);
    expect(selection.kind === 'stops' && selection.over).toBe(false);
  });

  it('year: the whole tour in order, past stops marked', () => {
    const selection = select(stops, { regions: [], view: 'year' }, TODAY);
    expect(ids(selection)).toEqual(['essai-passe', 'essai-annule', 'essai-prochain', 'essai-horaire', 'essai-reunion']);
    expect(selection.kind === 'stops' && selection.items.map((item) => item.past)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('compact: three stops unless told otherwise; limit caps any view', () => {
    expect(ids(select(stops, { regions: [], view: 'compact' }, TODAY))).toHaveLength(3);
    expect(ids(select(stops, { regions: [], view: 'compact', limit: 1 }, TODAY))).toEqual(['essai-prochain']);
    expect(ids(select(stops, { regions: [], view: 'upcoming', limit: 2 }, TODAY))).toEqual([
      'essai-prochain',
      'essai-annule',
    ]);
  });

  it('filters by region', () => {
    expect(ids(select(stops, { regions: ['normandie', 'la-reunion'], view: 'upcoming' }, TODAY))).toEqual([
      'essai-horaire',
      'essai-reunion',
    ]);
    expect(ids(select(stops, { regions: ['corse'], view: 'upcoming' }, TODAY))).toBe('no-stop-in-regions');
  });

  it('when the tour is over: the past stops, the latest ones if limited', () => {
    const selection = select(stops, { regions: [], view: 'upcoming', limit: 2 }, '2032-01-01');
    expect(selection).toMatchObject({ kind: 'stops', over: true });
    expect(ids(selection)).toEqual(['essai-horaire', 'essai-reunion']);
    expect(ids(select(stops, { regions: ['occitanie'], view: 'upcoming' }, TODAY))).toEqual(['essai-passe']);
  });

  it('says when the feed has no stop at all', () => {
    expect(select([], { regions: [], view: 'upcoming' }, TODAY)).toEqual({ kind: 'empty' });
  });

  it('keeps a stop until its last day is over', () => {
    expect(ids(select(stops, { regions: ['ile-de-france'], view: 'upcoming' }, '2031-05-14'))).toEqual([
      'essai-prochain',
    ]);
  });
});

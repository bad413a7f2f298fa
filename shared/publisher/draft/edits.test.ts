import { describe, expect, it } from 'vitest';
import { emptyDraft, stopAt, type Draft } from './draft.ts';
import {
  addItem,
  addStop,
  duplicateStop,
  getIn,
  idLocked,
  moveItem,
  moveStop,
  removeItem,
  removeStop,
  setField,
  unlockId,
} from './edits.ts';
import { rawFeed, rawStop } from '../../test-stops.ts';
import { draftFromDocument } from './from-document.ts';

const stop = (id: string, city: string, start: string) =>
  rawStop({ id, title: `IntercoTOUR ${city}`, city, start, end: start });

/** A published feed of three stops (s1, s2, s3), the first with a programme of three items. */
function published(): Draft {
  const feed = rawFeed(
    [
      {
        ...stop('2019-cahors', 'Cahors', '2019-03-26'),
        status: 'scheduled',
        sequence: 2,
        icsUrl: 'https://cdn.example.fr/t/stops/2019-cahors.ics',
        programme: [{ title: 'A' }, { title: 'B' }, { title: 'C' }],
      },
      stop('2019-dax', 'Dax', '2019-06-20'),
      stop('2019-paris', 'Paris', '2019-06-26'),
    ],
    { name: 'T' },
  );
  const read = draftFromDocument(feed, { published: true });
  if (!read.ok) throw new Error('fixture must read');
  return read.draft;
}

/** Fields typed one after the other into one stop. */
const typed = (draft: Draft, key: string, fields: [string, unknown][]) =>
  fields.reduce((next, [field, value]) => setField(next, key, [field], value), draft);

const ids = (draft: Draft) => draft.stops.map((s) => s.fields.id);
const titles = (draft: Draft, key: string) =>
  (getIn(stopAt(draft, key)?.fields, ['programme']) as { title: string }[]).map((item) => item.title);

describe('a published id is locked', () => {
  it('ignores the id typed on a published stop until it is unlocked', () => {
    const draft = published();
    expect(idLocked(draft.stops[0]!)).toBe(true);
    expect(setField(draft, 's1', ['id'], 'cahors')).toBe(draft);

    const unlocked = unlockId(draft, 's1');
    expect(idLocked(unlocked.stops[0]!)).toBe(false);
    expect(setField(unlocked, 's1', ['id'], 'cahors').stops[0]!.fields.id).toBe('cahors');
  });

  it('still takes the other fields of a published stop', () => {
    const draft = setField(published(), 's1', ['city'], 'Figeac');
    expect(draft.stops[0]!.fields).toMatchObject({ id: '2019-cahors', city: 'Figeac' });
  });

  it('never mutates the draft it is given', () => {
    const draft = published();
    const before = JSON.stringify(draft);
    setField(draft, 's1', ['programme', 0, 'title'], 'Z');
    setField(draft, 's2', ['venue', 'name'], 'Salle');
    expect(JSON.stringify(draft)).toBe(before);
  });
});

describe('a new stop', () => {
  it('takes its id from its start year and city, and its title from its region', () => {
    const { draft: blank, key } = addStop(emptyDraft());
    const draft = typed(blank, key, [
      ['city', 'Cahors'],
      ['start', '2027-03-26'],
      ['region', 'occitanie'],
    ]);
    expect(stopAt(draft, key)!.fields).toMatchObject({ id: '2027-cahors', title: 'IntercoTOUR Occitanie' });
    expect(idLocked(stopAt(draft, key)!)).toBe(false);
  });

  it('makes the suggested id unique with -2, and slugs the city', () => {
    let draft = emptyDraft();
    const keys: string[] = [];
    for (const city of ['Saint-Étienne', 'Saint-Étienne']) {
      const added = addStop(draft);
      draft = typed(added.draft, added.key, [
        ['city', city],
        ['start', '2027-05-01'],
      ]);
      keys.push(added.key);
    }
    expect(keys).toEqual(['s1', 's2']);
    expect(ids(draft)).toEqual(['2027-saint-etienne', '2027-saint-etienne-2']);
  });

  it('keeps the id typed, and stops following the city then', () => {
    const { draft: blank, key } = addStop(emptyDraft());
    const draft = typed(blank, key, [
      ['city', 'Cahors'],
      ['id', 'ma-etape'],
      ['city', 'Figeac'],
      ['start', '2027-01-01'],
    ]);
    expect(stopAt(draft, key)!.fields.id).toBe('ma-etape');
  });

  it('keeps the title typed', () => {
    const { draft: blank, key } = addStop(emptyDraft());
    const draft = typed(blank, key, [
      ['title', 'Mon étape'],
      ['region', 'bretagne'],
    ]);
    expect(stopAt(draft, key)!.fields.title).toBe('Mon étape');
  });
});

describe('duplicateStop', () => {
  it('inserts a copy just after the original, with a new unique id and no calendar history', () => {
    const draft = published();
    const { draft: next, key } = duplicateStop(draft, 's1');
    expect(next.stops.map((s) => s.key)).toEqual(['s1', key, 's2', 's3']);
    expect(key).not.toBe('s1');
    const copy = stopAt(next, key)!;
    expect(copy.fields.id).toBe('2019-cahors-2');
    expect(copy.fields).not.toHaveProperty('sequence');
    expect(copy.fields).not.toHaveProperty('icsUrl');
    expect(copy.fields).not.toHaveProperty('status');
    expect(copy.published).toBeUndefined();
    expect(idLocked(copy)).toBe(false);
    expect(copy.fields).toMatchObject({
      city: 'Cahors',
      start: '2019-03-26',
      programme: [{ title: 'A' }, { title: 'B' }, { title: 'C' }],
    });
  });

  it('does not touch the original', () => {
    const draft = published();
    const { draft: next } = duplicateStop(draft, 's1');
    expect(next.stops[0]).toEqual(draft.stops[0]);
  });

  it('gives a second copy its own id and key', () => {
    const once = duplicateStop(published(), 's1');
    const twice = duplicateStop(once.draft, 's1');
    expect(twice.key).not.toBe(once.key);
    expect(ids(twice.draft)).toEqual(['2019-cahors', '2019-cahors-3', '2019-cahors-2', '2019-dax', '2019-paris']);
  });
});

describe('reordering stops', () => {
  it('moves a stop up and down', () => {
    const draft = published();
    expect(ids(moveStop(draft, 's2', -1))).toEqual(['2019-dax', '2019-cahors', '2019-paris']);
    expect(ids(moveStop(draft, 's2', 1))).toEqual(['2019-cahors', '2019-paris', '2019-dax']);
  });

  it('leaves the order as it is at either end', () => {
    const draft = published();
    expect(moveStop(draft, 's1', -1)).toBe(draft);
    expect(moveStop(draft, 's3', 1)).toBe(draft);
    expect(moveStop(draft, 'nope', 1)).toBe(draft);
  });

  it('removes a stop, and only it', () => {
    expect(ids(removeStop(published(), 's2'))).toEqual(['2019-cahors', '2019-paris']);
  });
});

describe('a programme', () => {
  it('moves an item up and down, not past its ends', () => {
    const draft = published();
    expect(titles(moveItem(draft, 's1', 'programme', 1, -1), 's1')).toEqual(['B', 'A', 'C']);
    expect(titles(moveItem(draft, 's1', 'programme', 1, 1), 's1')).toEqual(['A', 'C', 'B']);
    expect(moveItem(draft, 's1', 'programme', 0, -1)).toBe(draft);
    expect(moveItem(draft, 's1', 'programme', 2, 1)).toBe(draft);
  });

  it('removes one item', () => {
    expect(titles(removeItem(published(), 's1', 'programme', 1), 's1')).toEqual(['A', 'C']);
  });

  it('adds an item at the end, and starts a programme on a stop without one', () => {
    const draft = published();
    expect(titles(addItem(draft, 's1', 'programme', { title: 'D' }), 's1')).toEqual(['A', 'B', 'C', 'D']);
    expect(titles(addItem(draft, 's2', 'programme', { title: 'Z' }), 's2')).toEqual(['Z']);
  });
});

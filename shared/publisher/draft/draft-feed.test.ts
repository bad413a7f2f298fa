import { describe, expect, it } from 'vitest';
import type { Draft } from './draft.ts';
import { draftDocument, problemField, readDraft } from './draft-feed.ts';
import { addStop, duplicateStop, setEnvelope, setField } from './edits.ts';
import { rawFeed, rawStop } from '../../test-stops.ts';
import { draftFromDocument } from './from-document.ts';
import { feedFile, publishDraft } from './publish-draft.ts';

const now = new Date('2027-01-15T10:00:00Z');

/** A published feed: s1 at sequence 3, s2 with no sequence, s3 timed (written in UTC). */
function published(): Draft {
  const feed = rawFeed(
    [
      rawStop({ id: '2019-cahors', theme: 'Données', sequence: 3 }),
      rawStop({
        id: '2019-dax',
        title: 'IntercoTOUR',
        region: 'nouvelle-aquitaine',
        city: 'Dax',
        start: '2019-06-20',
        end: '2019-06-20',
      }),
      rawStop({
        id: '2019-paris',
        title: 'IntercoTOUR Île-de-France',
        region: 'ile-de-france',
        city: 'Paris',
        start: '2019-06-26T07:00:00Z',
        end: '2019-06-26T15:00:00Z',
        status: 'scheduled',
      }),
    ],
    { name: 'T' },
  );
  const read = draftFromDocument(feed, { published: true });
  if (!read.ok) throw new Error('fixture must read');
  return read.draft;
}

type Doc = { stops: Record<string, unknown>[] } & Record<string, unknown>;
const doc = (draft: Draft) => draftDocument(draft, now) as Doc;
const sequenceOf = (draft: Draft, index: number) => doc(draft).stops[index]!.sequence;

describe('sequence of a published stop', () => {
  it('is published as it was while nothing that calendars show changed', () => {
    const draft = published();
    expect(sequenceOf(draft, 0)).toBe(3);
    expect(doc(draft).stops[1]).not.toHaveProperty('sequence');
  });

  it('is raised by one when its start, end or status changes', () => {
    expect(sequenceOf(setField(published(), 's1', ['start'], '2019-03-25'), 0)).toBe(4);
    expect(sequenceOf(setField(published(), 's1', ['end'], '2019-03-27'), 0)).toBe(4);
    expect(sequenceOf(setField(published(), 's1', ['status'], 'cancelled'), 0)).toBe(4);
    expect(sequenceOf(setField(published(), 's2', ['start'], '2019-06-19'), 1)).toBe(1);
  });

  it('is raised once only, however many edits follow', () => {
    let draft = setField(published(), 's1', ['start'], '2019-03-25');
    draft = setField(draft, 's1', ['end'], '2019-03-28');
    draft = setField(draft, 's1', ['status'], 'rescheduled');
    expect(sequenceOf(draft, 0)).toBe(4);
  });

  it('goes back to what was published when the dates are put back', () => {
    let draft = setField(published(), 's1', ['start'], '2019-03-25');
    draft = setField(draft, 's1', ['start'], '2019-03-26');
    expect(sequenceOf(draft, 0)).toBe(3);
    draft = setField(setField(published(), 's2', ['end'], '2019-06-21'), 's2', ['end'], '2019-06-20');
    expect(doc(draft).stops[1]).not.toHaveProperty('sequence');
  });

  it('is not raised by a title, a theme or a city', () => {
    let draft = setField(published(), 's1', ['title'], 'Autre titre');
    draft = setField(draft, 's1', ['theme'], 'Autre thème');
    draft = setField(draft, 's1', ['city'], 'Figeac');
    expect(sequenceOf(draft, 0)).toBe(3);
  });

  it('is not raised by the same instant written with another offset, as the form writes it', () => {
    const draft = setField(published(), 's3', ['start'], '2019-06-26T09:00:00+02:00');
    expect(doc(draft).stops[2]).not.toHaveProperty('sequence');
    expect(sequenceOf(setField(published(), 's3', ['start'], '2019-06-26T10:00:00+02:00'), 2)).toBe(1);
  });

  it('is not raised by a status cleared to the default', () => {
    expect(sequenceOf(setField(published(), 's1', ['status'], ''), 0)).toBe(3);
    expect(sequenceOf(setField(published(), 's3', ['status'], ''), 2)).toBeUndefined();
  });

  it('is never raised for a stop that was not published', () => {
    const added = addStop(published());
    const draft = setField(added.draft, added.key, ['start'], '2027-01-01');
    expect(doc(draft).stops[3]).not.toHaveProperty('sequence');
    const copy = duplicateStop(published(), 's1');
    const changed = setField(copy.draft, copy.key, ['start'], '2019-04-01');
    expect(doc(changed).stops[1]).not.toHaveProperty('sequence');
  });

  it('shows in the published stops.json and in the stop’s .ics', () => {
    const draft = setField(published(), 's1', ['start'], '2019-03-25');
    const result = publishDraft(draft, now);
    if (!result.ok) throw new Error('must publish');
    const feed = JSON.parse(feedFile(result.files).content) as Doc;
    expect(feed.stops.map((stop) => stop.sequence)).toEqual([4, 0, 0]);
    const ics = result.files.find((file) => file.path === 'stops/2019-cahors.ics')!.content;
    expect(ics).toContain('\r\nSEQUENCE:4\r\n');
    expect(result.files.find((file) => file.path === 'stops/2019-dax.ics')!.content).toContain('\r\nSEQUENCE:0\r\n');
  });
});

describe('draftDocument', () => {
  it('leaves out an optional field that was cleared, instead of writing ""', () => {
    let draft = setField(published(), 's1', ['theme'], '');
    draft = setField(draft, 's1', ['venue', 'name'], '');
    const stop = doc(draft).stops[0]!;
    expect(stop).not.toHaveProperty('theme');
    expect(stop).not.toHaveProperty('venue');
    expect(readDraft(draft, now).problems).toEqual([]);
  });

  it('keeps a cleared required field as "", so that the reader says it is empty', () => {
    const draft = setField(published(), 's2', ['title'], '');
    expect(doc(draft).stops[1]!.title).toBe('');
    expect(readDraft(draft, now).problems).toMatchObject([{ path: ['stops', 1, 'title'], code: 'empty' }]);
  });

  it('keeps a cleared feed name as "", and the feed is then refused', () => {
    const draft = setEnvelope(published(), ['name'], '');
    expect(doc(draft).name).toBe('');
    const result = readDraft(draft, now);
    expect(result.ok).toBe(false);
    expect(result.problems).toMatchObject([{ path: ['name'], code: 'empty' }]);
  });

  it('dates the feed now, in French time, as version 1', () => {
    expect(doc(published())).toMatchObject({ version: 1, updated: '2027-01-15T11:00:00+01:00' });
  });
});

describe('problemField', () => {
  const draft = published();

  it('names a stop’s field by the stop’s key, which survives reordering', () => {
    expect(problemField(draft, { path: ['stops', 1, 'end'] })).toBe(`${draft.stops[1]!.key}-end`);
    expect(problemField(draft, { path: ['stops', 0, 'programme', 2, 'title'] })).toBe('s1-programme-2-title');
  });

  it('names the feed’s own fields tour-…, and the whole document ""', () => {
    expect(problemField(draft, { path: ['name'] })).toBe('tour-name');
    expect(problemField(draft, { path: ['organizer', 'name'] })).toBe('tour-organizer-name');
    expect(problemField(draft, { path: ['stops'] })).toBe('tour-stops');
    expect(problemField(draft, { path: ['stops', 9, 'end'] })).toBe('tour-stops');
    expect(problemField(draft, { path: [] })).toBe('');
  });

  it('points each problem the reader finds at a field of the right stop', () => {
    const edited = setField(setField(published(), 's3', ['city'], ''), 's1', ['end'], '2019-03-01');
    const fields = readDraft(edited, now).problems.map((problem) => problemField(edited, problem));
    expect(fields).toEqual(['s1-end', 's3-city']);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from './draft.ts';
import { addStop, setField, unlockId } from './edits.ts';
import { draftFromDocument } from './from-document.ts';
import { DRAFT_FORMAT, readStoredDraft, storeDraft } from './stored-draft.ts';

function sample(): Draft {
  const read = draftFromDocument(
    {
      version: 1,
      name: 'T',
      organizer: { name: 'Les Interconnectés' },
      updated: '2019-03-01T10:00:00+01:00',
      extra: { kept: true },
      stops: [
        {
          id: '2019-cahors',
          title: 'A',
          region: 'occitanie',
          city: 'Cahors',
          start: '2019-03-26',
          end: '2019-03-26',
          sequence: 2,
        },
      ],
    },
    { published: true, baseUrl: 'https://cdn.example.fr/t' },
  );
  if (!read.ok) throw new Error('fixture must read');
  let draft = unlockId(read.draft, 's1');
  draft = setField(draft, 's1', ['start'], '2019-03-25');
  const added = addStop(draft);
  return setField(added.draft, added.key, ['city'], 'Dax');
}

/** The stored text of a draft, changed by `edit` (as another version of the page, or a hand, might). */
function storedWith(
  edit: (stored: { format: unknown; savedAt: unknown; draft: Record<string, unknown> }) => void,
): string {
  const stored = JSON.parse(storeDraft(sample(), 1)) as {
    format: unknown;
    savedAt: unknown;
    draft: Record<string, unknown>;
  };
  edit(stored);
  return JSON.stringify(stored);
}

/** The draft as the editor acts on it: `auto: {}` and `auto: { id: false }` both fill nothing. */
const meaning = (draft: Draft) => ({
  ...draft,
  stops: draft.stops.map((stop) => ({
    ...stop,
    auto: { id: stop.auto?.id === true, title: stop.auto?.title === true },
  })),
});

describe('stored draft', () => {
  it('reads back the draft it stored, with when it was stored', () => {
    const draft = sample();
    const stored = readStoredDraft(storeDraft(draft, 1_700_000_000_000));
    expect(stored?.savedAt).toBe(1_700_000_000_000);
    expect(meaning(stored!.draft)).toEqual(meaning(draft));
    expect(stored!.draft.stops[1]!.auto).toEqual({ id: true, title: true });
  });

  it('round-trips an empty draft', () => {
    expect(readStoredDraft(storeDraft(emptyDraft(), 0))?.draft).toEqual(emptyDraft());
  });

  it.each([
    ['nothing stored', null],
    ['empty text', ''],
    ['garbage', '{"format": "intercotour-editor-draft/1", "draft": {'],
    ['JSON null', 'null'],
    ['a list', '[]'],
    ['a feed instead', JSON.stringify({ version: 1, stops: [] })],
  ])('gives undefined, without throwing, for %s', (_, text) => {
    expect(readStoredDraft(text)).toBeUndefined();
  });

  it('gives undefined for another format, or without its time', () => {
    expect(readStoredDraft(storedWith((stored) => (stored.format = 'intercotour-editor-draft/2')))).toBeUndefined();
    expect(readStoredDraft(storedWith((stored) => delete stored.savedAt))).toBeUndefined();
    expect(readStoredDraft(storedWith((stored) => (stored.format = DRAFT_FORMAT)))).toBeDefined();
  });

  it('gives undefined when a field the draft needs is missing', () => {
    expect(readStoredDraft(storedWith((stored) => delete stored.draft.envelope))).toBeUndefined();
    expect(readStoredDraft(storedWith((stored) => delete stored.draft.stops))).toBeUndefined();
    expect(readStoredDraft(storedWith((stored) => (stored.draft.stops = [{ key: 's1' }])))).toBeUndefined();
    expect(readStoredDraft(storedWith((stored) => (stored.draft.stops = [{ fields: {} }])))).toBeUndefined();
    expect(readStoredDraft(storedWith((stored) => (stored.draft.stops = [null])))).toBeUndefined();
  });

  it('gives undefined when two stops share a key', () => {
    const text = storedWith((stored) => {
      stored.draft.stops = [
        { key: 's1', fields: {} },
        { key: 's1', fields: {} },
      ];
    });
    expect(readStoredDraft(text)).toBeUndefined();
  });

  it('never hands out a key a stop already has, whatever nextKey says', () => {
    const text = storedWith((stored) => {
      stored.draft.stops = [
        { key: 's1', fields: {} },
        { key: 's7', fields: {} },
      ];
      stored.draft.nextKey = 3;
    });
    const draft = readStoredDraft(text)!.draft;
    expect(draft.nextKey).toBe(8);
    expect(addStop(draft).key).toBe('s8');
    const noNext = readStoredDraft(storedWith((stored) => delete stored.draft.nextKey))!.draft;
    expect(addStop(noNext).key).not.toMatch(/^s[12]$/);
  });

  it('keeps the published record and the unlock, so a reload changes neither the lock nor the sequence', () => {
    const stop = readStoredDraft(storeDraft(sample(), 1))!.draft.stops[0]!;
    expect(stop.published).toMatchObject({ id: '2019-cahors', sequence: 2 });
    expect(stop.idUnlocked).toBe(true);
  });
});

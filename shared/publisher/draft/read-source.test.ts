import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { idLocked, setField } from './edits.ts';
import { EDITOR_MAX_MEGABYTES, readSource, type Source, type SourceOptions } from './read-source.ts';

const root = new URL('../../../', import.meta.url);
const bytesOf = (path: string) => new Uint8Array(readFileSync(new URL(path, root)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const options = (name: string): SourceOptions => ({ name, lang: 'fr', now: new Date('2019-01-15T10:00:00Z') });

function read(bytes: Uint8Array, name: string): Extract<Source, { ok: true }> {
  const source = readSource(bytes, options(name));
  if (!source.ok) throw new Error(`expected a draft, got: ${source.lines.join('\n')}`);
  return source;
}

function refusal(bytes: Uint8Array, name: string): string[] {
  const source = readSource(bytes, options(name));
  if (source.ok) throw new Error('expected a refusal');
  return source.lines;
}

describe('readSource refuses what is not a feed, in the publisher’s words', () => {
  it('refuses text that is not JSON, naming the file', () => {
    const lines = refusal(utf8('{"version": 1,'), 'tournee.json');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('tournee.json');
    expect(lines[0]).toContain('n’est pas du JSON valide');
  });

  it('refuses a JSON list, and an object without stops', () => {
    expect(refusal(utf8('[1, 2]'), 'liste.json')).toEqual([
      'liste.json\u202f: fichier\u202f: ce document n’est pas un flux IntercoTOUR (un objet JSON est attendu)',
    ]);
    expect(refusal(utf8('{"version": 1, "name": "T"}'), 'objet.json')).toEqual([
      'objet.json\u202f: stops\u202f: champ obligatoire manquant',
    ]);
    expect(refusal(utf8('{"stops": "aucune"}'), 'objet.json')[0]).toContain('stops');
  });

  it(`refuses a file above ${EDITOR_MAX_MEGABYTES} Mo unread`, () => {
    const lines = refusal(new Uint8Array(3 * 1024 * 1024).fill(0x20), 'gros.json');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^gros\.json\u202f: .*dépasse 2 Mo$/);
  });

  it('speaks English when asked', () => {
    const source = readSource(utf8('nope'), { ...options('x.json'), lang: 'en' });
    expect(source).toEqual({ ok: false, lines: [expect.stringMatching(/^x\.json: .*not valid JSON/)] });
  });
});

describe('readSource of a published feed', () => {
  const source = read(bytesOf('shared/data/tour-2019.json'), 'tour-2019.json');

  it('gives the 2019 tour’s eight stops, in order, with nothing set aside', () => {
    expect(source.draft.stops.map((stop) => stop.fields.id)).toEqual([
      '2019-cahors',
      '2019-dax',
      '2019-paris',
      '2019-charleville-mezieres',
      '2019-le-havre',
      '2019-saint-quentin',
      '2019-istres',
      '2019-annecy',
    ]);
    expect(source.notes).toEqual([]);
    expect(source.draft.envelope).toMatchObject({ name: 'IntercoTOUR 2019' });
    expect(source.draft.envelope).not.toHaveProperty('stops');
  });

  it('locks every id, since calendars already hold them', () => {
    expect(source.draft.stops.every(idLocked)).toBe(true);
    expect(source.draft.stops[0]!.published).toEqual({
      id: '2019-cahors',
      start: '2019-03-26',
      end: '2019-03-26',
      status: 'scheduled',
      sequence: 0,
    });
    expect(setField(source.draft, 's1', ['id'], 'cahors')).toBe(source.draft);
  });

  it('sets aside a stop that is not an object, says so, and keeps the others', () => {
    const feed = JSON.parse(readFileSync(new URL('shared/data/tour-2019.json', root), 'utf8')) as { stops: unknown[] };
    feed.stops.splice(1, 0, 'pas une étape');
    const withJunk = read(utf8(JSON.stringify(feed)), 'stops.json');
    expect(withJunk.draft.stops.map((stop) => stop.fields.id)).toHaveLength(8);
    expect(withJunk.notes).toEqual(['stops.json\u202f: stops[1]\u202f: "pas une étape" devrait être un objet { … }']);
    expect(new Set(withJunk.draft.stops.map((stop) => stop.key)).size).toBe(8);
    expect(withJunk.draft.nextKey).toBe(9);
  });

  it('reads a feed that starts with a byte-order mark', () => {
    const bytes = bytesOf('shared/data/tour-2019.json');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(read(withBom, 'bom.json').draft.stops).toHaveLength(8);
  });
});

describe('readSource of an agenda (.ics)', () => {
  const fixture = (name: string) => bytesOf(`test/fixtures/ics/import/${name}`);

  it('imports its events as stops never published, ids editable, with the import report as notes', () => {
    const source = read(fixture('outlook-custom-zone.ics'), 'agenda.ics');
    expect(source.draft.stops).toHaveLength(2);
    for (const stop of source.draft.stops) {
      expect(stop.published).toBeUndefined();
      expect(idLocked(stop)).toBe(false);
    }
    expect(source.notes[0]).toBe('agenda.ics\u202f: 1 événement écarté\u202f:');
    expect(source.notes.at(-1)).toBe('2 événements importés, 1 sans ville.');
    const key = source.draft.stops[0]!.key;
    expect(setField(source.draft, key, ['id'], 'nouvel-id').stops[0]!.fields.id).toBe('nouvel-id');
  });

  it('reads a Windows-1252 file, accents right, and says it was read so', () => {
    const source = read(fixture('windows-1252.ics'), 'w.ics');
    expect(source.notes[0]).toBe(
      'w.ics n’est pas en UTF-8\u202f: lu comme du Windows-1252 (Europe de l’Ouest)\u202f; vérifiez les accents',
    );
    expect(source.draft.stops[0]!.fields).toMatchObject({ city: 'Charleville-Mézières' });
  });

  it('refuses an agenda without events, with the import’s words', () => {
    expect(refusal(fixture('no-event.ics'), 'vide.ics')).toEqual([
      'vide.ics\u202f: aucun événement (VEVENT) dans ce fichier\u202f: rien à importer',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../cli.ts';
import type { SiteFile } from '../site.ts';
import { MANIFEST } from '../write-site.ts';
import type { Draft } from './draft.ts';
import { addItem, addStop, duplicateStop, moveStop, setEnvelope, setField } from './edits.ts';
import { readSource } from './read-source.ts';
import { baseUrlProblem, feedFile, publishDraft, siteZip } from './publish-draft.ts';

const now = new Date('2027-01-15T10:00:00Z');
const base = 'https://cdn.example.fr/intercotour';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'intercotour-draft-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const tourBytes = new Uint8Array(readFileSync(new URL('../../data/tour-2019.json', import.meta.url)));

/** The bundled tour as the editor loads it (a published feed), to be published at `base`. */
function tour2019(): Draft {
  const source = readSource(tourBytes, { name: 'tour-2019.json', lang: 'fr', now });
  if (!source.ok) throw new Error(source.lines.join('\n'));
  return { ...source.draft, baseUrl: base };
}

/** The 2019 tour after an afternoon's work: a date moved, a theme cleared, stops added, copied, moved. */
function edited(): Draft {
  let draft = tour2019();
  draft = setField(draft, 's1', ['start'], '2019-03-27');
  draft = setField(draft, 's1', ['end'], '2019-03-27');
  draft = setField(draft, 's3', ['theme'], '');
  draft = setField(draft, 's5', ['status'], 'cancelled');
  draft = addItem(draft, 's2', 'programme', { title: 'Visite', kind: 'visit' });
  const added = addStop(draft);
  draft = added.draft;
  for (const [field, value] of [
    ['region', 'la-reunion'],
    ['city', 'Saint-Denis'],
    ['start', '2019-11-05T09:00:00+04:00'],
    ['end', '2019-11-05T17:00:00+04:00'],
  ] as const) {
    draft = setField(draft, added.key, [field], value);
  }
  draft = moveStop(draft, added.key, -3);
  draft = duplicateStop(draft, 's4').draft;
  // A stop with a problem: left out, by the editor as by the command.
  draft = setField(draft, 's6', ['city'], '');
  return setEnvelope(draft, ['name'], 'IntercoTOUR 2019 (corrigé)');
}

function published(draft: Draft): SiteFile[] {
  const result = publishDraft(draft, now);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.files;
}

/** Every file of the site under `folder`, relative, sorted: not the command's own list of what it wrote. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .filter((path) => path !== MANIFEST)
    .sort();
}

/** What `npm run feed -- build --in <the zip's stops.json> --out … --base-url …` writes. */
async function cliBuild(name: string, zip: Uint8Array): Promise<string> {
  const input = join(dir, `${name}.json`);
  const out = join(dir, name);
  await writeFile(input, unzipSync(zip)['stops.json']!);
  const err: string[] = [];
  const code = await run(['build', '--in', input, '--out', out, '--base-url', base], {
    out: () => {},
    err: (line) => err.push(line),
    now: () => now,
  });
  expect({ code, err }).toEqual({ code: 0, err: [] });
  return out;
}

describe('publishDraft gives the files `feed build` writes, byte for byte', () => {
  it.each([
    ['the 2019 tour as loaded', tour2019],
    ['the 2019 tour edited', edited],
  ])('%s', async (name, make) => {
    const files = published(make());
    const out = await cliBuild(name.replaceAll(' ', '-'), siteZip(files, now));
    expect(await tree(out)).toEqual(files.map((file) => file.path).sort());
    for (const file of files) {
      const written = await readFile(join(out, file.path));
      expect(written.equals(Buffer.from(strToU8(file.content))), file.path).toBe(true);
    }
  });

  it('leaves out the stop with a problem, and publishes the others, new ones included', () => {
    const result = publishDraft(edited(), now);
    expect(result.ok && result.stops).toBe(9);
    expect(result.ok && result.problems).toMatchObject([{ path: ['stops', 7, 'city'], code: 'empty' }]);
    const paths = published(edited()).map((file) => file.path);
    expect(paths).not.toContain('stops/2019-saint-quentin.ics');
    expect(paths).toContain('stops/2019-saint-denis.ics');
    expect(paths).toContain('stops/2019-charleville-mezieres-2.ics');
  });

  it('fills each stop’s icsUrl from the base URL', () => {
    const feed = JSON.parse(feedFile(published(tour2019())).content) as { stops: { icsUrl: string }[] };
    expect(feed.stops[0]!.icsUrl).toBe(`${base}/stops/2019-cahors.ics`);
  });
});

describe('siteZip', () => {
  const files = published(edited());

  it('gives the same bytes for the same files', () => {
    expect(siteZip(files, now)).toEqual(siteZip(published(edited()), now));
  });

  it('holds every file, each with its content', () => {
    const unzipped = unzipSync(siteZip(files, now));
    expect(Object.keys(unzipped).sort()).toEqual(files.map((file) => file.path).sort());
    for (const file of files) expect(strFromU8(unzipped[file.path]!), file.path).toBe(file.content);
  });
});

describe('what stops a publication', () => {
  it('a base URL that is not a web address', () => {
    const draft = { ...tour2019(), baseUrl: 'cdn.example.fr/intercotour' };
    expect(baseUrlProblem(draft)).toMatchObject({ path: ['baseUrl'], code: 'bad-url' });
    expect(publishDraft(draft, now)).toMatchObject({ ok: false, problems: [{ code: 'bad-url' }] });
    expect(baseUrlProblem({ ...draft, baseUrl: '' })).toBeUndefined();
    expect(baseUrlProblem({ ...draft, baseUrl: ` ${base}/ ` })).toBeUndefined();
  });

  it('a feed without a name', () => {
    const result = publishDraft(setEnvelope(tour2019(), ['name'], ''), now);
    expect(result).toMatchObject({ ok: false, problems: [{ path: ['name'], code: 'empty' }] });
  });
});

/**
 * The folder the editor downloads is the one `npm run feed -- build` writes: the .zip unzipped,
 * its stops.json passes `feed check`, and `feed build` from that stops.json (with the same
 * publishing address) writes the same files, byte for byte.
 */
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { run, type Io } from '../../shared/publisher/cli.ts';
import { openEditor, openTour2019, statusRegion } from './support/editor.ts';
import { editorInChromium } from './support/hooks.ts';

const env = editorInChromium();
const BASE = 'https://www.exemple.fr/intercotour';
/** The CLI's own record of what it wrote (so that a later build may replace it): not in the .zip. */
const LISTING = '.intercotour-feed.json';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'intercotour-editor-'));
  folders.push(folder);
  return folder;
}

async function filesIn(root: string, folder = root): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) =>
      entry.isDirectory() ? filesIn(root, join(folder, entry.name)) : [relative(root, join(folder, entry.name))],
    ),
  );
  return nested.flat().sort();
}

function cli(): Io & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    out: (line) => lines.push(line),
    err: (line) => lines.push(`! ${line}`),
    now: () => new Date(),
  };
}

describe('publishing', () => {
  it('the .zip holds the folder `feed build` writes, byte for byte, and its stops.json passes `feed check`', async () => {
    const { page, context, errors } = await openEditor(env);
    await openTour2019(page);
    await page.getByLabel('Adresse de publication (facultatif)').fill(BASE);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger le dossier à publier (.zip)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('intercotour.zip');
    await statusRegion(page).getByText('intercotour.zip téléchargé.').waitFor();
    const zipped = unzipSync(new Uint8Array(await readFile(await download.path())));

    const ids = [
      '2019-cahors',
      '2019-dax',
      '2019-paris',
      '2019-charleville-mezieres',
      '2019-le-havre',
      '2019-saint-quentin',
      '2019-istres',
      '2019-annecy',
    ];
    expect(Object.keys(zipped).sort()).toEqual(
      ['stops.json', 'intercotour.ics', 'feed.schema.json', '_headers', ...ids.map((id) => `stops/${id}.ics`)].sort(),
    );
    const feed = JSON.parse(new TextDecoder().decode(zipped['stops.json']));
    expect(feed.stops.map((stop: { id: string }) => stop.id)).toEqual(ids);
    expect(feed.stops[0].icsUrl).toBe(`${BASE}/stops/2019-cahors.ics`);

    const unzipped = await tempFolder();
    for (const [path, bytes] of Object.entries(zipped)) {
      await mkdir(dirname(join(unzipped, path)), { recursive: true });
      await writeFile(join(unzipped, path), bytes);
    }

    const checked = cli();
    expect(await run(['check', join(unzipped, 'stops.json')], checked), checked.lines.join('\n')).toBe(0);
    expect(checked.lines.filter((line) => line.startsWith('!'))).toEqual([]);

    const built = join(await tempFolder(), 'site');
    const building = cli();
    const code = await run(
      ['build', '--in', join(unzipped, 'stops.json'), '--out', built, '--base-url', BASE],
      building,
    );
    expect(code, building.lines.join('\n')).toBe(0);
    const written = (await filesIn(built)).filter((path) => path !== LISTING);
    expect(written).toEqual(Object.keys(zipped).sort());
    for (const path of written) {
      const bytes = new Uint8Array(await readFile(join(built, path)));
      expect(Buffer.compare(bytes, zipped[path]!), `${path} differs from the .zip's`).toBe(0);
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});

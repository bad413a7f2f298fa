/**
 * The publisher as a process, against real files in a temporary folder: what it reads (devices,
 * pipes, huge files) and where it writes (a site's folder, links).
 */
import { execFile } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli.ts';
import { PROCESS_TEST_TIMEOUT_MS, runFeed } from './test-process.ts';
import { rawFeed, rawStop } from '../test-stops.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'intercotour-files-'));
});

const feed = (...argv: string[]) => runFeed(argv);

/** The same in this process, for the cases that cannot hang. */
async function feedHere(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date() });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under `folder`, relative, sorted. */
async function tree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
    .sort();
}

const stop = (id: string) => rawStop({ id, title: 'IntercoTOUR X' });

async function feedFile(name: string, ids: string[]): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(rawFeed(ids.map(stop), { name: 'T' })));
  return path;
}

describe('feed build --out DIR, in a folder that holds a site', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('refuses a folder it did not write, then with --force removes nothing of the site, ever', async () => {
    const site = join(dir, 'site');
    await mkdir(join(site, 'stops', '2019'), { recursive: true });
    await writeFile(join(site, 'index.html'), '<h1>Accueil</h1>');
    await writeFile(join(site, 'stops', 'index.html'), '<h1>Nos étapes</h1>');
    await writeFile(join(site, 'stops', '2019', 'photo.jpg'), 'JPEG');
    const siteFiles = ['index.html', 'stops/2019/photo.jpg', 'stops/index.html'];

    const refused = await feed('build', '--out', site);
    expect(refused).toMatchObject({ code: 2, stdout: '' });
    expect(refused.stderr).toBe(
      `${site} n’est pas vide et n’a pas été écrit par la publication\u202f: rien n’a été écrit. Choisissez un dossier vide, ou ajoutez --force pour y écrire quand même (les fichiers de même nom seront remplacés, aucun autre effacé).\n`,
    );
    expect(await tree(site)).toEqual(siteFiles);

    const forced = await feed('build', '--out', site, '--force');
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    const published = await tree(site);
    expect(published).toEqual(expect.arrayContaining([...siteFiles, 'stops.json', 'stops/2019-paris.ics']));
    expect(await readFile(join(site, 'stops', 'index.html'), 'utf8')).toBe('<h1>Nos étapes</h1>');

    // Once written, the folder is the publisher's to update: a stop gone takes its file along, no more.
    const one = await feedFile('one.json', ['cahors-2019']);
    const again = await feed('build', '--in', one, '--out', site);
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(await tree(site)).toEqual(
      [
        ...siteFiles,
        '.intercotour-feed.json',
        '_headers',
        'feed.schema.json',
        'intercotour.ics',
        'stops.json',
        'stops/cahors-2019.ics',
      ].sort(),
    );
  });

  it('does not overwrite a stops.json of its own silently', async () => {
    const site = join(dir, 'foreign');
    await mkdir(site);
    await writeFile(join(site, 'stops.json'), '{"mine": true}');
    const refused = await feed('build', '--out', site, '--lang', 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/is not empty and was not written by the publisher: nothing was written/);
    expect(await readFile(join(site, 'stops.json'), 'utf8')).toBe('{"mine": true}');
  });

  it('writes a fresh or empty folder, and writes it again', async () => {
    const fresh = join(dir, 'fresh', 'feed');
    expect((await feedHere('build', '--out', fresh)).code).toBe(0);
    expect((await feedHere('build', '--out', fresh)).code).toBe(0);
    const empty = join(dir, 'empty');
    await mkdir(empty);
    expect((await feedHere('build', '--out', empty)).code).toBe(0);
    expect(await tree(empty)).toEqual(await tree(fresh));
  });

  it('refuses, with --force too, a file of its layout that another hand put in its folder', async () => {
    const out = join(dir, 'ours');
    expect((await feedHere('build', '--in', await feedFile('a.json', ['a']), '--out', out)).code).toBe(0);
    await writeFile(join(out, 'stops', 'b.ics'), 'BEGIN:VCALENDAR mine');
    const withB = await feedFile('ab.json', ['a', 'b']);
    const refused = await feedHere('build', '--in', withB, '--out', out);
    expect(refused).toMatchObject({
      code: 2,
      err: expect.stringContaining(`${join(out, 'stops', 'b.ics')} existe déjà`),
    });
    expect(await readFile(join(out, 'stops', 'b.ics'), 'utf8')).toBe('BEGIN:VCALENDAR mine');
    expect((await feedHere('build', '--in', withB, '--out', out, '--force')).code).toBe(0);
    expect(await readFile(join(out, 'stops', 'b.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it('never writes or removes through a link out of its folder', async () => {
    const outside = join(dir, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'a.ics'), 'outside');
    await writeFile(join(outside, 'stops.json'), 'outside');

    const linkedFolder = join(dir, 'linked-folder');
    await mkdir(linkedFolder);
    await symlink(outside, join(linkedFolder, 'stops'));
    const one = await feedFile('a-only.json', ['a']);
    const viaFolder = await feedHere('build', '--in', one, '--out', linkedFolder, '--force');
    expect(viaFolder).toMatchObject({
      code: 2,
      err: `${join(linkedFolder, 'stops')} est un lien\u202f: la publication n’écrit ni n’efface rien à travers un lien, rien n’a été écrit.`,
    });

    const linkedFile = join(dir, 'linked-file');
    await mkdir(linkedFile);
    await symlink(join(outside, 'stops.json'), join(linkedFile, 'stops.json'));
    expect((await feedHere('build', '--in', one, '--out', linkedFile, '--force')).code).toBe(2);

    // A list of its files edited to name others: only names of its own layout are removed.
    const listed = join(dir, 'listed');
    expect((await feedHere('build', '--in', one, '--out', listed)).code).toBe(0);
    const manifest = JSON.parse(await readFile(join(listed, '.intercotour-feed.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toContain('stops/a.ics');
    manifest.files.push('../outside/a.ics', '../outside', '/etc/hostname');
    await writeFile(join(listed, '.intercotour-feed.json'), JSON.stringify(manifest));
    expect((await feedHere('build', '--in', await feedFile('none.json', []), '--out', listed)).code).toBe(0);
    expect(existsSync(join(listed, 'stops', 'a.ics'))).toBe(false);

    expect(await tree(outside)).toEqual(['a.ics', 'stops.json']);
    expect(await readFile(join(outside, 'a.ics'), 'utf8')).toBe('outside');
    expect(await readFile(join(outside, 'stops.json'), 'utf8')).toBe('outside');
  });
});

describe('a stop id that Windows cannot use as a file name', () => {
  it('gets a file name that works everywhere, which its icsUrl names', async () => {
    const ids = ['con', 'aux', 'nul', 'prn', 'com1', 'lpt9', 'con-', 'console', 'com10'];
    const out = join(dir, 'windows');
    const result = await feedHere(
      'build',
      '--in',
      await feedFile('windows.json', ids),
      '--out',
      out,
      '--base-url',
      'https://cdn.example.fr/t',
    );
    expect(result.code).toBe(0);
    expect((await readdir(join(out, 'stops'))).sort()).toEqual([
      'aux_.ics',
      'com10.ics',
      'com1_.ics',
      'con-.ics',
      'con_.ics',
      'console.ics',
      'lpt9_.ics',
      'nul_.ics',
      'prn_.ics',
    ]);
    const published = JSON.parse(await readFile(join(out, 'stops.json'), 'utf8')) as {
      stops: { id: string; icsUrl: string }[];
    };
    const con = published.stops.find((s) => s.id === 'con');
    expect(con?.icsUrl).toBe('https://cdn.example.fr/t/stops/con_.ics');
    expect(await readFile(join(out, 'stops', 'con_.ics'), 'utf8')).toContain('UID:con@intercotour');
  });
});

describe('files that are not feeds to read', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each([['/dev/zero'], ['/dev/urandom']])(
    'refuses %s at once, exit 2',
    async (device) => {
      const result = await feed('check', device);
      expect(result).toMatchObject({ killed: false, code: 2, stdout: '' });
      expect(result.stderr).toBe(
        `${device} n’est pas un fichier ordinaire (mais un périphérique, un tube ou une socket)\u202f: rien n’a été lu\n`,
      );
    },
    30_000,
  );

  it('refuses a device to import or build from too, and writes nothing', async () => {
    for (const argv of [
      ['import', '/dev/zero'],
      ['build', '--in', '/dev/zero', '--out', join(dir, 'never')],
    ]) {
      expect(await feed(...argv)).toMatchObject({ killed: false, code: 2, stdout: '' });
    }
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('refuses a pipe with no writer at once instead of waiting for one', async () => {
    const fifo = join(dir, 'tour.fifo');
    await promisify(execFile)('mkfifo', [fifo]);
    const result = await feed('check', fifo, '--lang', 'en');
    // Had a reader stayed blocked on the pipe, a writer lets it end rather than linger.
    await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then(
      (handle) => handle.close(),
      () => undefined,
    );
    expect(result).toMatchObject({ killed: false, code: 2, stdout: '' });
    expect(result.stderr).toBe(`${fifo} is not a regular file (but a device, a pipe or a socket): nothing was read\n`);
  });

  it('refuses a file past the size limit before reading it', async () => {
    const huge = join(dir, 'huge.json');
    await writeFile(huge, '');
    // Sparse: 21 MB on paper, no disk used.
    await truncate(huge, 21 * 1024 * 1024);
    expect(await feedHere('check', huge)).toEqual({
      code: 2,
      out: '',
      err: `${huge} dépasse 20\u202fMo, la taille la plus grande qu’un flux puisse avoir\u202f: rien n’a été lu`,
    });
    expect((await feedHere('import', huge)).code).toBe(2);
  });
});

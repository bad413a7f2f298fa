import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from './cli.ts';
import { PROCESS_TEST_TIMEOUT_MS, ROOT, runFeed } from './test-process.ts';
import { rawFeed, rawStop } from '../test-stops.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'intercotour-cli-'));
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => new Date('2019-09-15T10:00:00Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const envelope = { name: 'T' };
const stop = (fields: Record<string, unknown>) => rawStop({ id: 'a', title: 'IntercoTOUR X', ...fields });

describe('feed build', () => {
  it('publishes the bundled 2019 tour by default', async () => {
    const out = join(dir, 'site');
    const result = await cli('build', '--out', out, '--base-url', 'https://cdn.example.fr/feed');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('8 étapes, 12 fichiers');
    expect((await readdir(join(out, 'stops'))).sort()).toHaveLength(8);
    const feed = JSON.parse(await readFile(join(out, 'stops.json'), 'utf8'));
    expect(feed.stops[2].icsUrl).toBe('https://cdn.example.fr/feed/stops/2019-paris.ics');
    expect(await readFile(join(out, 'stops', '2019-paris.ics'), 'utf8')).toContain('DTEND;VALUE=DATE:20190628');
  });

  it('publishes the good stops of a flawed feed and names the bad one', async () => {
    const input = join(dir, 'flawed.json');
    await writeFile(input, JSON.stringify(rawFeed([stop({}), stop({ id: 'b', start: 'demain' })], envelope)));
    const result = await cli('build', '--in', input, '--out', join(dir, 'flawed'), '--lang', 'en');
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      `${input}: stops[1].start: "demain" is not a date like 2019-06-26 (nor a date and time like 2019-06-26T09:00:00+02:00) — stop "b" left out`,
    );
    expect(await readdir(join(dir, 'flawed', 'stops'))).toEqual(['a.ics']);
  });

  it('writes nothing with --strict when anything is wrong', async () => {
    const input = join(dir, 'flawed.json');
    const result = await cli('build', '--in', input, '--out', join(dir, 'strict'), '--strict');
    expect(result.code).toBe(1);
    await expect(readdir(join(dir, 'strict'))).rejects.toThrow();
  });
});

describe('feed check', () => {
  it('says how many stops are valid and exits 0', async () => {
    const result = await cli('check', join(ROOT, 'shared/data/tour-2019.json'));
    expect(result).toEqual({
      code: 0,
      out: `${join(ROOT, 'shared/data/tour-2019.json')}\u202f: aucun problème, 8 étapes valables.`,
      err: '',
    });
  });

  it('prints every problem with its place and exits 1', async () => {
    const input = join(dir, 'broken.json');
    await writeFile(
      input,
      JSON.stringify(
        rawFeed(
          [
            stop({ url: 'javascript:alert(1)' }),
            stop({ id: 'b', end: '2019-03-01' }),
            stop({ id: 'c' }),
            stop({ id: 'c' }),
          ],
          envelope,
        ),
      ),
    );
    const result = await cli('check', input);
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      `${input}\u202f: stops[0].url\u202f: "javascript:alert(1)" n’est pas un lien http:// ou https:// — étape "a" écartée`,
      `${input}\u202f: stops[1].end\u202f: la fin "2019-03-01" est avant le début — étape "b" écartée`,
      `${input}\u202f: stops[3].id\u202f: l’identifiant "c" est déjà celui de stops[2] — étape "c" écartée`,
      '3 problèmes\u202f; 1 étape valable.',
    ]);
  });

  it('refuses a file that is not JSON with one line and exit 2', async () => {
    const input = join(dir, 'not.json');
    await writeFile(input, 'stops: [cahors]');
    expect(await cli('check', input)).toEqual({
      code: 2,
      out: '',
      err: `${input}\u202f: fichier\u202f: le fichier n’est pas du JSON valide`,
    });
  });

  it('names a missing file and exits 2', async () => {
    expect(await cli('check', join(dir, 'nope.json'))).toEqual({
      code: 2,
      out: '',
      err: `fichier introuvable\u202f: ${join(dir, 'nope.json')}`,
    });
    expect((await cli('check', dir)).code).toBe(2);
  });
});

describe('feed import', () => {
  it('prints a version-1 feed from an .ics file', async () => {
    const result = await cli('import', join(ROOT, 'test/fixtures/ics/google-export.ics'), '--region', 'occitanie');
    expect(result.code).toBe(0);
    const feed = JSON.parse(result.out);
    expect(feed).toMatchObject({ version: 1, name: 'Agenda numérique de Cahors', updated: '2019-09-15T10:00:00.000Z' });
    expect(feed.stops).toHaveLength(3);
  });

  it('refuses what is not iCalendar with exit 2', async () => {
    const result = await cli('import', join(ROOT, 'shared/data/tour-2019.json'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/n’est pas un fichier iCalendar/);
  });
});

describe('the real command', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('answers a wrong argument with one line on stderr, exit 2 and no stack trace', async () => {
    expect(await runFeed(['build', '--nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'option inconnue «\u202f--nope\u202f» pour build\nAide\u202f: npm run feed -- help\n',
      killed: false,
    });
  });
});

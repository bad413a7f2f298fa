/** `npm run feed -- import` as a process, on agenda files copied to a temporary folder: exit codes and report. */
import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT_MS, ROOT, runFeed } from './test-process.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'intercotour-import-'));
});

const feed = (...argv: string[]) => runFeed(argv, dir);

async function fixture(name: string): Promise<string> {
  await copyFile(join(ROOT, 'test/fixtures/ics/import', name), join(dir, name));
  return name;
}

describe('feed import, as a process', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('reports each event to review on one line, grouped, with a count at the end, exit 1', async () => {
    const result = await feed('import', await fixture('outlook-custom-zone.ics'));
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toEqual([
      'outlook-custom-zone.ics\u202f: 1 événement écarté\u202f:',
      '  VEVENT[1] «\u202fComité de pilotage\u202f» — LOCATION\u202f: aucune ville trouvée\u202f: indiquez-la dans LOCATION',
      'outlook-custom-zone.ics\u202f: 1 événement importé avec une remarque\u202f:',
      '  VEVENT[2] «\u202fRéunion des partenaires\u202f» — DTSTART\u202f: fuseau horaire W. Europe Standard Time Custom inconnu\u202f: heures lues à l’heure de la région',
      '2 événements importés, 1 sans ville.',
      '',
    ]);
    expect(JSON.parse(result.stdout).stops).toHaveLength(2);
  });

  it('counts an expanded series, in English with --lang en', async () => {
    const result = await feed(
      'import',
      await fixture('google-rrule-exdate.ics'),
      '--until',
      '2019-12-31',
      '--lang',
      'en',
    );
    expect(result).toMatchObject({ code: 0, stderr: '6 events imported, 2 recurring series expanded into 6 stops.\n' });
  });

  it('decodes a Windows-1252 file and says so', async () => {
    const result = await feed('import', await fixture('windows-1252.ics'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('windows-1252.ics n’est pas en UTF-8\u202f: lu comme du Windows-1252');
    expect(JSON.parse(result.stdout).stops[0]).toMatchObject({
      title: 'IntercoTOUR Grand Est – l’étape',
      city: 'Charleville-Mézières',
    });
  });

  it('says that a file holds no event, exit 1 and no feed', async () => {
    const result = await feed('import', await fixture('no-event.ics'));
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'no-event.ics\u202f: aucun événement (VEVENT) dans ce fichier\u202f: rien à importer\n',
      killed: false,
    });
  });

  it('answers at once on a DURATION of a billion billion weeks', async () => {
    const result = await feed('import', await fixture('huge-duration.ics'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('VEVENT[0] «\u202fDurée sans fin\u202f» — DURATION\u202f:');
  });

  it('says what it keeps, expands and drops, and refuses a wrong --until', async () => {
    const help = await feed('import', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Gardé.*\n[\s\S]*Développé.*\n[\s\S]*Écarté/);
    const wrong = await feed('import', 'x.ics', '--until', 'noël');
    expect(wrong).toMatchObject({ code: 2, stdout: '' });
    expect(wrong.stderr).toContain('--until attend une date comme 2019-12-31');
  });
});

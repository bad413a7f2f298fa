import { describe, expect, it } from 'vitest';
import { parseArgs } from './args.ts';

describe('parseArgs', () => {
  it('reads build with its options and defaults', () => {
    expect(parseArgs(['build'])).toEqual({
      ok: true,
      command: { name: 'build', out: 'dist/feed', strict: false, force: false, lang: 'fr' },
    });
    expect(
      parseArgs([
        'build',
        '--in',
        'tour.json',
        '--out=site',
        '--base-url',
        'https://cdn.example.fr/t',
        '--strict',
        '--force',
        '--lang',
        'en',
      ]),
    ).toEqual({
      ok: true,
      command: {
        name: 'build',
        input: 'tour.json',
        out: 'site',
        baseUrl: 'https://cdn.example.fr/t',
        strict: true,
        force: true,
        lang: 'en',
      },
    });
  });

  it('reads check and import', () => {
    expect(parseArgs(['check', 'stops.json'])).toEqual({
      ok: true,
      command: { name: 'check', file: 'stops.json', lang: 'fr' },
    });
    expect(parseArgs(['import', 'a.ics', '--region', '76'])).toEqual({
      ok: true,
      command: { name: 'import', file: 'a.ics', region: 'occitanie', lang: 'fr' },
    });
  });

  it.each([
    [['publish'], 'commande inconnue «\u202fpublish\u202f» (build, check ou import)'],
    [['build', '--forse'], 'option inconnue «\u202f--forse\u202f» pour build'],
    [['check', 'a.json', '--force'], 'option inconnue «\u202f--force\u202f» pour check'],
    [['build', '--out'], 'l’option --out attend une valeur'],
    [['build', 'tour.json'], 'argument inattendu «\u202ftour.json\u202f» (utilisez --in FICHIER)'],
    [
      ['build', '--base-url', 'cdn.example.fr'],
      '--base-url doit commencer par http:// ou https://, pas «\u202fcdn.example.fr\u202f»',
    ],
    [['check'], 'check attend un fichier, par exemple\u202f: npm run feed -- check stops.json'],
    [['check', 'a.json', 'b.json'], 'check attend un fichier, par exemple\u202f: npm run feed -- check stops.json'],
    [
      ['import', 'a.ics', '--region', 'sud'],
      '--region «\u202fsud\u202f» n’est ni un nom de région (occitanie) ni un code INSEE (76)',
    ],
    [['build', '--lang', 'de'], '--lang vaut fr ou en, pas «\u202fde\u202f»'],
  ])('refuses %j with one clear sentence', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message, lang: 'fr' });
  });

  it('speaks English when asked, even about the other arguments', () => {
    expect(parseArgs(['check', '--lang', 'en'])).toMatchObject({
      ok: false,
      message: 'check takes one file, e.g. npm run feed -- check stops.json',
    });
  });
});

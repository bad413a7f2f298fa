import { describe, expect, it } from 'vitest';
import { fill } from '../../shared/words/catalog/fill.ts';
import { EXTENSION } from '../../shared/words/catalog/extension.ts';
import { LANGS } from '../../shared/words/lang.ts';
import { CATALOGS, catalogTranslate, getMessageFrom } from '../testing/catalog.ts';
import { localeFiles } from './locales.ts';

const placeholdersIn = (text: string) =>
  [...text.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());

const SAMPLE = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'];

describe('the _locales the build writes from the catalog', () => {
  it('say, once the browser has filled them, exactly what the catalog says', () => {
    for (const lang of LANGS) {
      expect(Object.keys(CATALOGS[lang])).toEqual(Object.keys(EXTENSION[lang]));
      for (const [key, text] of Object.entries(EXTENSION[lang])) {
        expect(getMessageFrom(CATALOGS[lang], key, SAMPLE), key).toBe(fill(text, SAMPLE));
      }
    }
  });

  it('are the files WXT writes, one per language, French the default', () => {
    expect(localeFiles().map((file) => file.relativeDest)).toEqual([
      '_locales/fr/messages.json',
      '_locales/en/messages.json',
    ]);
    for (const [index, lang] of LANGS.entries()) {
      expect(JSON.parse(localeFiles()[index]!.contents)).toEqual(CATALOGS[lang]);
    }
  });

  it('declare every placeholder they use, with the same arguments in both languages', () => {
    for (const [key, fr] of Object.entries(CATALOGS.fr)) {
      const en = CATALOGS.en[key]!;
      for (const entry of [fr, en]) {
        const declared = Object.keys(entry.placeholders ?? {}).sort();
        expect([...new Set(placeholdersIn(entry.message))].sort(), key).toEqual(declared);
      }
      expect(en.placeholders, key).toEqual(fr.placeholders);
    }
  });

  it('use only message names the browsers accept, and no stray dollar sign', () => {
    for (const key of Object.keys(CATALOGS.fr)) expect(key).toMatch(/^[a-zA-Z0-9_]+$/);
    for (const lang of LANGS) {
      for (const [key, text] of Object.entries(EXTENSION[lang])) {
        expect(text.replace(/\$(\$|[1-9])/g, ''), key).not.toContain('$');
      }
    }
  });

  it('say which language they are, for the core words', () => {
    expect(CATALOGS.fr.lang!.message).toBe('fr');
    expect(CATALOGS.en.lang!.message).toBe('en');
  });

  it('fit the stores: a name of 75 characters at most, a description of 132', () => {
    for (const catalog of Object.values(CATALOGS)) {
      expect(catalog.extName!.message.length).toBeLessThanOrEqual(75);
      expect(catalog.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});

describe('getMessageFrom (the browsers’ substitution rules)', () => {
  it('fills named placeholders from the substitutions', () => {
    const t = catalogTranslate('fr');
    expect(t('badgeNext', ['A', 'B', 'C', 'D'])).toBe('Prochaine étape\u202f: A à B, C — D');
    expect(catalogTranslate('en')('badgeNext', ['A', 'B', 'C', 'D'])).toBe('Next stop: A in B, C — D');
  });

  it('keeps a dollar in a substitution as written, and gives an empty string for an unknown key', () => {
    const catalog = { x: { message: 'Prix : $P$ $$', placeholders: { p: { content: '$1' } } } };
    expect(getMessageFrom(catalog, 'x', ['5 $'])).toBe('Prix : 5 $ $');
    expect(getMessageFrom(catalog, 'missing')).toBe('');
    expect(getMessageFrom(catalog, 'toString')).toBe('');
  });
});

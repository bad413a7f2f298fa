import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogTranslate, getMessageFrom } from '../testing/catalog.ts';

const placeholdersIn = (text: string) =>
  [...text.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase());

describe('the _locales catalogs', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(CATALOGS.en).sort()).toEqual(Object.keys(CATALOGS.fr).sort());
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

  it('use only message names the browsers accept', () => {
    for (const key of Object.keys(CATALOGS.fr)) expect(key).toMatch(/^[a-zA-Z0-9_@]+$/);
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
    expect(t('badgeNext', ['A', 'B', 'C', 'D'])).toBe('Prochaine étape : A à B, C — D');
    expect(catalogTranslate('en')('badgeNext', ['A', 'B', 'C', 'D'])).toBe('Next stop: A in B, C — D');
  });

  it('keeps a dollar in a substitution as written, and gives an empty string for an unknown key', () => {
    const catalog = { x: { message: 'Prix : $P$ $$', placeholders: { p: { content: '$1' } } } };
    expect(getMessageFrom(catalog, 'x', ['5 $'])).toBe('Prix : 5 $ $');
    expect(getMessageFrom(catalog, 'missing')).toBe('');
  });
});

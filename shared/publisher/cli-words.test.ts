import { describe, expect, it } from 'vitest';
import { say, sayCount } from './cli-words.ts';

describe('the publisher’s words', () => {
  it('fill their holes from the catalog', () => {
    expect(say('fr', 'noFile', 'a.json')).toBe('fichier introuvable\u202f: a.json');
    expect(say('en', 'noFile', 'a.json')).toBe('file not found: a.json');
  });

  it('pick each language’s plural: zero is singular in French, plural in English', () => {
    const valid = (lang: 'fr' | 'en', count: number) => sayCount(lang, count, 'validOne', 'validMany');
    expect([0, 1, 2].map((count) => valid('fr', count))).toEqual([
      '0 étape valable',
      '1 étape valable',
      '2 étapes valables',
    ]);
    expect([0, 1, 2].map((count) => valid('en', count))).toEqual(['0 valid stops', '1 valid stop', '2 valid stops']);
  });
});

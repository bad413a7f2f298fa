import { describe, expect, it } from 'vitest';
import type { Attribute } from './attributes.ts';
import { describeRejected } from './chunks/diagnostics.ts';
import { readSettings, type SettingsContext } from './settings.ts';

const context: SettingsContext = { pageLang: 'fr-FR', baseUrl: 'https://www.commune.example/agenda/page.html' };

function read(attributes: Partial<Record<Attribute, string>>, more: Partial<SettingsContext> = {}) {
  return readSettings((name) => attributes[name] ?? null, { ...context, ...more });
}

describe('readSettings', () => {
  it('gives the defaults for a bare element: bundled tour, all regions, the page language', () => {
    expect(read({})).toEqual({
      settings: { regions: [], lang: 'fr', theme: 'light', view: 'upcoming', jsonLd: true },
      rejected: [],
    });
    expect(read({}, { pageLang: 'en-GB' }).settings.lang).toBe('en');
    expect(read({}, { pageLang: null }).settings.lang).toBe('fr');
  });

  it('reads every attribute', () => {
    const { settings, rejected } = read({
      feed: 'https://cdn.example/feed/stops.json',
      region: 'occitanie, 11',
      lang: 'EN',
      theme: 'dark',
      view: 'year',
      limit: '4',
      now: '2019-06-01',
      jsonld: 'false',
    });
    expect(rejected).toEqual([]);
    expect(settings).toEqual({
      feed: 'https://cdn.example/feed/stops.json',
      regions: ['occitanie', 'ile-de-france'],
      lang: 'en',
      theme: 'dark',
      view: 'year',
      limit: 4,
      today: '2019-06-01',
      jsonLd: false,
    });
  });

  it('reads a relative feed against the page and takes the build-time default otherwise', () => {
    expect(read({ feed: '../feed/stops.json' }).settings.feed).toBe('https://www.commune.example/feed/stops.json');
    expect(read({}, { defaultFeed: 'https://cdn.example/stops.json' }).settings.feed).toBe(
      'https://cdn.example/stops.json',
    );
  });

  it('refuses feeds that are not http(s), names them, and keeps the default', () => {
    for (const feed of ['javascript:alert(1)', 'data:application/json,{}', 'ftp://cdn.example/stops.json']) {
      const { settings, rejected } = read({ feed }, { defaultFeed: 'https://cdn.example/stops.json' });
      expect(settings.feed).toBe('https://cdn.example/stops.json');
      expect(rejected).toEqual([['feed', feed]]);
    }
  });

  it('keeps the regions it knows and names the others', () => {
    const { settings, rejected } = read({ region: 'bzh,76', lang: 'en' });
    expect(settings.regions).toEqual(['occitanie']);
    expect(rejected).toEqual([['region', 'bzh']]);
  });

  it('has the console say what was expected, in the widget’s language', () => {
    expect(describeRejected([['feed', 'ftp://x']], 'fr')).toEqual([
      'attribut feed="ftp://x" ignoré (attendu\u202f: une adresse http:// ou https://).',
    ]);
    expect(describeRejected([['region', 'bzh']], 'en')).toEqual([
      'attribute region="bzh" ignored (expected: a region slug (occitanie) or an INSEE code (76), comma-separated).',
    ]);
  });

  it('ignores values out of range with one message each', () => {
    const { settings, rejected } = read({
      lang: 'de',
      theme: 'blue',
      view: 'month',
      limit: '0',
      now: '2019-02-30',
      jsonld: 'yes',
    });
    expect(settings).toEqual({ regions: [], lang: 'fr', theme: 'light', view: 'upcoming', jsonLd: true });
    expect(rejected.map(([name]) => name)).toEqual(['lang', 'theme', 'view', 'jsonld', 'limit', 'now']);
  });

  it('treats empty attributes as absent', () => {
    expect(read({ feed: ' ', region: '', lang: '' })).toEqual(read({}));
  });
});

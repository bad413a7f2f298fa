import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveSettings, effectiveSource } from './effective-settings.ts';
import { MANAGED_KEYS, NO_MANAGED, parseManaged } from './managed-settings.ts';
import { DEFAULT_SETTINGS } from './settings.ts';

const json = (path: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('the organisation’s presets', () => {
  it('are read, normalised and locked only where a value is set', () => {
    const managed = parseManaged({
      feedUrl: ' https://tour.example.fr/intercotour/stops.json#top ',
      regions: ['76', 'bretagne', 'Occitanie'],
      leadDays: [1, 7, 1],
      reminderTime: '08:30',
      locked: ['regions', 'feedUrl', 'reminderTime'],
    });
    expect(managed).toEqual({
      feedUrl: 'https://tour.example.fr/intercotour/stops.json',
      regions: ['occitanie', 'bretagne'],
      leadDays: [7, 1],
      reminderTime: '08:30',
      locked: ['feedUrl', 'regions', 'reminderTime'],
      problems: [],
    });
    expect(parseManaged({ locked: ['regions'] }).locked).toEqual([]);
  });

  it('set a bad value aside with its reason, and keep the others', () => {
    const managed = parseManaged({
      feedUrl: 'javascript:alert(1)',
      regions: ['bretagne', 'atlantide'],
      leadDays: '7',
      reminderTime: '25:00',
      locked: ['regions', 'colour'],
      colour: 'blue',
    });
    expect(managed.problems).toEqual([
      { key: 'feedUrl', reason: 'feed' },
      { key: 'regions', reason: 'region' },
      { key: 'leadDays', reason: 'type' },
      { key: 'reminderTime', reason: 'time' },
      { key: 'locked', reason: 'unknown' },
      { key: 'colour', reason: 'unknown' },
    ]);
    expect(managed).toMatchObject({ locked: [] });
    expect(managed.regions).toBeUndefined();
    expect(parseManaged({ leadDays: [], regions: [] })).toMatchObject({
      regions: [],
      problems: [{ key: 'leadDays', reason: 'lead-day' }],
    });
  });

  it('never throw on what a browser may hand over', () => {
    for (const raw of [undefined, null, 'x', 3, [], { __proto__: { regions: ['corse'] } }]) {
      expect(parseManaged(raw)).toEqual(NO_MANAGED);
    }
  });

  it('win when locked, and are a default until the user saves otherwise', () => {
    const managed = parseManaged({ regions: ['normandie'], reminderTime: '08:30', locked: ['regions'] });
    const saved = { ...DEFAULT_SETTINGS, regions: ['corse'], reminderTime: '18:00' };
    expect(effectiveSettings(null, managed)).toMatchObject({ regions: ['normandie'], reminderTime: '08:30' });
    expect(effectiveSettings(saved, managed)).toMatchObject({ regions: ['normandie'], reminderTime: '18:00' });
    expect(effectiveSettings(saved, NO_MANAGED)).toMatchObject({ regions: ['corse'] });
  });

  it('choose the feed: a locked one over the user’s, an unlocked one over the build’s default', () => {
    const feedUrl = 'https://tour.example.fr/stops.json';
    const user = 'https://other.example.fr/stops.json';
    const build = 'https://build.example.fr/stops.json';
    expect(effectiveSource(user, build, parseManaged({ feedUrl, locked: ['feedUrl'] }))).toBe(feedUrl);
    expect(effectiveSource(user, build, parseManaged({ feedUrl }))).toBe(user);
    expect(effectiveSource(null, build, parseManaged({ feedUrl }))).toBe(feedUrl);
    expect(effectiveSource(null, build, NO_MANAGED)).toBe(build);
  });
});

describe('the policy files', () => {
  it('declare to Chrome exactly the keys the extension reads', () => {
    const schema = json('extension/public/managed-schema.json') as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS, 'locked'].sort());
  });

  it('given as examples in the guide carry values the extension takes without a problem', () => {
    const chrome = json('docs/policies/chromium-intercotour.json') as {
      '3rdparty': { extensions: Record<string, unknown> };
    };
    const firefox = json('docs/policies/firefox-policies.json') as {
      policies: { '3rdparty': { Extensions: Record<string, unknown> } };
    };
    const presets = [
      ...Object.values(chrome['3rdparty'].extensions),
      ...Object.values(firefox.policies['3rdparty'].Extensions),
    ];
    expect(presets).toHaveLength(2);
    for (const preset of presets) {
      const managed = parseManaged(preset);
      expect(managed.problems).toEqual([]);
      expect(managed.locked.length).toBeGreaterThan(0);
    }
  });
});

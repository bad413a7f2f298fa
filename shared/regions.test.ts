import { describe, expect, it } from 'vitest';
import { findRegion, parseRegionList, REGIONS } from './regions.ts';

describe('regions', () => {
  it('holds the 18 regions of the feed format, with unique slugs and codes', () => {
    expect(REGIONS).toHaveLength(18);
    expect(new Set(REGIONS.map((r) => r.slug)).size).toBe(18);
    expect(new Set(REGIONS.map((r) => r.code)).size).toBe(18);
  });

  it('writes French names with the typographic apostrophe, English ones in ASCII', () => {
    expect(findRegion('93')?.fr).toBe('Provence-Alpes-Côte d’Azur');
    expect(findRegion('93')?.en).toBe("Provence-Alpes-Côte d'Azur");
    for (const region of REGIONS) expect(region.fr).not.toContain("'");
  });

  it('finds a region by slug or INSEE code', () => {
    expect(findRegion('occitanie')?.code).toBe('76');
    expect(findRegion('76')?.slug).toBe('occitanie');
    expect(findRegion(' Ile-de-France ')?.fr).toBe('Île-de-France');
    expect(findRegion('04')?.timeZone).toBe('Indian/Reunion');
    expect(findRegion('4')).toBeUndefined();
    expect(findRegion('sud')).toBeUndefined();
  });

  it('reads a list a person typed', () => {
    expect(parseRegionList('occitanie, 76,bretagne;28 sud')).toEqual({
      regions: ['occitanie', 'bretagne', 'normandie'],
      unknown: ['sud'],
    });
    expect(parseRegionList('')).toEqual({ regions: [], unknown: [] });
  });
});

/**
 * The 18 French regions a stop can be in (feed format v1, "Regions").
 * Slugs are the feed's values; INSEE codes are accepted wherever a person names a region.
 */
export const REGIONS = [
  {
    slug: 'auvergne-rhone-alpes',
    code: '84',
    fr: 'Auvergne-Rhône-Alpes',
    en: 'Auvergne-Rhône-Alpes',
    timeZone: 'Europe/Paris',
  },
  {
    slug: 'bourgogne-franche-comte',
    code: '27',
    fr: 'Bourgogne-Franche-Comté',
    en: 'Bourgogne-Franche-Comté',
    timeZone: 'Europe/Paris',
  },
  { slug: 'bretagne', code: '53', fr: 'Bretagne', en: 'Brittany', timeZone: 'Europe/Paris' },
  {
    slug: 'centre-val-de-loire',
    code: '24',
    fr: 'Centre-Val de Loire',
    en: 'Centre-Val de Loire',
    timeZone: 'Europe/Paris',
  },
  { slug: 'corse', code: '94', fr: 'Corse', en: 'Corsica', timeZone: 'Europe/Paris' },
  { slug: 'grand-est', code: '44', fr: 'Grand Est', en: 'Grand Est', timeZone: 'Europe/Paris' },
  { slug: 'hauts-de-france', code: '32', fr: 'Hauts-de-France', en: 'Hauts-de-France', timeZone: 'Europe/Paris' },
  { slug: 'ile-de-france', code: '11', fr: 'Île-de-France', en: 'Île-de-France', timeZone: 'Europe/Paris' },
  { slug: 'normandie', code: '28', fr: 'Normandie', en: 'Normandy', timeZone: 'Europe/Paris' },
  {
    slug: 'nouvelle-aquitaine',
    code: '75',
    fr: 'Nouvelle-Aquitaine',
    en: 'Nouvelle-Aquitaine',
    timeZone: 'Europe/Paris',
  },
  { slug: 'occitanie', code: '76', fr: 'Occitanie', en: 'Occitanie', timeZone: 'Europe/Paris' },
  { slug: 'pays-de-la-loire', code: '52', fr: 'Pays de la Loire', en: 'Pays de la Loire', timeZone: 'Europe/Paris' },
  {
    slug: 'provence-alpes-cote-d-azur',
    code: '93',
    fr: 'Provence-Alpes-Côte d’Azur',
    en: "Provence-Alpes-Côte d'Azur",
    timeZone: 'Europe/Paris',
  },
  { slug: 'guadeloupe', code: '01', fr: 'Guadeloupe', en: 'Guadeloupe', timeZone: 'America/Guadeloupe' },
  { slug: 'martinique', code: '02', fr: 'Martinique', en: 'Martinique', timeZone: 'America/Martinique' },
  { slug: 'guyane', code: '03', fr: 'Guyane', en: 'French Guiana', timeZone: 'America/Cayenne' },
  { slug: 'la-reunion', code: '04', fr: 'La Réunion', en: 'Réunion', timeZone: 'Indian/Reunion' },
  { slug: 'mayotte', code: '06', fr: 'Mayotte', en: 'Mayotte', timeZone: 'Indian/Mayotte' },
] as const;

export type Region = (typeof REGIONS)[number];
export type RegionSlug = Region['slug'];
export type TimeZoneName = Region['timeZone'];

export const REGION_SLUGS = REGIONS.map((region) => region.slug) as unknown as readonly [RegionSlug, ...RegionSlug[]];

const bySlugOrCode = new Map<string, Region>();
for (const region of REGIONS) {
  bySlugOrCode.set(region.slug, region);
  bySlugOrCode.set(region.code, region);
}

/** A region by its slug (`occitanie`) or its INSEE code (`76`); spaces and case are forgiven. */
export function findRegion(slugOrCode: string): Region | undefined {
  return bySlugOrCode.get(slugOrCode.trim().toLowerCase());
}

/** The region of a slug the feed schema has already checked. */
export function regionOf(slug: RegionSlug): Region {
  return bySlugOrCode.get(slug) as Region;
}

export interface RegionList {
  regions: RegionSlug[];
  /** The parts of the input that name no region, as written. */
  unknown: string[];
}

/**
 * Reads a user's list of regions (`"occitanie, 76,bretagne"`): slugs or INSEE codes,
 * comma- or space-separated. Duplicates are dropped; the order of first mention is kept.
 */
export function parseRegionList(input: string): RegionList {
  const regions: RegionSlug[] = [];
  const unknown: string[] = [];
  for (const part of input.split(/[\s,;]+/)) {
    if (part === '') continue;
    const region = findRegion(part);
    if (!region) unknown.push(part);
    else if (!regions.includes(region.slug)) regions.push(region.slug);
  }
  return { regions, unknown };
}

/**
 * The widget's attributes, read at the edge into typed settings. A value that breaks a rule is
 * ignored with a console message that says what was expected; the rest of the code trusts these.
 */
import {
  isCivilDate,
  parseRegionList,
  pickLang,
  type CivilDate,
  type Lang,
  type RegionSlug,
} from '../../shared/index.ts';

import type { Attribute } from './attributes.ts';

export const THEMES = ['light', 'dark', 'auto'] as const;
export const VIEWS = ['upcoming', 'year', 'compact'] as const;
export type Theme = (typeof THEMES)[number];
export type View = (typeof VIEWS)[number];

export interface Settings {
  /** An http(s) address, or `undefined` for the 2019 tour bundled with the widget. */
  feed?: string;
  /** Only these regions' stops; empty for all. */
  regions: RegionSlug[];
  lang: Lang;
  theme: Theme;
  view: View;
  /** At most this many stops. */
  limit?: number;
  /** The day the calendar is shown as of; `undefined` for the visitor's today. */
  today?: CivilDate;
  jsonLd: boolean;
}

export interface SettingsContext {
  /** The page's `<html lang>`. */
  pageLang?: string | null;
  /** What a relative `feed` is read against (the page's address). */
  baseUrl: string;
  /** The feed set at build time (`INTERCOTOUR_FEED_URL`); empty for the bundled tour. */
  defaultFeed?: string;
}

export interface SettingsResult {
  settings: Settings;
  /** One sentence per ignored value, in the widget's language. */
  warnings: string[];
}

const EXPECTED: Record<Lang, Record<Attribute, string>> = {
  fr: {
    feed: 'une adresse http:// ou https://',
    region: 'un nom de région (occitanie) ou un code INSEE (76), séparés par des virgules',
    lang: 'fr ou en',
    theme: 'light, dark ou auto',
    view: 'upcoming, year ou compact',
    limit: 'un nombre entier à partir de 1',
    now: 'une date comme 2019-06-01',
    jsonld: 'true ou false',
  },
  en: {
    feed: 'an http:// or https:// address',
    region: 'a region slug (occitanie) or an INSEE code (76), comma-separated',
    lang: 'fr or en',
    theme: 'light, dark or auto',
    view: 'upcoming, year or compact',
    limit: 'a whole number from 1',
    now: 'a date like 2019-06-01',
    jsonld: 'true or false',
  },
};

function httpUrl(value: string, base: string): string | undefined {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  const lower = value.toLowerCase() as T;
  return values.includes(lower) ? lower : undefined;
}

/** Reads the attributes through `read(name)` (null when absent). */
export function readSettings(read: (name: Attribute) => string | null, context: SettingsContext): SettingsResult {
  const raw = (name: Attribute) => read(name)?.trim() || undefined;
  const rejected: [Attribute, string][] = [];
  /** The value `parse` makes of the attribute, or undefined (noted when present but refused). */
  const take = <T>(name: Attribute, parse: (value: string) => T | undefined): T | undefined => {
    const value = raw(name);
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) rejected.push([name, value]);
    return parsed;
  };

  const lang =
    take('lang', (value) => (/^(fr|en)([-_]|$)/i.test(value) ? pickLang(value) : undefined)) ??
    pickLang(context.pageLang);
  const feed =
    take('feed', (value) => httpUrl(value, context.baseUrl)) ??
    (context.defaultFeed ? httpUrl(context.defaultFeed, context.baseUrl) : undefined);
  const regionList = parseRegionList(raw('region') ?? '');
  for (const part of regionList.unknown) rejected.push(['region', part]);

  const settings: Settings = {
    regions: regionList.regions,
    lang,
    theme: take('theme', (value) => oneOf(THEMES, value)) ?? 'light',
    view: take('view', (value) => oneOf(VIEWS, value)) ?? 'upcoming',
    jsonLd:
      take('jsonld', (value) => (/^(true|false)$/i.test(value) ? value.toLowerCase() === 'true' : undefined)) ?? true,
  };
  if (feed) settings.feed = feed;
  const limit = take('limit', (value) => (/^\d+$/.test(value) && Number(value) >= 1 ? Number(value) : undefined));
  if (limit) settings.limit = limit;
  const today = take('now', (value) => (isCivilDate(value) ? value : undefined));
  if (today) settings.today = today;

  const warnings = rejected.map(([name, value]) =>
    lang === 'fr'
      ? `attribut ${name}="${value}" ignoré (attendu\u00a0: ${EXPECTED.fr[name]}).`
      : `attribute ${name}="${value}" ignored (expected: ${EXPECTED.en[name]}).`,
  );
  return { settings, warnings };
}

/**
 * The widget's attributes, read at the edge into typed settings. A value that breaks a rule is
 * ignored, and named so that the console can say what was expected; the rest of the code trusts
 * these settings.
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

/** An attribute's value that was ignored: the console says so (`chunks/diagnostics.ts`). */
export type Rejected = [name: Attribute, value: string];

export interface SettingsResult {
  settings: Settings;
  rejected: Rejected[];
}

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
  const rejected: Rejected[] = [];
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

  return { settings, rejected };
}

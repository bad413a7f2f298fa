/**
 * `browser.i18n.getMessage` as Chrome and Firefox implement it, over the `_locales` messages the
 * build writes (the same function makes both): unit tests see the words users see. Test-only.
 */
import type { Lang } from '../../shared/index.ts';
import type { Translate } from '../lib/i18n.ts';
import { localeMessages } from '../lib/locales.ts';

export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

export const CATALOGS: Record<Lang, Catalog> = { fr: localeMessages('fr'), en: localeMessages('en') };

/** `$1`…`$9` in a placeholder's content take the substitutions; `$$` is a dollar sign. */
function substitute(text: string, substitutions: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

export function getMessageFrom(catalog: Catalog, key: string, substitutions: readonly string[] = []): string {
  if (!Object.hasOwn(catalog, key)) return '';
  const entry = catalog[key]!;
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const named = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders[name.toLowerCase()];
    return content === undefined ? whole : substitute(content, substitutions);
  });
  return substitute(named, substitutions);
}

export function catalogTranslate(lang: Lang): Translate {
  return (key, substitutions) => getMessageFrom(CATALOGS[lang], key, substitutions ?? []);
}

/** A stand-in for `browser.i18n.getMessage` (the fake browser has none). */
export function fakeGetMessage(lang: Lang) {
  return (key: string, substitutions?: string | (string | number)[]): string =>
    getMessageFrom(
      CATALOGS[lang],
      key,
      typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []).map(String),
    );
}

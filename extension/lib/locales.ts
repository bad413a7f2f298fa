/**
 * The extension's `_locales/<lang>/messages.json`, written from the catalog's `extension` section
 * at build time (wxt.config.ts), so that the browser reads the catalog's very words and no copy
 * can drift. `$1` holes become named placeholders (`$P1$` with `{ p1: { content: '$1' } }`), which
 * Chrome and Firefox fill alike.
 */
import { EXTENSION } from '../../shared/words/catalog/extension.ts';
import { LANGS, type Lang } from '../../shared/words/lang.ts';

export interface LocaleMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

function localeMessage(text: string): LocaleMessage {
  const holes = [...new Set(text.match(/\$[1-9]/g))].sort();
  // `$$` (a dollar sign) means the same to the browsers: kept as written.
  const message = text.replace(/\$(\$|[1-9])/g, (whole, which: string) => (which === '$' ? whole : `$P${which}$`));
  if (holes.length === 0) return { message };
  return { message, placeholders: Object.fromEntries(holes.map((hole) => [`p${hole.slice(1)}`, { content: hole }])) };
}

export function localeMessages(lang: Lang): LocaleMessages {
  return Object.fromEntries(Object.entries(EXTENSION[lang]).map(([key, text]) => [key, localeMessage(text)]));
}

/** The files for WXT's `build:publicAssets` hook, as it writes generated public files. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LANGS.map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: `${JSON.stringify(localeMessages(lang), null, 2)}\n`,
  }));
}

/**
 * Every word on every screen comes from the catalog's `extension` section (French by default,
 * English), through `browser.i18n`: the build writes `_locales` from it (lib/locales.ts). Pure
 * modules take a `Translate` so that tests can hand them the real catalog.
 */
import { browser } from 'wxt/browser';
import { pickLang, type Lang } from '../../shared/index.ts';
import type { ExtensionKey } from '../../shared/words/catalog/extension.ts';

export type MessageKey = ExtensionKey;

export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;

/** The browser's own lookup: the UI language's catalog, falling back to French (`default_locale`). */
export const translate: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions ? [...substitutions] : undefined);

/**
 * The language the catalog answers in (its `lang` message), so that the core's words (dates,
 * countdowns) always agree with the `_locales` words around them.
 */
export function catalogLang(t: Translate): Lang {
  return pickLang(t('lang'));
}

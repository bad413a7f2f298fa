/**
 * Messages in the catalog carry positional holes, `$1` … `$9`, as `browser.i18n` fills them
 * (the extension's `_locales` are written from this catalog); `$$` is a dollar sign.
 */
export function fill(message: string, substitutions: readonly (string | number)[] = []): string {
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : String(substitutions[Number(which) - 1] ?? ''),
  );
}

/** The key of the form the language's own plural rule picks for `count` (`0 étape`, `0 stops`). */
export function plural<K>(lang: 'fr' | 'en', count: number, one: K, many: K): K {
  return new Intl.PluralRules(lang).select(count) === 'one' ? one : many;
}

/** What the publisher says, French first: the catalog's `publisher` section, filled. */
import { fill, plural } from '../words/catalog/fill.ts';
import { PUBLISHER, type PublisherKey } from '../words/catalog/publisher.ts';
import type { Lang } from '../words/lang.ts';

export function say(lang: Lang, key: PublisherKey, ...holes: readonly (string | number)[]): string {
  return fill(PUBLISHER[lang][key], holes);
}

/** `0 étape`, `2 étapes`, `0 stops`: the form the language's own plural rule picks for `count`. */
export function sayCount(lang: Lang, count: number, one: PublisherKey, many: PublisherKey): string {
  return say(lang, plural(lang, count, one, many), count);
}

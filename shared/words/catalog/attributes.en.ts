/** What the widget tells a webmaster, in the console, about an attribute it cannot use, English. */
import type { attributes as fr } from './attributes.fr.ts';

export const attributes: Record<keyof typeof fr, string> = {
  ignored: 'attribute $1="$2" ignored (expected: $3).',
  feed: 'an http:// or https:// address',
  region: 'a region slug (occitanie) or an INSEE code (76), comma-separated',
  lang: 'fr or en',
  theme: 'light, dark or auto',
  view: 'upcoming, year or compact',
  limit: 'a whole number from 1',
  now: 'a date like 2019-06-01',
  jsonld: 'true or false',
};

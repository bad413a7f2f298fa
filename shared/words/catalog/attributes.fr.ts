/**
 * What the widget tells a webmaster, in the console, about an attribute it cannot use, French.
 * Loaded only when there is something to say.
 */
export const attributes = {
  /** $1: the attribute, $2: its value, $3: what was expected (one of the keys below). */
  ignored: 'attribut $1="$2" ignoré (attendu\u202f: $3).',
  feed: 'une adresse http:// ou https://',
  region: 'un nom de région (occitanie) ou un code INSEE (76), séparés par des virgules',
  lang: 'fr ou en',
  theme: 'light, dark ou auto',
  view: 'upcoming, year ou compact',
  limit: 'un nombre entier à partir de 1',
  now: 'une date comme 2019-06-01',
  jsonld: 'true ou false',
} as const;

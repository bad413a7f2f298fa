/**
 * Feed problems in the words of the people who write feeds, French. $1: the value found (quoted
 * as in JSON, `"demain"`); $2: a limit, or the index of the stop that already holds an id.
 * The French typography is written in: U+202F before « : ; ! ? », ’ for the apostrophe.
 */
export const problems = {
  'not-json': 'le fichier n’est pas du JSON valide',
  'not-ics': 'le fichier n’est pas un fichier iCalendar (.ics) lisible',
  'no-region':
    'aucune région trouvée\u202f: nommez-la dans LOCATION ou CATEGORIES (par exemple Occitanie), ou utilisez --region',
  'no-city': 'aucune ville trouvée\u202f: indiquez-la dans LOCATION',
  'too-big': 'le fichier dépasse $2 Mo',
  'not-feed': 'ce document n’est pas un flux IntercoTOUR (un objet JSON est attendu)',
  'bad-version': '$1 n’est pas une version prise en charge (version attendue\u202f: 1)',
  missing: 'champ obligatoire manquant',
  'not-text': '$1 devrait être du texte',
  'not-object': '$1 devrait être un objet { … }',
  'not-list': '$1 devrait être une liste [ … ]',
  empty: 'le texte est vide',
  'too-long': 'le texte dépasse $2 caractères',
  'too-many': 'plus de $2 éléments',
  'too-many-stops': 'le flux dépasse $2 étapes, le maximum permis par le format\u202f; aucune n’a été lue',
  'bad-text':
    '$1 contient un caractère mal formé (une moitié de paire UTF-16 seule, comme \\ud83d)\u202f: corrigez le texte à sa source',
  'out-of-calendar': '$1 est hors des dates permises (du 1000-01-02 au 9999-12-30)',
  'bad-id': '$1 n’est pas un identifiant valable (minuscules, chiffres et tirets, comme cahors-2019)',
  'bad-region': '$1 n’est pas une région connue (par exemple occitanie, ile-de-france)',
  'bad-date': '$1 n’est pas une date comme 2019-06-26 (ni une date et heure comme 2019-06-26T09:00:00+02:00)',
  'bad-day': '$1 n’est pas une date comme 2019-06-26',
  'bad-date-time': '$1 n’est pas une date et heure comme 2019-06-26T09:00:00+02:00',
  'bad-status': '$1 n’est pas un statut (scheduled, cancelled, postponed ou rescheduled)',
  'bad-kind': '$1 n’est pas un type de séquence (conference, workshop, pitch, ceremony, visit, training ou other)',
  'bad-sequence': '$1 devrait être un nombre entier positif ou nul',
  'bad-url': '$1 n’est pas un lien http:// ou https://',
  'duplicate-id': 'l’identifiant $1 est déjà celui de stops[$2]',
  'end-before-start': 'la fin $1 est avant le début',
  'mixed-kinds': 'le début et la fin doivent être tous deux des dates, ou tous deux des dates et heures',
  html: 'le texte contient des balises HTML\u202f; elles seront affichées telles quelles',
  invalid: '$1 n’est pas une valeur acceptée',

  /** One problem: $1 where (`stops[2].start`, or `fichier`), $2 what. */
  line: '$1\u202f: $2',
  /** Where in the document, when the problem is not in one field. */
  file: 'fichier',
  /** Where in the text, when the text itself is broken. */
  at: '(ligne $1, colonne $2)',
  /** What became of the stop: $1 its id (`"cahors-2019"`) or its place (`stops[2]`). */
  dropped: 'étape $1 écartée',
  kept: 'étape gardée',
} as const;

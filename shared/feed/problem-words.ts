/** Problems in the words of the people who write feeds, French first. */
import type { Lang } from '../words/lang.ts';
import { formatPath, type FeedProblem, type ProblemCode } from './problem.ts';

type Say = (found: string, limit: number) => string;

const WORDS: Record<Lang, Record<ProblemCode, Say> & { dropped: (id: string) => string; kept: string }> = {
  fr: {
    'not-json': () => "le fichier n'est pas du JSON valide",
    'not-ics': () => "le fichier n'est pas un fichier iCalendar (.ics) lisible",
    'no-region': () =>
      'aucune région trouvée : nommez-la dans LOCATION ou CATEGORIES (par exemple Occitanie), ou utilisez --region',
    'no-city': () => 'aucune ville trouvée : indiquez-la dans LOCATION',
    'too-big': (_, limit) => `le fichier dépasse ${limit} Mo`,
    'not-feed': () => "ce document n'est pas un flux IntercoTOUR (un objet JSON est attendu)",
    'bad-version': (found) => `${found} n'est pas une version prise en charge (version attendue : 1)`,
    missing: () => 'champ obligatoire manquant',
    'not-text': (found) => `${found} devrait être du texte`,
    'not-object': (found) => `${found} devrait être un objet { … }`,
    'not-list': (found) => `${found} devrait être une liste [ … ]`,
    empty: () => 'le texte est vide',
    'too-long': (_, limit) => `le texte dépasse ${limit} caractères`,
    'too-many': (_, limit) => `plus de ${limit} éléments`,
    'bad-id': (found) =>
      `${found} n'est pas un identifiant valable (minuscules, chiffres et tirets, comme cahors-2019)`,
    'bad-region': (found) => `${found} n'est pas une région connue (par exemple occitanie, ile-de-france)`,
    'bad-date': (found) =>
      `${found} n'est pas une date comme 2019-06-26 (ni une date et heure comme 2019-06-26T09:00:00+02:00)`,
    'bad-day': (found) => `${found} n'est pas une date comme 2019-06-26`,
    'bad-date-time': (found) => `${found} n'est pas une date et heure comme 2019-06-26T09:00:00+02:00`,
    'bad-status': (found) => `${found} n'est pas un statut (scheduled, cancelled, postponed ou rescheduled)`,
    'bad-kind': (found) =>
      `${found} n'est pas un type de séquence (conference, workshop, pitch, ceremony, visit, training ou other)`,
    'bad-sequence': (found) => `${found} devrait être un nombre entier positif ou nul`,
    'bad-url': (found) => `${found} n'est pas un lien http:// ou https://`,
    'duplicate-id': (found, limit) => `l'identifiant ${found} est déjà celui de stops[${limit}]`,
    'end-before-start': (found) => `la fin ${found} est avant le début`,
    'mixed-kinds': () => 'le début et la fin doivent être tous deux des dates, ou tous deux des dates et heures',
    html: () => 'le texte contient des balises HTML ; elles seront affichées telles quelles',
    invalid: (found) => `${found} n'est pas une valeur acceptée`,
    dropped: (id) => `étape ${id} écartée`,
    kept: 'étape gardée',
  },
  en: {
    'not-json': () => 'the file is not valid JSON',
    'not-ics': () => 'the file is not a readable iCalendar (.ics) file',
    'no-region': () => 'no region found: name it in LOCATION or CATEGORIES (e.g. Occitanie), or use --region',
    'no-city': () => 'no city found: put it in LOCATION',
    'too-big': (_, limit) => `the file is larger than ${limit} MB`,
    'not-feed': () => 'this document is not an IntercoTOUR feed (a JSON object is expected)',
    'bad-version': (found) => `${found} is not a supported version (expected: 1)`,
    missing: () => 'required field is missing',
    'not-text': (found) => `${found} should be text`,
    'not-object': (found) => `${found} should be an object { … }`,
    'not-list': (found) => `${found} should be a list [ … ]`,
    empty: () => 'the text is empty',
    'too-long': (_, limit) => `the text is longer than ${limit} characters`,
    'too-many': (_, limit) => `more than ${limit} items`,
    'bad-id': (found) => `${found} is not a valid id (lowercase letters, digits and dashes, like cahors-2019)`,
    'bad-region': (found) => `${found} is not a known region (for example occitanie, ile-de-france)`,
    'bad-date': (found) =>
      `${found} is not a date like 2019-06-26 (nor a date and time like 2019-06-26T09:00:00+02:00)`,
    'bad-day': (found) => `${found} is not a date like 2019-06-26`,
    'bad-date-time': (found) => `${found} is not a date and time like 2019-06-26T09:00:00+02:00`,
    'bad-status': (found) => `${found} is not a status (scheduled, cancelled, postponed or rescheduled)`,
    'bad-kind': (found) =>
      `${found} is not a programme kind (conference, workshop, pitch, ceremony, visit, training or other)`,
    'bad-sequence': (found) => `${found} should be a whole number, zero or more`,
    'bad-url': (found) => `${found} is not an http:// or https:// link`,
    'duplicate-id': (found, limit) => `the id ${found} is already used by stops[${limit}]`,
    'end-before-start': (found) => `the end ${found} is before the start`,
    'mixed-kinds': () => 'start and end must both be dates, or both dates with times',
    html: () => 'the text holds HTML tags; they will be shown as they are',
    invalid: (found) => `${found} is not an accepted value`,
    dropped: (id) => `stop ${id} left out`,
    kept: 'stop kept',
  },
};

/**
 * One line a publisher understands:
 * `stops[2].start: "demain" is not a date like 2019-06-26 (…) — stop "cahors-2019" left out`.
 */
export function describeProblem(problem: FeedProblem, lang: Lang = 'fr'): string {
  const words = WORDS[lang];
  const place = formatPath(problem.path) || (lang === 'fr' ? 'fichier' : 'file');
  const what = words[problem.code](problem.found ?? '', problem.limit ?? 0);
  // Inside one stop (`stops[2].start`, or `VEVENT[2].DTSTART` in an .ics).
  const inStop = typeof problem.path[1] === 'number' && problem.path.length > 2;
  let consequence = '';
  if (inStop && problem.severity === 'error') {
    consequence = ` — ${words.dropped(problem.stopId ? `"${problem.stopId}"` : `${problem.path[0]}[${problem.path[1]}]`)}`;
  } else if (inStop) {
    consequence = ` — ${words.kept}`;
  }
  const at = problem.at
    ? lang === 'fr'
      ? ` (ligne ${problem.at.line}, colonne ${problem.at.column})`
      : ` (line ${problem.at.line}, column ${problem.at.column})`
    : '';
  return `${place}${lang === 'fr' ? ' :' : ':'} ${what}${at}${consequence}`;
}

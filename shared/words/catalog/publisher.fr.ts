/**
 * What the feed publisher (`npm run feed`) says, French. Plurals are separate keys (`…One`,
 * `…Many`), chosen by the caller. The French typography is written in: U+202F before
 * « : ; ! ? » and inside « », ’ for the apostrophe.
 */
export const publisher = {
  help: `Publication du flux IntercoTOUR

  npm run feed -- build [--in FICHIER] [--out DOSSIER] [--base-url URL] [--strict] [--force] [--lang en]
      Vérifie le flux (par défaut\u202f: la tournée 2019 fournie) et écrit un dossier statique
      (par défaut dist/feed)\u202f: stops.json, intercotour.ics, stops/<id>.ics, feed.schema.json, _headers.
      --base-url\u202f: l’adresse où le dossier sera servi, pour les liens .ics de chaque étape.
      --strict\u202f: n’écrit rien au moindre problème.
      --force\u202f: écrit dans un dossier non vide que la publication n’a pas créé.
      Dans le dossier, seuls les fichiers que la publication a écrits (listés dans .intercotour-feed.json)
      sont remplacés ou effacés.
  npm run feed -- check FICHIER.json
      Affiche chaque problème et sa place\u202f; code de sortie 1 s’il y en a.
  npm run feed -- import FICHIER.ics [--region occitanie] [--until 2019-12-31]
      Affiche un flux version 1 construit à partir d’un agenda exporté (.ics)\u202f;
      npm run feed -- import --help dit ce qui est gardé, développé ou écarté.

Codes de sortie\u202f: 0 terminé, 1 problèmes dans les données, 2 argument ou fichier illisible.`,
  seeHelp: 'Aide\u202f: npm run feed -- help',
  importHelp: `Importer un agenda exporté (Google, Outlook, Apple, Thunderbird, Nextcloud…)

  npm run feed -- import FICHIER.ics [--region occitanie] [--until 2019-12-31] [--lang en] > tour.json
      Écrit le flux sur la sortie, et le compte rendu à part (une ligne par événement à revoir).
      --region\u202f: la région des événements qui n’en nomment aucune (dans LOCATION, CATEGORIES ou le titre).
      --until\u202f: dernier jour des événements répétés\u202f; nécessaire pour une série sans fin.

  Gardé, pour chaque événement\u202f: titre (SUMMARY), dates et heures (dans le fuseau du fichier,
  écrites à l’heure de la région), lieu (LOCATION\u202f: la ville sans son code postal, le reste comme salle
  et adresse), description, lien (URL), statut (annulé) et SEQUENCE. L’identifiant vient de l’UID\u202f:
  le même fichier importé deux fois donne les mêmes identifiants.
  Développé\u202f: un événement répété (RRULE, RDATE) donne une étape par date, sans les dates
  supprimées (EXDATE), avec les dates modifiées, déplacées ou annulées (RECURRENCE-ID).
  Écarté, et dit\u202f: un événement sans UID, sans ville, sans région, ou dont une valeur est illisible
  (les autres sont importés), une série sans fin sans --until. Un fichier de plus de 1\u202f000 étapes
  est refusé. Ignoré\u202f: participants, rappels, pièces jointes, catégories autres que la région.
  Une date écrite sans VALUE=DATE (20190626 seul) est lue comme une date\u202f; un fichier qui n’est pas
  en UTF-8 est lu en Windows-1252 (Europe de l’Ouest)\u202f: les deux sont signalés.

Codes de sortie\u202f: 0 importé, 1 événements à revoir ou aucun événement, 2 argument ou fichier illisible.`,

  /** A wrong argument. */
  unknownCommand: 'commande inconnue «\u202f$1\u202f» (build, check ou import)',
  /** $1 the option, $2 the command. */
  unknownOption: 'option inconnue «\u202f$1\u202f» pour $2',
  needsValue: 'l’option $1 attend une valeur',
  badLang: '--lang vaut fr ou en, pas «\u202f$1\u202f»',
  unexpectedArgument: 'argument inattendu «\u202f$1\u202f» (utilisez --in FICHIER)',
  badBaseUrl: '--base-url doit commencer par http:// ou https://, pas «\u202f$1\u202f»',
  /** $1 the command, $2 an example file. */
  oneFile: '$1 attend un fichier, par exemple\u202f: npm run feed -- $1 $2',
  badUntil: '--until attend une date comme 2019-12-31, pas «\u202f$1\u202f»',
  badRegion: '--region «\u202f$1\u202f» n’est ni un nom de région (occitanie) ni un code INSEE (76)',

  /** A file that cannot be read. */
  noFile: 'fichier introuvable\u202f: $1',
  isDir: '$1 est un dossier, pas un fichier',
  notAFile: '$1 n’est pas un fichier ordinaire (mais un périphérique, un tube ou une socket)\u202f: rien n’a été lu',
  /** $1 the file, $2 the limit in megabytes. */
  tooBig: '$1 dépasse $2\u202fMo, la taille la plus grande qu’un flux puisse avoir\u202f: rien n’a été lu',
  unreadable: 'impossible de lire $1',
  /** The output folder, refused: $1 the place. */
  outNotDir: '$1 n’est pas un dossier\u202f: rien n’a été écrit.',
  outNotEmpty:
    '$1 n’est pas vide et n’a pas été écrit par la publication\u202f: rien n’a été écrit. Choisissez un dossier vide, ou ajoutez --force pour y écrire quand même (les fichiers de même nom seront remplacés, aucun autre effacé).',
  outForeign:
    '$1 existe déjà et n’a pas été écrit par la publication\u202f: rien n’a été écrit (--force pour le remplacer).',
  outLink: '$1 est un lien\u202f: la publication n’écrit ni n’efface rien à travers un lien, rien n’a été écrit.',
  unexpected: 'erreur inattendue\u202f: $1',
  /** $1 the file, $2 the problem (its place and what). */
  problemIn: '$1\u202f: $2',

  /** What was done. */
  nothingWritten: 'Rien n’a été écrit.',
  strict: 'Rien n’a été écrit (--strict)\u202f: corrigez les problèmes ci-dessus.',
  /** $1 the folder, $2 how many stops (`stopsOne`/`stopsMany`), $3 how many files. */
  built: 'Flux publié dans $1\u202f: $2, $3 fichiers.',
  stopsOne: '$1 étape',
  stopsMany: '$1 étapes',
  /** $1 how many problems (`problemsOne`/`problemsMany`). */
  dropped: '$1\u202f: les étapes concernées ont été écartées.',
  problemsOne: '$1 problème',
  problemsMany: '$1 problèmes',
  noBaseUrl: 'Sans --base-url, les étapes n’ont pas de lien icsUrl vers leur fichier .ics.',
  /** $1 the file, $2 how many valid stops (`validOne`/`validMany`). */
  valid: '$1\u202f: aucun problème, $2.',
  validOne: '$1 étape valable',
  validMany: '$1 étapes valables',
  /** $1 how many problems, $2 how many valid stops. */
  problems: '$1\u202f; $2.',

  /** Import: what an event or the file has; $1 the value found, $2 a limit. */
  'no-event': 'aucun événement (VEVENT) dans ce fichier\u202f: rien à importer',
  'too-many-events':
    'cet agenda donne $1 étapes, plus que les $2 qu’un flux peut contenir\u202f: rien n’a été importé. Exportez une période plus courte, ou utilisez --until',
  'no-uid': 'pas d’UID (identifiant de l’événement)\u202f: le programme d’agenda doit en donner un',
  'bare-date': '$1 est écrit sans VALUE=DATE\u202f: lu comme une date (journée entière)',
  'bad-value': '$1 n’est pas une valeur iCalendar lisible',
  'unknown-zone': 'fuseau horaire $1 inconnu\u202f: heures lues à l’heure de la région',
  'unbounded-series': 'événement répété sans fin\u202f: ajoutez --until 2019-12-31 (dernier jour) pour l’importer',
  'orphan-occurrence':
    'occurrence modifiée ($1) qui ne tombe sur aucune date de sa série\u202f: importée comme une étape à part',
  /** $1 the file. */
  notUtf8: '$1 n’est pas en UTF-8\u202f: lu comme du Windows-1252 (Europe de l’Ouest)\u202f; vérifiez les accents',
  notUtf16: '$1 est en UTF-16\u202f: lu comme tel',
  /** A group of the import's report: $1 how many events. */
  leftOutOne: '$1 événement écarté\u202f:',
  leftOutMany: '$1 événements écartés\u202f:',
  remarkedOne: '$1 événement importé avec une remarque\u202f:',
  remarkedMany: '$1 événements importés avec une remarque\u202f:',
  /** One event of the report: $1 its place (`VEVENT[3]`), $2 its title, $3 what. */
  eventLine: '  $1 «\u202f$2\u202f» — $3',
  /** Between two remarks on one event. */
  joinWhat: '\u202f; ',
  eventLineUntitled: '  $1 — $3',
  /** The count at the end. */
  importedOne: '$1 événement importé',
  importedMany: '$1 événements importés',
  needCityOne: '$1 sans ville',
  needCityMany: '$1 sans ville',
  /** $1 how many series, $2 how many stops. */
  seriesOne: '$1 série répétée développée en $2 étapes',
  seriesMany: '$1 séries répétées développées en $2 étapes',
  /** $1 the parts, joined by `, `. */
  tally: '$1.',
} as const;

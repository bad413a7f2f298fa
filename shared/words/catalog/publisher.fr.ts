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
  npm run feed -- import FICHIER.ics [--region occitanie]
      Affiche un flux version 1 construit à partir d’un fichier iCalendar.

Codes de sortie\u202f: 0 terminé, 1 problèmes dans les données, 2 argument ou fichier illisible.`,
  seeHelp: 'Aide\u202f: npm run feed -- help',

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
} as const;

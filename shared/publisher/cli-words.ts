/** What the publisher says, French first. */
import type { Lang } from '../words/lang.ts';

const fr = {
  help: `Publication du flux IntercoTOUR

  npm run feed -- build [--in FICHIER] [--out DOSSIER] [--base-url URL] [--strict] [--lang en]
      Vérifie le flux (par défaut : la tournée 2019 fournie) et écrit un dossier statique
      (par défaut dist/feed) : stops.json, intercotour.ics, stops/<id>.ics, feed.schema.json, _headers.
      --base-url : l'adresse où le dossier sera servi, pour les liens .ics de chaque étape.
      --strict : n'écrit rien au moindre problème.
  npm run feed -- check FICHIER.json
      Affiche chaque problème et sa place ; code de sortie 1 s'il y en a.
  npm run feed -- import FICHIER.ics [--region occitanie]
      Affiche un flux version 1 construit à partir d'un fichier iCalendar.

Codes de sortie : 0 terminé, 1 problèmes dans les données, 2 argument ou fichier illisible.`,
  seeHelp: 'Aide : npm run feed -- help',
  noFile: (path: string) => `fichier introuvable : ${path}`,
  isDir: (path: string) => `${path} est un dossier, pas un fichier`,
  unreadable: (path: string) => `impossible de lire ${path}`,
  nothingWritten: 'Rien n’a été écrit.',
  strict: 'Rien n’a été écrit (--strict) : corrigez les problèmes ci-dessus.',
  built: (out: string, stops: number, files: number) =>
    `Flux publié dans ${out} : ${stops} étape${stops > 1 ? 's' : ''}, ${files} fichiers.`,
  dropped: (count: number) => `${count} problème${count > 1 ? 's' : ''} : les étapes concernées ont été écartées.`,
  noBaseUrl: 'Sans --base-url, les étapes n’ont pas de lien icsUrl vers leur fichier .ics.',
  valid: (file: string, stops: number) =>
    `${file} : aucun problème, ${stops} étape${stops > 1 ? 's' : ''} valable${stops > 1 ? 's' : ''}.`,
  problems: (count: number, valid: number) =>
    `${count} problème${count > 1 ? 's' : ''} ; ${valid} étape${valid > 1 ? 's' : ''} valable${valid > 1 ? 's' : ''}.`,
  unexpected: (message: string) => `erreur inattendue : ${message}`,
};

const en: typeof fr = {
  help: `IntercoTOUR feed publisher

  npm run feed -- build [--in FILE] [--out DIR] [--base-url URL] [--strict] [--lang en]
      Checks the feed (default: the bundled 2019 tour) and writes a static folder
      (default dist/feed): stops.json, intercotour.ics, stops/<id>.ics, feed.schema.json, _headers.
      --base-url: where the folder will be served, for each stop's .ics link.
      --strict: writes nothing if there is any problem.
  npm run feed -- check FILE.json
      Prints every problem with its place; exit code 1 if there is any.
  npm run feed -- import FILE.ics [--region occitanie]
      Prints a version-1 feed built from an iCalendar file.

Exit codes: 0 done, 1 problems in the data, 2 wrong argument or unreadable file.`,
  seeHelp: 'Help: npm run feed -- help',
  noFile: (path) => `file not found: ${path}`,
  isDir: (path) => `${path} is a folder, not a file`,
  unreadable: (path) => `cannot read ${path}`,
  nothingWritten: 'Nothing was written.',
  strict: 'Nothing was written (--strict): fix the problems above.',
  built: (out, stops, files) => `Feed published in ${out}: ${stops} stop${stops === 1 ? '' : 's'}, ${files} files.`,
  dropped: (count) => `${count} problem${count === 1 ? '' : 's'}: the stops concerned were left out.`,
  noBaseUrl: 'Without --base-url, stops carry no icsUrl link to their .ics file.',
  valid: (file, stops) => `${file}: no problem, ${stops} valid stop${stops === 1 ? '' : 's'}.`,
  problems: (count, valid) =>
    `${count} problem${count === 1 ? '' : 's'}; ${valid} valid stop${valid === 1 ? '' : 's'}.`,
  unexpected: (message) => `unexpected error: ${message}`,
};

export const CLI_WORDS: Record<Lang, typeof fr> = { fr, en };

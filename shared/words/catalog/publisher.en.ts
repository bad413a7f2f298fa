/** What the feed publisher (`npm run feed`) says, English. */
import type { publisher as fr } from './publisher.fr.ts';

export const publisher: Record<keyof typeof fr, string> = {
  help: `IntercoTOUR feed publisher

  npm run feed -- build [--in FILE] [--out DIR] [--base-url URL] [--strict] [--force] [--lang en]
      Checks the feed (default: the bundled 2019 tour) and writes a static folder
      (default dist/feed): stops.json, intercotour.ics, stops/<id>.ics, feed.schema.json, _headers.
      --base-url: where the folder will be served, for each stop's .ics link.
      --strict: writes nothing if there is any problem.
      --force: writes into a non-empty folder the publisher did not create.
      In the folder, only the files the publisher wrote (listed in .intercotour-feed.json)
      are replaced or removed.
  npm run feed -- check FILE.json
      Prints every problem with its place; exit code 1 if there is any.
  npm run feed -- import FILE.ics [--region occitanie]
      Prints a version-1 feed built from an iCalendar file.

Exit codes: 0 done, 1 problems in the data, 2 wrong argument or unreadable file.`,
  seeHelp: 'Help: npm run feed -- help',

  unknownCommand: 'unknown command "$1" (build, check or import)',
  unknownOption: 'unknown option "$1" for $2',
  needsValue: 'option $1 needs a value',
  badLang: '--lang must be fr or en, not "$1"',
  unexpectedArgument: 'unexpected argument "$1" (use --in FILE)',
  badBaseUrl: '--base-url must start with http:// or https://, not "$1"',
  oneFile: '$1 takes one file, e.g. npm run feed -- $1 $2',
  badRegion: '--region "$1" is neither a region slug (occitanie) nor an INSEE code (76)',

  noFile: 'file not found: $1',
  isDir: '$1 is a folder, not a file',
  notAFile: '$1 is not a regular file (but a device, a pipe or a socket): nothing was read',
  tooBig: '$1 is larger than $2 MB, the largest a feed may be: nothing was read',
  unreadable: 'cannot read $1',
  outNotDir: '$1 is not a folder: nothing was written.',
  outNotEmpty:
    '$1 is not empty and was not written by the publisher: nothing was written. Choose an empty folder, or add --force to write there anyway (files of the same names will be replaced, no other removed).',
  outForeign: '$1 already exists and was not written by the publisher: nothing was written (--force to replace it).',
  outLink: '$1 is a link: the publisher writes and removes nothing through a link; nothing was written.',
  unexpected: 'unexpected error: $1',
  problemIn: '$1: $2',

  nothingWritten: 'Nothing was written.',
  strict: 'Nothing was written (--strict): fix the problems above.',
  built: 'Feed published in $1: $2, $3 files.',
  stopsOne: '$1 stop',
  stopsMany: '$1 stops',
  dropped: '$1: the stops concerned were left out.',
  problemsOne: '$1 problem',
  problemsMany: '$1 problems',
  noBaseUrl: 'Without --base-url, stops carry no icsUrl link to their .ics file.',
  valid: '$1: no problem, $2.',
  validOne: '$1 valid stop',
  validMany: '$1 valid stops',
  problems: '$1; $2.',
};

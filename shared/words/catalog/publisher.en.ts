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
  npm run feed -- import FILE.ics [--region occitanie] [--until 2019-12-31]
      Prints a version-1 feed built from an exported agenda (.ics);
      npm run feed -- import --help says what is kept, expanded or dropped.

Exit codes: 0 done, 1 problems in the data, 2 wrong argument or unreadable file.`,
  seeHelp: 'Help: npm run feed -- help',
  importHelp: `Import an exported agenda (Google, Outlook, Apple, Thunderbird, Nextcloud…)

  npm run feed -- import FILE.ics [--region occitanie] [--until 2019-12-31] [--lang en] > tour.json
      Writes the feed to the output, and the report apart (one line per event to review).
      --region: the region of events that name none (in LOCATION, CATEGORIES or the title).
      --until: last day of repeated events; needed for a series without end.

  Kept, for each event: title (SUMMARY), dates and times (in the file's time zone, written in the
  region's time), place (LOCATION: the town without its postcode, the rest as venue and address),
  description, link (URL), status (cancelled) and SEQUENCE. The id comes from the UID: the same
  file imported twice gives the same ids.
  Expanded: a repeated event (RRULE, RDATE) gives one stop per date, without the removed dates
  (EXDATE), with the edited, moved or cancelled dates (RECURRENCE-ID).
  Left out, and said: an event without UID, town or region, or with an unreadable value (the others
  are imported), a series without end without --until. A file of more than 1,000 stops is refused.
  Ignored: attendees, reminders, attachments, categories other than the region.
  A date written without VALUE=DATE (a bare 20190626) is read as a date; a file that is not UTF-8 is read
  as Windows-1252 (Western European): both are reported.

Exit codes: 0 imported, 1 events to review or no event, 2 wrong argument or unreadable file.`,

  unknownCommand: 'unknown command "$1" (build, check or import)',
  unknownOption: 'unknown option "$1" for $2',
  needsValue: 'option $1 needs a value',
  badLang: '--lang must be fr or en, not "$1"',
  unexpectedArgument: 'unexpected argument "$1" (use --in FILE)',
  badBaseUrl: '--base-url must start with http:// or https://, not "$1"',
  oneFile: '$1 takes one file, e.g. npm run feed -- $1 $2',
  badUntil: '--until takes a date like 2019-12-31, not "$1"',
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

  'no-event': 'no event (VEVENT) in this file: nothing to import',
  'too-many-events':
    'this agenda gives $1 stops, more than the $2 a feed can hold: nothing was imported. Export a shorter period, or use --until',
  'no-uid': "no UID (the event's identifier): the calendar program must give one",
  'bare-date': '$1 is written without VALUE=DATE: read as a date (whole day)',
  'bad-value': '$1 is not a readable iCalendar value',
  'unknown-zone': "unknown time zone $1: times read in the region's time",
  'unbounded-series': 'repeated event without end: add --until 2019-12-31 (last day) to import it',
  'orphan-occurrence': 'edited occurrence ($1) on no date of its series: imported as a stop of its own',
  notUtf8: '$1 is not UTF-8: read as Windows-1252 (Western European); check the accents',
  notUtf16: '$1 is UTF-16: read as such',
  leftOutOne: '$1 event left out:',
  leftOutMany: '$1 events left out:',
  remarkedOne: '$1 event imported with a remark:',
  remarkedMany: '$1 events imported with a remark:',
  eventLine: '  $1 "$2" — $3',
  joinWhat: '; ',
  eventLineUntitled: '  $1 — $3',
  importedOne: '$1 event imported',
  importedMany: '$1 events imported',
  needCityOne: '$1 needs a city',
  needCityMany: '$1 need a city',
  seriesOne: '$1 recurring series expanded into $2 stops',
  seriesMany: '$1 recurring series expanded into $2 stops',
  tally: '$1.',
};

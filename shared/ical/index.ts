/** Calendar files: the core's second entry, apart because ical.js weighs ~23 KB gzip. */
export { stopToIcs, tourToIcs, stopUid, PRODID, type IcsOptions, type TourIcsOptions } from './write-ics.ts';
export { readIcs, type ReadIcsOptions, type IcsResult, type ImportTally } from './import/read-ics.ts';
export { isFeedProblem, type ImportProblem, type ImportCode } from './import/import-problem.ts';
export { VTIMEZONES } from './vtimezone.ts';
export { stopFile, stopReminderMinutes } from './stop-file.ts';

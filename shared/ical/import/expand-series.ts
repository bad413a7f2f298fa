/**
 * The occurrences of one event: a single one, or a repeated event expanded by ical.js's own
 * recurrence rules (RRULE, RDATE, EXDATE, §3.8.5) with its edited and cancelled occurrences
 * (RECURRENCE-ID, §3.8.4.4) in place of the ones they replace.
 */
import ICAL from 'ical.js';
import { zonedTime, type ZonedTime } from './event-time.ts';

export interface Occurrence {
  /** The component whose fields the occurrence has: the event's, or its edited occurrence's. */
  item: ICAL.Component;
  start: ZonedTime;
  /** Undefined when the event gives no end (§3.6.1: a date lasts its day, a date-time no time). */
  end?: ZonedTime;
  /** The occurrence's date as written (`20190626T090000`), for repeated events only. */
  key?: string;
}

export type Expansion =
  { ok: true; occurrences: Occurrence[]; repeated: boolean } | { ok: false; code: 'unbounded-series' };

export interface ExpandOptions {
  /** Last day (`2019-12-31`) of the occurrences to keep; needed for a series without end. */
  until?: string;
  /** Occurrences beyond this are not computed: the caller refuses the import past it. */
  limit: number;
}

/** `2019-06-26T09:00:00` → `20190626T090000`, `2019-06-26` → `20190626`. */
const compact = (time: ICAL.Time) => time.toICALString().replace(/Z$/, '');

function single(item: ICAL.Component, key?: string): Occurrence {
  const start = zonedTime(item.getFirstProperty('dtstart'))!;
  const end = zonedTime(item.getFirstProperty('dtend'));
  const occurrence: Occurrence = { item, start };
  if (end) occurrence.end = end;
  else if (item.hasProperty('duration')) {
    const time = start.time.clone();
    time.addDuration(item.getFirstPropertyValue('duration') as ICAL.Duration);
    occurrence.end = { ...start, time };
  }
  if (key !== undefined) occurrence.key = key;
  return occurrence;
}

const dayOf = (time: ICAL.Time) =>
  `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

export function expandSeries(
  master: ICAL.Component,
  edits: readonly ICAL.Component[],
  options: ExpandOptions,
): Expansion {
  const rules = master.getAllProperties('rrule').map((property) => property.getFirstValue() as ICAL.Recur);
  if (rules.length === 0 && !master.hasProperty('rdate'))
    return { ok: true, occurrences: [single(master)], repeated: false };
  if (options.until === undefined && rules.some((rule) => !rule.isFinite()))
    return { ok: false, code: 'unbounded-series' };

  const event = new ICAL.Event(master, { exceptions: [...edits] });
  const iterator = event.iterator();
  const occurrences: Occurrence[] = [];
  const hasEnd = master.hasProperty('dtend') || master.hasProperty('duration');
  for (let next = iterator.next(); next && occurrences.length < options.limit; next = iterator.next()) {
    if (options.until !== undefined && dayOf(next) > options.until) break;
    const key = compact(next);
    const details = event.getOccurrenceDetails(next);
    if (details.item !== event) {
      occurrences.push(single(details.item.component, key));
      continue;
    }
    const startTzid = master.getFirstProperty('dtstart')?.getParameter('tzid');
    const zone = typeof startTzid === 'string' ? { tzid: startTzid } : {};
    const occurrence: Occurrence = { item: master, start: { time: details.startDate, ...zone }, key };
    // ical.js gives every occurrence the master's length; a master without end has none.
    if (hasEnd) occurrence.end = { time: details.endDate, ...zone };
    occurrences.push(occurrence);
  }
  return { ok: true, occurrences, repeated: true };
}

/**
 * An iCalendar file (a member's exported agenda, or one of ours) read as a version-1 feed. Each
 * occurrence of each VEVENT becomes a stop and goes through the feed's own checks; every problem is
 * a value that names the event (`VEVENT[3].DTSTART`, counted from 0 across the file) and its SUMMARY.
 * One bad event never spoils the others.
 */
import ICAL from 'ical.js';
import type { Feed } from '../../feed/schema.ts';
import type { FeedProblem } from '../../feed/problem.ts';
import { readFeed } from '../../feed/read-feed.ts';
import { MAX_STOPS } from '../../feed/rules.ts';
import type { RegionSlug } from '../../regions.ts';
import { occurrenceToStop } from './event-to-stop.ts';
import { spanProblem, type FileZones } from './event-time.ts';
import { expandSeries } from './expand-series.ts';
import { calendarsOf, type IcsBlock, type IcsCalendar } from './ics-blocks.ts';
import type { ImportProblem } from './import-problem.ts';
import { parseEvent } from './parse-event.ts';
import { tryParseComponent } from './parse-component.ts';
import { StopIds } from './stop-id.ts';
import { withZones } from './with-zones.ts';

export interface ReadIcsOptions {
  /** The feed's `updated` (the clock is a parameter). */
  now: Date;
  /** Feed name when the file has none (`X-WR-CALNAME`, `NAME`). */
  name?: string;
  organizer?: string;
  /** The region of events that name none. */
  region?: RegionSlug;
  /** Last day (`2019-12-31`) of a repeated event's occurrences; a series without end needs it. */
  until?: string;
}

/** What the import did, to count for the person who ran it. */
export interface ImportTally {
  /** VEVENTs in the file. */
  events: number;
  /** Stops in the feed. */
  stops: number;
  /** Repeated events expanded, and the stops they gave. */
  series: number;
  seriesStops: number;
  /** Events left out for want of a town. */
  needCity: number;
}

export type IcsResult = ({ ok: true; feed: Feed } | { ok: false }) & {
  problems: ImportProblem[];
  tally: ImportTally;
};

interface Entry {
  component: ICAL.Component;
  index: number;
  summary?: string;
  zones: FileZones;
}

interface Built {
  stop: Record<string, unknown>;
  entry: Entry;
}

const NO_TALLY: ImportTally = { events: 0, stops: 0, series: 0, seriesStops: 0, needCity: 0 };

function refused(problem: ImportProblem, events = 0): IcsResult {
  return { ok: false, problems: [problem], tally: { ...NO_TALLY, events } };
}

const FIELD_TO_PROPERTY = new Map([
  ['id', 'UID'],
  ['title', 'SUMMARY'],
  ['region', 'X-INTERCOTOUR-REGION'],
  ['city', 'LOCATION'],
  ['start', 'DTSTART'],
  ['end', 'DTEND'],
  ['status', 'STATUS'],
  ['sequence', 'SEQUENCE'],
  ['description', 'DESCRIPTION'],
  ['url', 'URL'],
  ['venue', 'LOCATION'],
]);

function zonesOf(calendar: IcsCalendar): FileZones {
  const zones: FileZones = new Map();
  for (const block of calendar.components) {
    if (block.name !== 'VTIMEZONE') continue;
    const component = tryParseComponent(block.lines);
    if (!component) continue; // its events are then read in their region's time, and said so
    const zone = new ICAL.Timezone(component);
    zones.set(zone.tzid, zone);
  }
  return zones;
}

function calendarName(calendars: readonly IcsCalendar[]): string | undefined {
  for (const calendar of calendars) {
    const component = tryParseComponent(['BEGIN:VCALENDAR', ...calendar.properties, 'END:VCALENDAR']);
    for (const name of ['x-wr-calname', 'name']) {
      const value = component?.getFirstPropertyValue(name);
      if (typeof value === 'string' && value.trim() !== '') return value;
    }
  }
  return undefined;
}

const isEdit = (block: IcsBlock) => block.lines.some((line) => /^RECURRENCE-ID[;:]/i.test(line));

/** Reads iCalendar text; never throws. */
export function readIcs(icsText: string, options: ReadIcsOptions): IcsResult {
  const calendars = calendarsOf(icsText);
  if (!calendars) return refused({ path: [], code: 'not-ics', severity: 'error' });
  const blocks = calendars.flatMap((calendar) => {
    const zones = zonesOf(calendar);
    return calendar.components.filter((block) => block.name === 'VEVENT').map((block) => ({ block, zones }));
  });
  if (blocks.length === 0) return refused({ path: [], code: 'no-event', severity: 'error' });
  // Counted before anything is read: a file of 100,000 events costs no more than its count.
  const singles = blocks.filter(({ block }) => !isEdit(block)).length;
  if (singles > MAX_STOPS) {
    return refused(
      { path: [], code: 'too-many-events', severity: 'error', found: String(singles), limit: MAX_STOPS },
      blocks.length,
    );
  }

  const allZones: FileZones = new Map();
  for (const { zones } of blocks) for (const [tzid, zone] of zones) if (!allZones.has(tzid)) allZones.set(tzid, zone);
  return withZones(allZones, () => readEvents(calendars, blocks, options));
}

function readEvents(
  calendars: readonly IcsCalendar[],
  blocks: readonly { block: IcsBlock; zones: FileZones }[],
  options: ReadIcsOptions,
): IcsResult {
  const problems: ImportProblem[] = [];
  // By UID, in the file's order: an edited occurrence may come before its event.
  const byUid = new Map<string, { masters: Entry[]; edits: Entry[] }>();
  blocks.forEach(({ block, zones }, index) => {
    const parsed = parseEvent(block, index);
    if (!parsed.ok) return void problems.push(parsed.problem);
    problems.push(...parsed.warnings);
    const { component } = parsed;
    const named = parsed.summary === undefined ? {} : { summary: parsed.summary };
    const span = spanProblem(component, index);
    if (span) return void problems.push({ ...span, ...named });
    const uid = component.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || uid.trim() === '') {
      return void problems.push({ path: ['VEVENT', index, 'UID'], code: 'no-uid', severity: 'error', ...named });
    }
    const entry: Entry = { component, index, zones, ...named };
    const group = byUid.get(uid) ?? { masters: [], edits: [] };
    byUid.set(uid, group);
    (component.hasProperty('recurrence-id') ? group.edits : group.masters).push(entry);
  });

  const ids = new StopIds();
  const built: Built[] = [];
  const tally: ImportTally = { ...NO_TALLY, events: blocks.length };
  const zoneWarned = new Set<number>();
  for (const [uid, { masters, edits }] of byUid) {
    // Without its event, an edited occurrence stands alone (Google exports shared occurrences so).
    const groups = masters.length > 0 ? masters.map((master, n) => ({ master, edits: n === 0 ? edits : [] })) : [];
    for (const edit of masters.length > 0 ? [] : edits) groups.push({ master: edit, edits: [] });
    for (let next = 0; next < groups.length; next += 1) {
      const { master, edits: own } = groups[next]!;
      const expansion = expandSeries(
        master.component,
        own.map((edit) => edit.component),
        { limit: MAX_STOPS - built.length + 1, ...(options.until ? { until: options.until } : {}) },
      );
      if (!expansion.ok) {
        const path = ['VEVENT', master.index, 'RRULE'];
        problems.push({ path, code: expansion.code, severity: 'error', ...summaryOf(master) });
        continue;
      }
      if (expansion.repeated) {
        tally.series += 1;
        tally.seriesStops += expansion.occurrences.length;
      }
      const alone = master.component.getFirstProperty('recurrence-id');
      for (const occurrence of expansion.occurrences) {
        const key = occurrence.key ?? (alone ? compactValue(alone) : undefined);
        const entry = own.find((edit) => edit.component === occurrence.item) ?? master;
        const id = ids.idFor(uid, key);
        const { stop, unknownZones } = occurrenceToStop(occurrence, master.component, id, entry.zones, options.region);
        built.push({ stop, entry });
        if (unknownZones.length > 0 && !zoneWarned.has(entry.index)) {
          zoneWarned.add(entry.index);
          const path = ['VEVENT', entry.index, 'DTSTART'];
          problems.push({
            path,
            code: 'unknown-zone',
            severity: 'warning',
            found: unknownZones[0]!,
            ...summaryOf(entry),
          });
        }
      }
      // An edit on no date of its series (the series changed since) is still an event the agenda
      // shows: it stands alone, said so, rather than vanish.
      for (const edit of own) {
        if (expansion.occurrences.some((occurrence) => occurrence.item === edit.component)) continue;
        const recurrence = edit.component.getFirstProperty('recurrence-id');
        const found = recurrence ? compactValue(recurrence) : undefined;
        // Past `--until`, the series was not followed that far: the edit is left out with it.
        if (options.until && found && found.slice(0, 8) > options.until.replaceAll('-', '')) continue;
        problems.push({
          path: ['VEVENT', edit.index, 'RECURRENCE-ID'],
          code: 'orphan-occurrence',
          severity: 'warning',
          ...(found ? { found } : {}),
          ...summaryOf(edit),
        });
        groups.push({ master: edit, edits: [] });
      }
      if (built.length > MAX_STOPS) {
        const found = `${MAX_STOPS}+`;
        return refused(
          { path: [], code: 'too-many-events', severity: 'error', found, limit: MAX_STOPS },
          blocks.length,
        );
      }
    }
  }

  const result = readFeed({
    version: 1,
    name: calendarName(calendars) ?? options.name ?? 'IntercoTOUR',
    organizer: { name: options.organizer ?? 'Les Interconnectés' },
    updated: options.now.toISOString(),
    stops: built.map(({ stop }) => stop),
  });
  problems.push(...result.problems.map((problem) => inIcsTerms(problem, built)));
  problems.sort((a, b) => eventIndex(a) - eventIndex(b));
  tally.needCity = problems.filter((problem) => problem.code === 'no-city').length;
  if (!result.ok) return { ok: false, problems, tally };
  tally.stops = result.feed.stops.length;
  return { ok: true, feed: result.feed, problems, tally };
}

const summaryOf = (entry: Entry) => (entry.summary === undefined ? {} : { summary: entry.summary });

/** `2019-06-26T09:00:00` as written in the file: `20190626T090000`. */
function compactValue(property: ICAL.Property): string | undefined {
  const value = property.getFirstValue();
  return value instanceof ICAL.Time ? value.toICALString().replace(/Z$/, '') : undefined;
}

/** File-wide problems first, then by event. */
const eventIndex = (problem: ImportProblem) => (typeof problem.path[1] === 'number' ? problem.path[1] : -1);

/** A problem found in a built stop, pointed back at the event and property it came from. */
function inIcsTerms(problem: FeedProblem, built: readonly Built[]): ImportProblem {
  const [first, index, field, ...rest] = problem.path;
  const entry = first === 'stops' && typeof index === 'number' ? built[index]?.entry : undefined;
  if (!entry) return problem;
  const place = { ...summaryOf(entry) };
  if (problem.code === 'missing' && (field === 'region' || field === 'city')) {
    const code = field === 'region' ? 'no-region' : 'no-city';
    return { ...problem, code, path: ['VEVENT', entry.index, 'LOCATION'], ...place };
  }
  const property = typeof field === 'string' ? (FIELD_TO_PROPERTY.get(field) ?? field.toUpperCase()) : undefined;
  return { ...problem, path: ['VEVENT', entry.index, ...(property ? [property] : []), ...rest], ...place };
}

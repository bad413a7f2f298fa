/**
 * What a calendar of stops shows, decided once for both products: which stops, in which order,
 * which one is next, and what to say first when the reader's regions have nothing ahead (their
 * stop is past, cancelled, or there is none: then the rest of the tour follows). Pure: today is
 * a parameter; the words come later, from the catalog.
 */
import type { Stop } from '../feed/schema.ts';
import type { RegionSlug } from '../regions.ts';
import type { CivilDate } from '../time/civil-date.ts';
import { sortStops } from '../time/stop-days.ts';
import { inRegions, isPast } from '../time/timeline.ts';

/** `upcoming`: the next stop first, then the others; `year`: the whole tour in date order; `compact`: a few lines. */
export type CalendarLayout = 'upcoming' | 'year' | 'compact';

/** Compact calendars show this many stops unless a limit says otherwise. */
export const COMPACT_LIMIT = 3;

/** Why the reader's regions have nothing ahead. */
export type RegionNote =
  { kind: 'past'; stop: Stop } | { kind: 'cancelled'; stop: Stop } | { kind: 'none'; regions: RegionSlug[] };

export type CalendarView =
  /** The feed announces no stop at all. */
  | { kind: 'empty' }
  /** `elsewhere`: the regions had nothing ahead (`note` says why), so these are the tour's stops. */
  | { kind: 'stops'; stops: Stop[]; next?: Stop; elsewhere: boolean; note?: RegionNote }
  /** Nothing is ahead anywhere: the past stops, to fold away. */
  | { kind: 'over'; past: Stop[]; note?: RegionNote };

export interface CalendarViewInput {
  stops: readonly Stop[];
  /** The reader's regions; empty for all. */
  regions: readonly RegionSlug[];
  today: CivilDate;
  layout: CalendarLayout;
  /** At most this many stops. */
  limit?: number;
}

// The stops are sorted once, in `calendarView`; these keep that order (a feed may hold 1,000 stops).
const ahead = (sorted: readonly Stop[], today: CivilDate) => sorted.filter((stop) => !isPast(stop, today));
const firstHeld = (sorted: readonly Stop[]) => sorted.find((stop) => stop.status !== 'cancelled');

function regionNote(stops: readonly Stop[], regions: readonly RegionSlug[], today: CivilDate): RegionNote {
  const mine = inRegions(stops, regions);
  const cancelled = ahead(mine, today)[0];
  if (cancelled) return { kind: 'cancelled', stop: cancelled };
  // A cancelled stop did not take place: only a held one is said to be past.
  const held = mine.filter((stop) => isPast(stop, today) && stop.status !== 'cancelled').at(-1);
  return held ? { kind: 'past', stop: held } : { kind: 'none', regions: [...regions] };
}

export function calendarView({ stops: given, regions, today, layout, limit }: CalendarViewInput): CalendarView {
  if (given.length === 0) return { kind: 'empty' };
  const stops = sortStops(given);
  const mine = inRegions(stops, regions);
  const elsewhere = regions.length > 0 && !firstHeld(ahead(mine, today));
  const note = elsewhere ? regionNote(stops, regions, today) : undefined;
  const scope = elsewhere ? stops : mine;
  const max = limit ?? (layout === 'compact' ? COMPACT_LIMIT : Infinity);
  const coming = ahead(scope, today);
  const first = firstHeld(coming);

  if (coming.length === 0) return { kind: 'over', past: scope.slice(-max), ...(note ? { note } : {}) };
  // The next stop first, then the others still to come, in order (a cancelled one may precede it);
  // the year view keeps date order and the past stops.
  const ordered = layout === 'year' ? scope : first ? [first, ...coming.filter((stop) => stop !== first)] : coming;
  const view: CalendarView = { kind: 'stops', stops: ordered.slice(0, max), elsewhere };
  if (first) view.next = first;
  if (note) view.note = note;
  return view;
}

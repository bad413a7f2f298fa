/**
 * Which stops a calendar shows, and how each is marked, from the feed, the settings and today.
 * Pure: the rules of the feed format ("Days and countdowns") come from the core.
 */
import { comingStops, inRegions, isPast, nextStop, type CivilDate, type Stop } from '../../shared/index.ts';
import type { Settings } from './settings.ts';

export interface Item {
  stop: Stop;
  next: boolean;
  past: boolean;
}

export type Selection =
  /** The feed announces no stop at all. */
  | { kind: 'empty' }
  /** The chosen regions have no stop. */
  | { kind: 'no-stop-in-regions' }
  /** `over`: no stop is left to come; the items are then past stops. */
  | { kind: 'stops'; items: Item[]; over: boolean };

/** Compact calendars show this many stops unless `limit` says otherwise. */
export const COMPACT_LIMIT = 3;

export function select(
  stops: readonly Stop[],
  settings: Pick<Settings, 'regions' | 'view' | 'limit'>,
  today: CivilDate,
): Selection {
  if (stops.length === 0) return { kind: 'empty' };
  const mine = inRegions(stops, settings.regions);
  if (mine.length === 0) return { kind: 'no-stop-in-regions' };
  const coming = comingStops(mine, today);
  const first = nextStop(mine, today);
  const item = (stop: Stop): Item => ({ stop, next: stop === first, past: isPast(stop, today) });
  const over = coming.length === 0;
  const limit = settings.limit ?? (settings.view === 'compact' ? COMPACT_LIMIT : Infinity);

  if (over) return { kind: 'stops', items: mine.slice(-limit).map(item), over };
  if (settings.view === 'year') return { kind: 'stops', items: mine.slice(0, limit).map(item), over };
  // The next stop first, then the others still to come, in order (a cancelled one may precede it).
  const ordered = first ? [first, ...coming.filter((stop) => stop !== first)] : coming;
  return { kind: 'stops', items: ordered.slice(0, limit).map(item), over };
}

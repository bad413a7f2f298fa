/**
 * Where stops stand relative to today, by the rules of the feed format ("Days and countdowns").
 * `today` is the reader's calendar day, from `todayIn(now, timeZone)`: the clock is a parameter.
 */
import type { Stop } from '../feed/schema.ts';
import type { RegionSlug } from '../regions.ts';
import { daysBetween, type CivilDate } from './civil-date.ts';
import { sortStops, stopDays } from './stop-days.ts';
import { dateIn } from './zone.ts';

export type Phase = 'upcoming' | 'ongoing' | 'past';

export interface Countdown {
  phase: Phase;
  /** Calendar days from today to the first day: 12 for J-12, 0 today, negative once begun. */
  days: number;
}

/** The reader's calendar day at `now` in their zone (an IANA name, e.g. `Europe/Paris`). */
export function todayIn(now: Date, timeZone: string): CivilDate {
  return dateIn(now, timeZone);
}

export function countdown(stop: Stop, today: CivilDate): Countdown {
  const { first, last } = stopDays(stop);
  const days = daysBetween(today, first);
  const phase: Phase = days > 0 ? 'upcoming' : last >= today ? 'ongoing' : 'past';
  return { phase, days };
}

/** True once the stop's last day is behind the reader. */
export function isPast(stop: Stop, today: CivilDate): boolean {
  return stopDays(stop).last < today;
}

/** Keeps the stops of these regions; no regions (or an empty list) keeps all. */
export function inRegions<T extends Pick<Stop, 'region'>>(stops: readonly T[], regions?: readonly RegionSlug[]): T[] {
  if (!regions || regions.length === 0) return [...stops];
  return stops.filter((stop) => regions.includes(stop.region));
}

/** The stops that are not past, in start order (cancelled ones included: they are shown, marked). */
export function comingStops(stops: readonly Stop[], today: CivilDate, regions?: readonly RegionSlug[]): Stop[] {
  return sortStops(inRegions(stops, regions).filter((stop) => !isPast(stop, today)));
}

/** The first stop in start order that is neither past nor cancelled. */
export function nextStop(stops: readonly Stop[], today: CivilDate, regions?: readonly RegionSlug[]): Stop | undefined {
  return comingStops(stops, today, regions).find((stop) => stop.status !== 'cancelled');
}

/**
 * What the popup shows, decided without a DOM: the next stop (or why there is none) and the
 * upcoming stops through a region filter. Pure: the clock's day is a parameter.
 */
import { comingStops, nextStop, type CivilDate, type RegionSlug, type Stop } from '../../shared/index.ts';

/** `mine`: the user's regions; `all`; or one region. */
export type RegionFilter = 'mine' | 'all' | RegionSlug;

export type NextState =
  | { kind: 'next'; stop: Stop }
  /** Nothing ahead in the user's regions; `elsewhere` is the tour's next stop. */
  | { kind: 'none-in-regions'; elsewhere: Stop }
  | { kind: 'tour-over' }
  | { kind: 'no-stops' }
  /** No feed could be read yet. */
  | { kind: 'no-data' };

export interface PopupModel {
  next: NextState;
  /** Upcoming stops through the filter, without the one on the card. */
  upcoming: Stop[];
  filter: RegionFilter;
  /** The regions that have a stop ahead, for the filter's choices. */
  regionsAhead: RegionSlug[];
}

export interface PopupInput {
  stops: readonly Stop[] | undefined;
  regions: readonly RegionSlug[];
  today: CivilDate;
  filter?: RegionFilter;
}

export function defaultFilter(regions: readonly RegionSlug[]): RegionFilter {
  return regions.length > 0 ? 'mine' : 'all';
}

function filterRegions(filter: RegionFilter, regions: readonly RegionSlug[]): readonly RegionSlug[] | undefined {
  if (filter === 'all') return undefined;
  if (filter === 'mine') return regions.length > 0 ? regions : undefined;
  return [filter];
}

export function popupModel({ stops, regions, today, filter: asked }: PopupInput): PopupModel {
  const filter = asked === 'mine' && regions.length === 0 ? 'all' : (asked ?? defaultFilter(regions));
  if (!stops) return { next: { kind: 'no-data' }, upcoming: [], filter, regionsAhead: [] };
  const mine = regions.length > 0 ? regions : undefined;
  const ahead = comingStops(stops, today);
  const regionsAhead = [...new Set(ahead.map((stop) => stop.region))];
  const found = nextStop(stops, today, mine);
  let next: NextState;
  if (found) next = { kind: 'next', stop: found };
  else {
    const elsewhere = nextStop(stops, today);
    if (elsewhere) next = { kind: 'none-in-regions', elsewhere };
    else next = stops.length > 0 ? { kind: 'tour-over' } : { kind: 'no-stops' };
  }
  const onCard = next.kind === 'next' ? next.stop.id : undefined;
  const upcoming = comingStops(stops, today, filterRegions(filter, regions)).filter((stop) => stop.id !== onCard);
  return { next, upcoming, filter, regionsAhead };
}

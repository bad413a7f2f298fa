/**
 * The day the editor's preview pretends it is: today, unless the whole tour is already past (a
 * past tour reopened to correct it), then the eve of its first stop, so that the cards show what
 * visitors saw, countdowns included.
 */
import type { Stop } from '../../feed/schema.ts';
import { addDays, type CivilDate } from '../../time/civil-date.ts';
import { sortStops, stopDays } from '../../time/stop-days.ts';
import { isPast } from '../../time/timeline.ts';

export function previewDay(stops: readonly Stop[], today: CivilDate): CivilDate {
  const first = sortStops(stops)[0];
  if (!first || stops.some((stop) => !isPast(stop, today))) return today;
  return addDays(stopDays(first).first, -1);
}

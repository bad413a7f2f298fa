/**
 * Stops the user was reminded of that have moved, been postponed or been cancelled since.
 * Pure: what the user was told and the feed's stops are parameters.
 */
import { isWholeDay, stopDays, type Stop } from '../../shared/index.ts';
import type { ToldStop } from './reminder-state.ts';

export type ChangeKind = 'moved' | 'cancelled' | 'postponed';

export interface Change {
  kind: ChangeKind;
  stop: Stop;
  before: ToldStop;
}

export function toldSnapshot(stop: Stop): ToldStop {
  const { first, last } = stopDays(stop);
  return { first, last, start: stop.start, end: stop.end, status: stop.status };
}

function sameTime(before: ToldStop, stop: Stop): boolean {
  const { first, last } = stopDays(stop);
  if (before.first !== first || before.last !== last) return false;
  if (isWholeDay(stop)) return true;
  // Instants compared as instants: the same moment may be written with another offset.
  return Date.parse(before.start) === Date.parse(stop.start) && Date.parse(before.end) === Date.parse(stop.end);
}

/**
 * One change per stop, the gravest first: cancelled, then moved, then postponed (a postponed
 * stop often keeps its old dates until a new one is known). A stop missing from the feed is not
 * a change: feeds publish cancellations as a status, and a truncated feed must not alarm anyone.
 */
export function detectChanges(told: ReadonlyMap<string, ToldStop>, stops: readonly Stop[]): Change[] {
  const changes: Change[] = [];
  for (const stop of stops) {
    const before = told.get(stop.id);
    if (!before) continue;
    if (stop.status === 'cancelled') {
      if (before.status !== 'cancelled') changes.push({ kind: 'cancelled', stop, before });
    } else if (!sameTime(before, stop)) {
      changes.push({ kind: 'moved', stop, before });
    } else if (stop.status === 'postponed' && before.status !== 'postponed') {
      changes.push({ kind: 'postponed', stop, before });
    }
  }
  return changes;
}

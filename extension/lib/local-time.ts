/** The user's clock: their zone, and the next local midnight (when the countdown changes). */
import { addDays, instantAt, todayIn } from '../../shared/index.ts';

/** The zone the browser runs in (what "9:00 local" and "today" mean for the user). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function nextMidnight(now: Date, zone: string): Date {
  return instantAt(addDays(todayIn(now, zone), 1), '00:00:00', zone);
}

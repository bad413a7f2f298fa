/**
 * The visitor's calendar day: the core's `todayIn(now, zone)` for the visitor's own zone, read
 * from the Date's local fields. Same answer (the engine's local zone is the one
 * `Intl.DateTimeFormat().resolvedOptions()` names), without building a date formatter, which on
 * a page's first use costs Chromium 30–60 ms of ICU set-up (measured) before anything is shown.
 */
import type { CivilDate } from '../../shared/index.ts';

export function visitorToday(now: Date): CivilDate {
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

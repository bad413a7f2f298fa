/**
 * The feed's constants and formats that need no zod: the zod schemas and the widget's compact
 * reader both take them from here, so the two readers cannot drift on them.
 */
import { isCivilDate } from '../time/civil-date.ts';

export const STOP_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled'] as const;
export const PROGRAMME_KINDS = ['conference', 'workshop', 'pitch', 'ceremony', 'visit', 'training', 'other'] as const;

export type StopStatus = (typeof STATUSES)[number];
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

const DATE_TIME_PATTERN =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;

/** An instant with its offset, `2019-06-26T09:00:00+02:00`, on a day that exists. */
export function isDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isCivilDate(match[1]!);
}

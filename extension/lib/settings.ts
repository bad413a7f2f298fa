/**
 * The user's settings: their shape, their defaults, and the one place where stored or typed
 * values are checked. Storage is untrusted (another version, a hand edit): a field that does
 * not check out falls back to its default, the others stay.
 */
import { CALENDAR_TARGETS, findRegion, type CalendarTarget, type RegionSlug } from '../../shared/index.ts';

// The calendars a stop can be added to are the core's, the same in the widget and the popup.
export { CALENDAR_TARGETS, type CalendarTarget };

/** The lead times offered, in days before a stop's first day (0 = the morning of the day). */
export const LEAD_DAY_CHOICES = [0, 1, 2, 3, 7, 14, 30] as const;

export interface Settings {
  /** The regions followed; empty means all of them (until the user picks one). */
  regions: RegionSlug[];
  remindersOn: boolean;
  /** Days before a stop at which to remind, from LEAD_DAY_CHOICES, largest first. */
  leadDays: number[];
  /** Local wall-clock time of the reminders, `HH:MM`. */
  reminderTime: string;
  /** Where "add to my calendar" goes in one click. */
  calendar: CalendarTarget;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  regions: [],
  remindersOn: true,
  leadDays: [7, 1],
  reminderTime: '09:00',
  calendar: 'ics',
});

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isReminderTime(value: unknown): value is string {
  return typeof value === 'string' && TIME_PATTERN.test(value);
}

export function isCalendarTarget(value: unknown): value is CalendarTarget {
  return typeof value === 'string' && (CALENDAR_TARGETS as readonly string[]).includes(value);
}

export function isLeadDay(value: unknown): value is number {
  return typeof value === 'number' && (LEAD_DAY_CHOICES as readonly number[]).includes(value);
}

/** Known regions only, each once, in the order given (slugs or INSEE codes). */
function regionsFrom(value: unknown): RegionSlug[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.regions];
  const regions: RegionSlug[] = [];
  for (const item of value) {
    const region = typeof item === 'string' ? findRegion(item) : undefined;
    if (region && !regions.includes(region.slug)) regions.push(region.slug);
  }
  return regions;
}

function leadDaysFrom(value: unknown): number[] {
  if (!Array.isArray(value)) return [...DEFAULT_SETTINGS.leadDays];
  return [...new Set(value.filter(isLeadDay))].sort((a, b) => b - a);
}

/** Settings from anything (storage, a form): what is valid is kept, the rest is the default. */
export function parseSettings(raw: unknown): Settings {
  const input = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    regions: regionsFrom(input.regions),
    remindersOn: typeof input.remindersOn === 'boolean' ? input.remindersOn : DEFAULT_SETTINGS.remindersOn,
    leadDays: leadDaysFrom(input.leadDays),
    reminderTime: isReminderTime(input.reminderTime) ? input.reminderTime : DEFAULT_SETTINGS.reminderTime,
    calendar: isCalendarTarget(input.calendar) ? input.calendar : DEFAULT_SETTINGS.calendar,
  };
}

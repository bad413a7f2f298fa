/**
 * The options form checked before saving: what the user chose becomes settings, or each wrong
 * field gets the key of the sentence that explains it.
 */
import type { RegionSlug } from '../../shared/index.ts';
import type { MessageKey } from './i18n.ts';
import { isCalendarTarget, isReminderTime, parseSettings, type Settings } from './settings.ts';

export interface SettingsForm {
  regions: RegionSlug[];
  remindersOn: boolean;
  leadDays: number[];
  reminderTime: string;
  /** As the select holds it: checked to be a `CalendarTarget` below. */
  calendar: string;
}

export type FormField = 'leadDays' | 'reminderTime' | 'calendar';

export type FormResult =
  { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<FormField, MessageKey>> };

export function checkSettingsForm(form: SettingsForm): FormResult {
  const errors: Partial<Record<FormField, MessageKey>> = {};
  if (form.remindersOn) {
    if (form.leadDays.length === 0) errors.leadDays = 'errorNoLeadDay';
    if (!isReminderTime(form.reminderTime)) errors.reminderTime = 'errorReminderTime';
  }
  if (!isCalendarTarget(form.calendar)) errors.calendar = 'errorCalendar';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // With reminders off, a half-typed time is not worth an error: it falls back to the default.
  return { ok: true, settings: parseSettings(form) };
}

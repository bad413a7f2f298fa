import { describe, expect, it } from 'vitest';
import { checkSettingsForm } from './settings-form.ts';
import { DEFAULT_SETTINGS, isReminderTime, parseSettings } from './settings.ts';

describe('parseSettings', () => {
  it('gives the defaults for nothing: all regions, 7 days and 1 day before at 9:00, the .ics file', () => {
    expect(parseSettings(undefined)).toEqual({
      regions: [],
      remindersOn: true,
      leadDays: [7, 1],
      reminderTime: '09:00',
      calendar: 'ics',
    });
    expect(parseSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields and replaces the others by their default', () => {
    expect(
      parseSettings({
        regions: ['76', 'bretagne', 'atlantis', 'occitanie', 7],
        remindersOn: 'yes',
        leadDays: [1, 3, 5, 1, '7'],
        reminderTime: '25:00',
        calendar: 'google',
      }),
    ).toEqual({
      regions: ['occitanie', 'bretagne'],
      remindersOn: true,
      leadDays: [3, 1],
      reminderTime: '09:00',
      calendar: 'google',
    });
  });

  it('returns a new object each time (the defaults are never shared and mutated)', () => {
    const settings = parseSettings(undefined);
    settings.leadDays.push(30);
    expect(DEFAULT_SETTINGS.leadDays).toEqual([7, 1]);
  });
});

describe('isReminderTime', () => {
  it('accepts HH:MM on a 24-hour clock only', () => {
    expect(['00:00', '09:00', '23:59'].every(isReminderTime)).toBe(true);
    expect(['9:00', '24:00', '09:60', '09:00:00', '', 900].some(isReminderTime)).toBe(false);
  });
});

describe('checkSettingsForm', () => {
  const form = { regions: [], remindersOn: true, leadDays: [7], reminderTime: '08:30', calendar: 'outlook' };

  it('turns a good form into settings', () => {
    expect(checkSettingsForm(form)).toEqual({ ok: true, settings: { ...form, calendar: 'outlook' } });
  });

  it('offers every calendar the cards offer, Yahoo included', () => {
    expect(checkSettingsForm({ ...form, calendar: 'yahoo' })).toEqual({
      ok: true,
      settings: { ...form, calendar: 'yahoo' },
    });
  });

  it('names each wrong field with the sentence that explains it', () => {
    expect(checkSettingsForm({ ...form, leadDays: [], reminderTime: '', calendar: 'aol' })).toEqual({
      ok: false,
      errors: { leadDays: 'errorNoLeadDay', reminderTime: 'errorReminderTime', calendar: 'errorCalendar' },
    });
  });

  it('does not ask for lead times or a time when reminders are off', () => {
    expect(checkSettingsForm({ ...form, remindersOn: false, leadDays: [], reminderTime: '' })).toMatchObject({
      ok: true,
    });
  });
});

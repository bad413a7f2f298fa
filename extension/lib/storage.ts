/**
 * Every stored value, declared once with its type, fallback and version. When a shape changes,
 * raise `version` and add the step in `migrations` (WXT runs them in order on the next start).
 * Readers still go through the parse functions: storage outlives the code that wrote it.
 */
import { storage } from 'wxt/utils/storage';
import type { FeedStatus, StoredFeed } from './feed-state.ts';
import {
  parseReminderState,
  storedReminderState,
  type ReminderState,
  type StoredReminderState,
} from './reminder-state.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings.ts';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  migrations: {},
});

/** The feed address the user chose in the options; null for the build's default. */
export const feedChoiceItem = storage.defineItem<string | null>('local:feedChoice', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** The last feed read successfully. Written by the background only. */
export const storedFeedItem = storage.defineItem<StoredFeed | null>('local:feed', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** How the last try to read the feed went. Written by the background only. */
export const feedStatusItem = storage.defineItem<FeedStatus | null>('local:feedStatus', {
  fallback: null,
  version: 1,
  migrations: {},
});

/** Reminders shown and stops told about. Written by the background only. */
export const reminderStateItem = storage.defineItem<StoredReminderState>('local:reminders', {
  fallback: { shown: [], told: [] },
  // 2: the stops told about as a list of pairs, no longer an object keyed by stop id.
  version: 2,
  migrations: { 2: (old: unknown) => storedReminderState(parseReminderState(old)) },
});

export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** What the user saved, unchecked; null when they never saved (an organisation's presets apply then). */
export async function readStoredSettings(): Promise<unknown> {
  return storage.getItem<unknown>('local:settings');
}

export async function readReminderState(): Promise<ReminderState> {
  return parseReminderState(await reminderStateItem.getValue());
}

export async function writeReminderState(state: ReminderState): Promise<void> {
  await reminderStateItem.setValue(storedReminderState(state));
}

/**
 * The popup's data, as signals that follow storage: the background may refresh the feed or the
 * options page change a region while the popup is open.
 */
import { signal } from '@preact/signals';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings.ts';
import { feedStatusItem, settingsItem, storedFeedItem } from '../../lib/storage.ts';

export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const stored = signal<StoredFeed | undefined>(undefined);
export const status = signal<FeedStatus | undefined>(undefined);
export const loaded = signal(false);

/** The background checked it before storing; a copy that lost its shape is treated as none. */
function storedFrom(value: StoredFeed | null): StoredFeed | undefined {
  return value && Array.isArray(value.feed?.stops) ? value : undefined;
}

export async function loadState(): Promise<void> {
  const [settingsValue, storedValue, statusValue] = await Promise.all([
    settingsItem.getValue(),
    storedFeedItem.getValue(),
    feedStatusItem.getValue(),
  ]);
  settings.value = parseSettings(settingsValue);
  stored.value = storedFrom(storedValue);
  status.value = statusValue ?? undefined;
  loaded.value = true;
  settingsItem.watch((value) => (settings.value = parseSettings(value)));
  storedFeedItem.watch((value) => (stored.value = storedFrom(value)));
  feedStatusItem.watch((value) => (status.value = value ?? undefined));
}

/**
 * The popup's data, as signals that follow storage, listened to before it is read
 * (`follow-item.ts`): the background may refresh the feed or the options page change a region
 * while the popup is open. What storage holds is checked as the background checks it; what does
 * not read is set aside and said.
 */
import { signal } from '@preact/signals';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { followItem } from '../../lib/follow-item.ts';
import { loadReader } from '../../lib/load-reader.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import { feedStatusItem, settingsItem, storedFeedItem } from '../../lib/storage.ts';
import { parseFeedStatus, parseStoredFeed } from '../../lib/stored-state.ts';

export const settings = signal<Settings>(DEFAULT_SETTINGS);
export const stored = signal<StoredFeed | undefined>(undefined);
export const status = signal<FeedStatus | undefined>(undefined);
/** Something stored did not read and was set aside. */
export const damaged = signal(false);
export const loaded = signal(false);

export async function loadState(): Promise<void> {
  let feedDamaged = false;
  let statusDamaged = false;
  const say = () => (damaged.value = feedDamaged || statusDamaged);
  try {
    // The settings in force carry the organisation's presets, checked by zod: loaded apart too.
    const [read, { readEffectiveSettings, watchManaged }] = await Promise.all([
      loadReader(),
      import('../../lib/managed-storage.ts'),
    ]);
    // Listened to before the first read too; every change reads them again, the latest read kept.
    let turn = 0;
    const followSettings = async () => {
      const mine = ++turn;
      const value = await readEffectiveSettings();
      if (mine === turn) settings.value = value;
    };
    settingsItem.watch(() => void followSettings());
    watchManaged(() => void followSettings());
    await Promise.all([
      followSettings(),
      followItem(storedFeedItem, (raw: unknown) => {
        const parsed = parseStoredFeed(raw, read);
        stored.value = parsed.value;
        feedDamaged = parsed.damaged;
        say();
      }).ready,
      followItem(feedStatusItem, (raw: unknown) => {
        const parsed = parseFeedStatus(raw);
        status.value = parsed.value;
        statusDamaged = parsed.damaged;
        say();
      }).ready,
    ]);
  } catch (error) {
    // Storage or the reader failed us: an empty popup that says so, never a page stuck loading.
    console.error('[IntercoTOUR]', error);
    damaged.value = true;
  } finally {
    loaded.value = true;
  }
}

/** The options page: regions, reminders, preferred calendar, test reminder, feed address. */
import { useSignal, useSignalEffect } from '@preact/signals';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { translate as t } from '../../lib/i18n.ts';
import { loadReader } from '../../lib/load-reader.ts';
import { parseSettings, type Settings } from '../../lib/settings.ts';
import { feedChoiceItem, feedStatusItem, settingsItem, storedFeedItem } from '../../lib/storage.ts';
import { parseFeedChoice, parseFeedStatus, parseStoredFeed, type Parsed } from '../../lib/stored-state.ts';
import { DamagedNotice } from './damaged-notice.tsx';
import { FeedForm } from './feed-form.tsx';
import { SettingsForm } from './settings-form.tsx';
import { TestReminder } from './test-reminder.tsx';

interface Loaded {
  settings: Settings;
  choice: Parsed<string | null>;
  stored: Parsed<StoredFeed | undefined>;
  status: Parsed<FeedStatus | undefined>;
}

/** Storage or the reader failed us: the forms on their defaults, and a word about it. */
const FALLBACK: Loaded = {
  settings: parseSettings(undefined),
  choice: { value: null, damaged: true },
  stored: { value: undefined, damaged: false },
  status: { value: undefined, damaged: false },
};

export function App() {
  const data = useSignal<Loaded | undefined>(undefined);
  useSignalEffect(() => {
    const unwatch: (() => void)[] = [];
    const load = async () => {
      const [read, settings, choice, stored, status] = await Promise.all([
        loadReader(),
        settingsItem.getValue(),
        feedChoiceItem.getValue(),
        storedFeedItem.getValue(),
        feedStatusItem.getValue(),
      ]);
      data.value = {
        settings: parseSettings(settings),
        choice: parseFeedChoice(choice),
        stored: parseStoredFeed(stored, read),
        status: parseFeedStatus(status),
      };
      // The feed in use changes when the background switches or refreshes it.
      const update = (change: Partial<Loaded>) => data.value && (data.value = { ...data.value, ...change });
      unwatch.push(
        feedChoiceItem.watch((value) => update({ choice: parseFeedChoice(value) })),
        storedFeedItem.watch((value) => update({ stored: parseStoredFeed(value, read) })),
        feedStatusItem.watch((value) => update({ status: parseFeedStatus(value) })),
      );
    };
    load().catch((error: unknown) => {
      console.error('[IntercoTOUR]', error);
      data.value = FALLBACK;
    });
    return () => unwatch.forEach((stop) => stop());
  });

  const loaded = data.value;
  const damaged = loaded && (loaded.choice.damaged || loaded.stored.damaged || loaded.status.damaged);
  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p class="intro">{t('optionsIntro')}</p>
      {loaded ? (
        <>
          {damaged && <DamagedNotice />}
          <SettingsForm initial={loaded.settings} />
          <TestReminder />
          <FeedForm
            choice={loaded.choice.value}
            stored={loaded.stored.value}
            status={loaded.status.value}
            defaultUrl={import.meta.env.INTERCOTOUR_FEED_URL || undefined}
          />
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
    </main>
  );
}

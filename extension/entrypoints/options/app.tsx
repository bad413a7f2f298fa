/** The options page: regions, reminders, preferred calendar, test reminder, feed address. */
import { useSignal, useSignalEffect } from '@preact/signals';
import type { StoredFeed } from '../../lib/feed-state.ts';
import { translate as t } from '../../lib/i18n.ts';
import { parseSettings, type Settings } from '../../lib/settings.ts';
import { feedChoiceItem, settingsItem, storedFeedItem } from '../../lib/storage.ts';
import { FeedForm } from './feed-form.tsx';
import { SettingsForm } from './settings-form.tsx';
import { TestReminder } from './test-reminder.tsx';

interface Loaded {
  settings: Settings;
  choice: string | null;
  stored: StoredFeed | undefined;
}

export function App() {
  const data = useSignal<Loaded | undefined>(undefined);
  useSignalEffect(() => {
    const load = async () => {
      const [settings, choice, stored] = await Promise.all([
        settingsItem.getValue(),
        feedChoiceItem.getValue(),
        storedFeedItem.getValue(),
      ]);
      data.value = { settings: parseSettings(settings), choice, stored: stored ?? undefined };
    };
    void load();
    // The feed in use changes when the background switches or refreshes it.
    const unwatch = [
      feedChoiceItem.watch((choice) => data.value && (data.value = { ...data.value, choice })),
      storedFeedItem.watch((stored) => data.value && (data.value = { ...data.value, stored: stored ?? undefined })),
    ];
    return () => unwatch.forEach((stop) => stop());
  });

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p class="intro">{t('optionsIntro')}</p>
      {data.value ? (
        <>
          <SettingsForm initial={data.value.settings} />
          <TestReminder />
          <FeedForm
            choice={data.value.choice}
            stored={data.value.stored}
            defaultUrl={import.meta.env.INTERCOTOUR_FEED_URL || undefined}
          />
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
    </main>
  );
}

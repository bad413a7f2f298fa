/** The options page: regions, reminders, preferred calendar, test reminder, feed address. */
import { useSignal, useSignalEffect } from '@preact/signals';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { translate as t } from '../../lib/i18n.ts';
import { loadReader } from '../../lib/load-reader.ts';
import { effectiveSettings } from '../../lib/effective-settings.ts';
import { NO_MANAGED, type ManagedSettings } from '../../lib/managed-settings.ts';
import { readManaged, watchManaged } from '../../lib/managed-storage.ts';
import { parseSettings, type Settings } from '../../lib/settings.ts';
import { followItem } from '../../lib/follow-item.ts';
import { feedChoiceItem, feedStatusItem, readStoredSettings, storedFeedItem } from '../../lib/storage.ts';
import { parseFeedChoice, parseFeedStatus, parseStoredFeed, type Parsed } from '../../lib/stored-state.ts';
import { DamagedNotice } from './damaged-notice.tsx';
import { FeedForm } from './feed-form.tsx';
import { ManagedProblems } from './managed-notice.tsx';
import { SettingsForm } from './settings-form.tsx';
import { TestReminder } from './test-reminder.tsx';

interface Loaded {
  settings: Settings;
  managed: ManagedSettings;
  choice: Parsed<string | null>;
  stored: Parsed<StoredFeed | undefined>;
  status: Parsed<FeedStatus | undefined>;
}

/** Storage or the reader failed us: the forms on their defaults, and a word about it. */
const FALLBACK: Loaded = {
  settings: parseSettings(undefined),
  managed: NO_MANAGED,
  choice: { value: null, damaged: true },
  stored: { value: undefined, damaged: false },
  status: { value: undefined, damaged: false },
};

export function App() {
  const data = useSignal<Loaded | undefined>(undefined);
  useSignalEffect(() => {
    const unwatch: (() => void)[] = [];
    const load = async () => {
      const read = await loadReader();
      // Listened to before they are read (`follow-item.ts`): what changes while the page loads is
      // kept here until the page has its first values, and wins over them.
      const heard: Partial<Loaded> = {};
      const update = (change: Partial<Loaded>) => {
        if (data.value) data.value = { ...data.value, ...change };
        else Object.assign(heard, change);
      };
      // A new policy while the page is open: the forms start again from the settings in force.
      unwatch.push(
        watchManaged(() => {
          void Promise.all([readStoredSettings(), readManaged()]).then(([saved, next]) =>
            update({ settings: effectiveSettings(saved, next), managed: next }),
          );
        }),
      );
      // The feed in use changes when the background switches or refreshes it.
      const followed = [
        followItem(feedChoiceItem, (value) => update({ choice: parseFeedChoice(value) })),
        followItem(storedFeedItem, (value) => update({ stored: parseStoredFeed(value, read) })),
        followItem(feedStatusItem, (value) => update({ status: parseFeedStatus(value) })),
      ];
      unwatch.push(...followed.map((item) => item.stop));
      const [settings, managed] = await Promise.all([
        readStoredSettings(),
        readManaged(),
        ...followed.map((item) => item.ready),
      ]);
      // Each followed item has put its first value (or a newer one) in `heard` by now.
      data.value = { ...FALLBACK, settings: effectiveSettings(settings, managed), managed, ...heard };
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
          <ManagedProblems managed={loaded.managed} />
          <SettingsForm key={JSON.stringify(loaded.managed)} initial={loaded.settings} managed={loaded.managed} />
          <TestReminder />
          <FeedForm
            choice={loaded.choice.value}
            stored={loaded.stored.value}
            status={loaded.status.value}
            managed={loaded.managed}
            defaultUrl={import.meta.env.INTERCOTOUR_FEED_URL || undefined}
          />
        </>
      ) : (
        <p>{t('loading')}</p>
      )}
    </main>
  );
}

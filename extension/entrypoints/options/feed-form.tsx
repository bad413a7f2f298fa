/**
 * Which feed the extension reads. A typed address is checked, access to its origin is asked from
 * the click itself (browsers grant host permissions only in answer to a user action), and the
 * background switches only once the new feed has been read: until then the previous one stays.
 */
import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { plural } from '../../../shared/index.ts';
import { describeFailure } from '../../lib/failure-words.ts';
import { BUNDLED, originPattern, parseFeedUrl, type FeedUrlProblem } from '../../lib/feed-source.ts';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { formatInstant } from '../../lib/feed-notice.ts';
import { catalogLang, translate as t, type MessageKey } from '../../lib/i18n.ts';
import { localZone } from '../../lib/local-time.ts';
import { isLocked, type ManagedSettings } from '../../lib/managed-settings.ts';
import { askBackground, type BackgroundReply } from '../../lib/messages.ts';
import { ManagedHint } from './managed-notice.tsx';

const lang = catalogLang(t);

const URL_PROBLEMS: Record<FeedUrlProblem, MessageKey> = {
  empty: 'errorFeedUrlEmpty',
  'not-url': 'errorFeedUrlNotUrl',
  'not-http': 'errorFeedUrlNotHttp',
  credentials: 'errorFeedUrlCredentials',
};

interface Props {
  choice: string | null;
  stored: StoredFeed | undefined;
  /** How the last read went: its failure is said, whatever the copy in use. */
  status: FeedStatus | undefined;
  defaultUrl: string | undefined;
  /** A locked feed leaves no address to type: only the sentence that says who to ask. */
  managed: ManagedSettings;
}

export function FeedForm({ choice, stored, status, defaultUrl, managed }: Props) {
  const input = useSignal(choice ?? '');
  const error = useSignal<string | undefined>(undefined);
  const result = useSignal('');
  const busy = useSignal(false);

  const report = (reply: BackgroundReply) => {
    if (reply.ok) {
      const count = reply.stops ?? 0;
      result.value = t(plural(lang, count, 'feedSwitchedOne', 'feedSwitchedMany'), [String(count)]);
    } else result.value = describeFailure(reply.failure, t);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    result.value = '';
    const parsed = parseFeedUrl(input.value);
    if (!parsed.ok) {
      error.value = t(URL_PROBLEMS[parsed.problem]);
      document.getElementById('feed-url')?.focus();
      return;
    }
    error.value = undefined;
    busy.value = true;
    // No await before this call: the permission prompt needs the user's click.
    browser.permissions
      .request({ origins: [originPattern(parsed.url)] })
      .then(async (granted) => {
        if (!granted) {
          result.value = t('feedPermissionRefused', [new URL(parsed.url).host]);
          return;
        }
        report(await askBackground({ type: 'use-feed', url: parsed.url }));
      })
      .catch(() => (result.value = t('feedPermissionRefused', [new URL(parsed.url).host])))
      .finally(() => (busy.value = false));
  };

  const useDefault = async () => {
    result.value = '';
    busy.value = true;
    try {
      report(await askBackground({ type: 'use-feed', url: null }));
      input.value = '';
    } finally {
      busy.value = false;
    }
  };

  const inUse = stored?.source === BUNDLED ? t('feedBundled') : (stored?.source ?? t('feedNoneYet'));
  return (
    <section aria-labelledby="feed-heading">
      <h2 id="feed-heading">{t('feedHeading')}</h2>
      <p>
        {t('feedInUse')} <span class="feed-in-use">{inUse}</span>
        {stored && stored.source !== BUNDLED && (
          <> — {t('feedReadOn', [formatInstant(stored.fetchedAt, localZone(), lang, t)])}</>
        )}
      </p>
      {status?.failure && (
        <p class="error" id="feed-last-failure">
          {t('feedLastRead', [
            formatInstant(status.checkedAt, localZone(), lang, t),
            describeFailure(status.failure, t),
          ])}
        </p>
      )}
      <ManagedHint managed={managed} field="feedUrl" />
      {isLocked(managed, 'feedUrl') ? null : (
        <form onSubmit={submit} noValidate>
          <p class="field">
            <label for="feed-url">{t('feedUrlLabel')}</label>
            <input
              id="feed-url"
              type="url"
              inputMode="url"
              autoComplete="url"
              spellcheck={false}
              placeholder="https://…/stops.json"
              value={input.value}
              aria-invalid={error.value ? 'true' : undefined}
              aria-describedby={error.value ? 'feed-url-error' : 'feed-url-hint'}
              onInput={(event) => (input.value = event.currentTarget.value)}
            />
          </p>
          <p id="feed-url-hint" class="hint">
            {t('feedUrlHint')}
          </p>
          {error.value && (
            <p id="feed-url-error" class="error">
              {error.value}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="button primary" disabled={busy.value}>
              {t('feedUse')}
            </button>
            {choice && (
              <button type="button" class="button" disabled={busy.value} onClick={() => void useDefault()}>
                {defaultUrl || managed.feedUrl ? t('feedBackToDefault') : t('feedBackToBundled')}
              </button>
            )}
          </div>
          <p role="status" class="saved">
            {busy.value ? t('feedReading') : result.value}
          </p>
        </form>
      )}
    </section>
  );
}

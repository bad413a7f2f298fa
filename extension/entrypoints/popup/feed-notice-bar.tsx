/**
 * What only the extension can say about its feed: access to the feed's site is missing (Firefox
 * may withhold it until asked), or no copy could be read yet. An older copy on screen is said by
 * the shared `StaleNotice` instead.
 */
import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { originPattern } from '../../lib/feed-source.ts';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { feedNotice } from '../../lib/feed-notice.ts';
import type { Translate } from '../../lib/i18n.ts';
import { askBackground } from '../../lib/messages.ts';

interface Props {
  status: FeedStatus | undefined;
  stored: StoredFeed | undefined;
  /** Something stored did not read and was set aside. */
  damaged?: boolean;
  t: Translate;
}

export function FeedNoticeBar({ status, stored, damaged = false, t }: Props) {
  const busy = useSignal(false);
  const notice = feedNotice(status, stored, t, damaged);
  if (!notice) return null;
  const retry = async (origin?: string) => {
    busy.value = true;
    try {
      // Asked from the click itself: Firefox grants only in answer to a user action.
      if (origin && !(await browser.permissions.request({ origins: [originPattern(origin)] }))) return;
      await askBackground({ type: 'refresh-feed' });
    } finally {
      busy.value = false;
    }
  };
  return (
    <div class="ic-notice feed-notice" role="status">
      <p>{notice.text}</p>
      <button
        type="button"
        class="ic-btn ic-secondary"
        disabled={busy.value}
        onClick={() => void retry(notice.needsPermissionFor)}
      >
        {notice.needsPermissionFor ? t('allowAccess') : t('tryAgain')}
      </button>
    </div>
  );
}

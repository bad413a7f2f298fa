/** The feed could not be read: say which data is shown, and offer to try again (or to allow access). */
import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Lang } from '../../../shared/index.ts';
import { originPattern } from '../../lib/feed-source.ts';
import type { FeedStatus, StoredFeed } from '../../lib/feed-state.ts';
import { feedNotice } from '../../lib/feed-notice.ts';
import type { Translate } from '../../lib/i18n.ts';
import { askBackground } from '../../lib/messages.ts';

interface Props {
  status: FeedStatus | undefined;
  stored: StoredFeed | undefined;
  zone: string;
  lang: Lang;
  t: Translate;
}

export function FeedNoticeBar({ status, stored, zone, lang, t }: Props) {
  const busy = useSignal(false);
  const notice = feedNotice(status, stored, zone, lang, t);
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
    <div class="feed-notice" role="status">
      <p>{notice.text}</p>
      <button type="button" class="button" disabled={busy.value} onClick={() => void retry(notice.needsPermissionFor)}>
        {notice.needsPermissionFor ? t('allowAccess') : t('tryAgain')}
      </button>
    </div>
  );
}

/** Something the extension had stored did not read: it was set aside; reading the feed again restores it. */
import { useSignal } from '@preact/signals';
import { translate as t } from '../../lib/i18n.ts';
import { askBackground } from '../../lib/messages.ts';

export function DamagedNotice() {
  const busy = useSignal(false);
  const retry = async () => {
    busy.value = true;
    try {
      await askBackground({ type: 'refresh-feed' });
    } finally {
      busy.value = false;
    }
  };
  return (
    <div class="notice" role="status">
      <p>{t('storedDamaged')}</p>
      <button type="button" class="button" disabled={busy.value} onClick={() => void retry()}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

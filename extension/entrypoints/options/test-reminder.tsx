/** "Envoyer un rappel de test": shows what a reminder looks like, and that notifications are allowed. */
import { useSignal } from '@preact/signals';
import { translate as t } from '../../lib/i18n.ts';
import { askBackground } from '../../lib/messages.ts';

export function TestReminder() {
  const said = useSignal('');
  const send = async () => {
    said.value = '';
    const reply = await askBackground({ type: 'test-reminder' });
    said.value = reply.ok ? t('testSent') : t('testFailed');
  };
  return (
    <section aria-labelledby="test-heading">
      <h2 id="test-heading">{t('testHeading')}</h2>
      <p>{t('testExplained')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={() => void send()}>
          {t('testSend')}
        </button>
        <p role="status" class="saved">
          {said.value}
        </p>
      </div>
    </section>
  );
}

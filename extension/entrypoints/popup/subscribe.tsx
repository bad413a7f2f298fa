/** "S'abonner à toute la tournée": the published calendar, which the calendar keeps up to date. */
import { subscribeLink, type SubscribeTarget } from '../../../shared/index.ts';
import type { MessageKey, Translate } from '../../lib/i18n.ts';

const LABELS: Record<SubscribeTarget, MessageKey> = {
  webcal: 'subscribeWebcal',
  google: 'subscribeGoogle',
  outlook: 'subscribeOutlook',
};

export function Subscribe({ icsUrl, name, t }: { icsUrl: string; name: string; t: Translate }) {
  return (
    <details class="subscribe">
      <summary>{t('subscribeTour')}</summary>
      <p>{t('subscribeExplained')}</p>
      <ul>
        {(['webcal', 'google', 'outlook'] as const).map((target) => (
          <li key={target}>
            <a href={subscribeLink(target, icsUrl, name)} target="_blank" rel="noopener noreferrer">
              {t(LABELS[target])}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

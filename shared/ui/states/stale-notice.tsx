/**
 * The stops shown are an older copy: say of when ("Calendrier du 20 mars 2031 à 10 h 05"), and
 * why when a read failed, with a retry. On the reader's own clock.
 */
import { dateIn, fill, formatDay, formatTime, UI, type Lang } from '../../index.ts';

export interface StaleNoticeProps {
  /** When the copy was read (an ISO instant). */
  since: string;
  /** The last read failed (rather than the copy merely being old). */
  failed: boolean;
  lang: Lang;
  /** The reader's time zone; the browser's when not given. */
  zone?: string;
  onRetry?: () => void;
}

export function StaleNotice({ since, failed, lang, zone, onRetry }: StaleNoticeProps) {
  const words = UI[lang];
  const where = zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const when = fill(words.atTime, [formatDay(dateIn(new Date(since), where), lang), formatTime(since, where, lang)]);
  return (
    <div class="ic-notice">
      <p>{fill(failed ? words.staleFailed : words.staleOld, [when])}</p>
      {onRetry && (
        <button type="button" class="ic-btn ic-secondary" onClick={onRetry}>
          {words.retry}
        </button>
      )}
    </div>
  );
}

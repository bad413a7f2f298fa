/** "J-12" as a small badge; screen readers hear "dans 12 jours" instead (they would spell "J-12"). */
import { countdownLabel, countdownSpoken, type Countdown, type Lang } from '../index.ts';

export function CountdownBadge({ countdown, lang }: { countdown: Countdown; lang: Lang }) {
  return (
    <>
      <span class="ic-badge" aria-hidden="true">
        {countdownLabel(countdown, lang)}
      </span>
      <span class="ic-sr">{`, ${countdownSpoken(countdown, lang)}`}</span>
    </>
  );
}

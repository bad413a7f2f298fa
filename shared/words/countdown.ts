/** The countdown to a stop in words: on a card, on the badge, and for a screen reader. */
import type { Countdown } from '../time/timeline.ts';
import type { Lang } from './lang.ts';

/** On a card: `J-12`, `Demain`, `Aujourd'hui`, `En cours`, `Terminé` / `In 12 days`, `Tomorrow`… */
export function countdownLabel(countdown: Countdown, lang: Lang): string {
  const { phase, days } = countdown;
  if (phase === 'past') return lang === 'fr' ? 'Terminé' : 'Over';
  if (phase === 'ongoing') {
    if (days === 0) return lang === 'fr' ? "Aujourd'hui" : 'Today';
    return lang === 'fr' ? 'En cours' : 'Ongoing';
  }
  if (days === 1) return lang === 'fr' ? 'Demain' : 'Tomorrow';
  return lang === 'fr' ? `J-${days}` : `In ${days} days`;
}

/** Four characters at most, for the toolbar badge: `J-12`, `J-1`, `Auj.`, `99+` / `D-12`, `D-1`, `Now`. */
export function countdownBadge(countdown: Countdown, lang: Lang): string {
  const { phase, days } = countdown;
  if (phase === 'past') return '';
  if (phase === 'ongoing') return lang === 'fr' ? 'Auj.' : 'Now';
  // The tooltip says the whole sentence; the badge only has room for "soon or not".
  if (days > 99) return '99+';
  return lang === 'fr' ? `J-${days}` : `D-${days}`;
}

/** What a screen reader should say (it would spell out "J-12"): `dans 12 jours`, `in 12 days`. */
export function countdownSpoken(countdown: Countdown, lang: Lang): string {
  const { phase, days } = countdown;
  if (phase === 'past') return lang === 'fr' ? 'terminé' : 'over';
  if (phase === 'ongoing') {
    if (days === 0) return lang === 'fr' ? "aujourd'hui" : 'today';
    return lang === 'fr' ? 'en cours' : 'ongoing';
  }
  if (days === 1) return lang === 'fr' ? 'demain' : 'tomorrow';
  return lang === 'fr' ? `dans ${days} jours` : `in ${days} days`;
}

/** The countdown to a stop in words: on a card, on the badge, and for a screen reader. */
import type { Countdown } from '../time/timeline.ts';
import { CORE } from './catalog/core.ts';
import { fill } from './catalog/fill.ts';
import type { Lang } from './lang.ts';

/** On a card: `J-12`, `Demain`, `Aujourd’hui`, `En cours`, `Terminée` / `In 12 days`, `Tomorrow`… */
export function countdownLabel(countdown: Countdown, lang: Lang): string {
  const { phase, days } = countdown;
  const words = CORE[lang];
  if (phase === 'past') return words.countdownPast;
  if (phase === 'ongoing') return days === 0 ? words.countdownToday : words.countdownOngoing;
  if (days === 1) return words.countdownTomorrow;
  return fill(words.countdownDays, [days]);
}

/** Four characters at most, for the toolbar badge: `J-12`, `J-1`, `Auj.`, `99+` / `D-12`, `D-1`, `Now`. */
export function countdownBadge(countdown: Countdown, lang: Lang): string {
  const { phase, days } = countdown;
  if (phase === 'past') return '';
  if (phase === 'ongoing') return CORE[lang].badgeToday;
  // The tooltip says the whole sentence; the badge only has room for "soon or not".
  if (days > 99) return '99+';
  return fill(CORE[lang].badgeDays, [days]);
}

/** What a screen reader should say (it would spell out "J-12"): `dans 12 jours`, `in 12 days`. */
export function countdownSpoken(countdown: Countdown, lang: Lang): string {
  const { phase, days } = countdown;
  const words = CORE[lang];
  if (phase === 'past') return words.spokenPast;
  if (phase === 'ongoing') return days === 0 ? words.spokenToday : words.spokenOngoing;
  if (days === 1) return words.spokenTomorrow;
  return fill(words.spokenDays, [days]);
}

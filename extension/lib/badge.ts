/**
 * What the toolbar button shows: a countdown of four characters at most, a colour that grows
 * warmer as the stop comes closer, and the whole sentence as its tooltip.
 */
import {
  countdown,
  countdownBadge,
  countdownSpoken,
  formatDay,
  nextStop,
  stopDays,
  type CivilDate,
  type Lang,
  type RegionSlug,
  type Stop,
} from '../../shared/index.ts';
import type { Translate } from './i18n.ts';

export interface BadgeView {
  text: string;
  /** Background colour; white text on each of these passes WCAG AA (4.5:1). */
  color: string;
  title: string;
}

/** Far away, within a month, within a week, today or tomorrow. */
export const BADGE_COLORS = {
  far: '#4a5568',
  month: '#1d4ed8',
  week: '#b45309',
  now: '#b91c1c',
} as const;

export function badgeColor(days: number): string {
  if (days <= 1) return BADGE_COLORS.now;
  if (days <= 7) return BADGE_COLORS.week;
  if (days <= 30) return BADGE_COLORS.month;
  return BADGE_COLORS.far;
}

export interface BadgeInput {
  /** The stops of the feed, or undefined when no feed could be read yet. */
  stops: readonly Stop[] | undefined;
  regions: readonly RegionSlug[];
  today: CivilDate;
  lang: Lang;
  t: Translate;
}

export function badgeView({ stops, regions, today, lang, t }: BadgeInput): BadgeView {
  const empty = (title: string): BadgeView => ({ text: '', color: BADGE_COLORS.far, title });
  if (!stops) return empty(t('badgeNoData'));
  const next = nextStop(stops, today, regions.length > 0 ? regions : undefined);
  if (!next) {
    if (nextStop(stops, today)) return empty(t('badgeNoneInRegions'));
    return empty(stops.length > 0 ? t('badgeTourOver') : t('badgeNoStops'));
  }
  const until = countdown(next, today);
  const day = formatDay(stopDays(next).first, lang, { weekday: true });
  return {
    text: countdownBadge(until, lang),
    color: badgeColor(until.days),
    title: t('badgeNext', [next.title, next.city, day, countdownSpoken(until, lang)]),
  };
}

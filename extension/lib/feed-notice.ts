/**
 * The line that tells the user the data may be old: the last try to read the feed failed, so
 * what they see is the copy of <date>.
 */
import { formatDay, formatTime, todayIn, type Lang } from '../../shared/index.ts';
import type { FeedStatus, StoredFeed } from './feed-state.ts';
import type { Translate } from './i18n.ts';

export interface FeedNotice {
  text: string;
  /** The origin to ask access to, when that is what is missing (Firefox may withhold it). */
  needsPermissionFor?: string;
}

/** `12 mars 2025 à 10 h 00` / `March 12, 2025 at 10:00 AM`, on the user's clock. */
export function formatInstant(iso: string, zone: string, lang: Lang, t: Translate): string {
  return t('dayAtTime', [formatDay(todayIn(new Date(iso), zone), lang), formatTime(iso, zone, lang)]);
}

export function feedNotice(
  status: FeedStatus | undefined,
  stored: StoredFeed | undefined,
  zone: string,
  lang: Lang,
  t: Translate,
): FeedNotice | undefined {
  if (!status?.failure) return undefined;
  const { kind } = status.failure;
  if (kind === 'permission') {
    return { text: t('feedNeedsPermission', [new URL(status.source).host]), needsPermissionFor: status.source };
  }
  const reason = kind === 'invalid' ? t('feedInvalid') : t('feedUnreachable');
  if (!stored) return { text: t('feedNoDataYet', [reason]) };
  return { text: t('feedShowingCopyOf', [reason, formatInstant(stored.fetchedAt, zone, lang, t)]) };
}

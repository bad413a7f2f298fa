/**
 * What the extension says of its feed that the calendar's own states do not: access to the
 * feed's site is missing, or nothing could be read yet.
 */
import { formatDay, formatTime, todayIn, type Lang } from '../../shared/index.ts';
import type { FeedStatus, StoredFeed } from './feed-state.ts';
import type { Translate } from './i18n.ts';

export interface FeedNotice {
  text: string;
  /** The origin to ask access to, when that is what is missing (Firefox may withhold it). */
  needsPermissionFor?: string;
}

/** `12 mars 2025 à 10 h` / `March 12, 2025 at 10:00 AM`, on the user's clock. */
export function formatInstant(iso: string, zone: string, lang: Lang, t: Translate): string {
  return t('dayAtTime', [formatDay(todayIn(new Date(iso), zone), lang), formatTime(iso, zone, lang)]);
}

export function feedNotice(
  status: FeedStatus | undefined,
  stored: StoredFeed | undefined,
  t: Translate,
): FeedNotice | undefined {
  if (!status?.failure) return undefined;
  const { kind } = status.failure;
  if (kind === 'permission') {
    return { text: t('feedNeedsPermission', [new URL(status.source).host]), needsPermissionFor: status.source };
  }
  // With a copy on screen, the shared stale notice says how old it is.
  if (stored) return undefined;
  return { text: t('feedNoDataYet', [kind === 'invalid' ? t('feedInvalid') : t('feedUnreachable')]) };
}

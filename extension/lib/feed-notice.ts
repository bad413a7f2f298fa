/**
 * What the extension says of its feed that the calendar's own states do not: access to the
 * feed's site is missing, the address or the browser's storage stands in the way, what was
 * stored did not read, or nothing could be read yet.
 */
import { formatDay, formatTime, todayIn, type Lang } from '../../shared/index.ts';
import { describeFailure } from './failure-words.ts';
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
  damaged = false,
): FeedNotice | undefined {
  const kind = status?.failure?.kind;
  if (status && kind === 'permission') {
    return { text: t('feedNeedsPermission', [new URL(status.source).host]), needsPermissionFor: status.source };
  }
  if (damaged) return { text: t('storedDamaged') };
  if (!status?.failure) return undefined;
  // Not a feed that failed to answer: the address or the browser stands in the way, old copy or not.
  if (kind === 'address' || kind === 'storage') return { text: describeFailure(status.failure, t) };
  // With a copy on screen, the shared stale notice says how old it is.
  if (stored) return undefined;
  return { text: t('feedNoDataYet', [kind === 'invalid' ? t('feedInvalid') : t('feedUnreachable')]) };
}

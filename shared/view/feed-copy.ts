/**
 * Whether the stops on screen are a fresh read of the feed or an older copy kept because the
 * last read failed, and since when: both products say it with the same rule.
 */

/** A copy older than this is said to be old even if no read failed (a reader offline for days). */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export interface FeedCopy {
  /** When this copy was read (an ISO instant). */
  fetchedAt: string;
  /** The last try to read the feed failed: what is shown is this older copy. */
  lastReadFailed: boolean;
}

export type CopyView = { stale: false } | { stale: true; since: string };

export function copyView(copy: FeedCopy, now: Date): CopyView {
  const age = now.getTime() - Date.parse(copy.fetchedAt);
  // An unreadable date is no proof of freshness.
  const old = !(age <= STALE_AFTER_MS);
  return copy.lastReadFailed || old ? { stale: true, since: copy.fetchedAt } : { stale: false };
}

/**
 * The feed as the extension keeps it: the last good copy and what happened at the last try.
 * A failed or invalid fetch only updates the status; the last good copy stays.
 */
import type { Feed } from '../../shared/index.ts';

export interface StoredFeed {
  /** The address it was read from. */
  source: string;
  /** When it was read (ISO instant). */
  fetchedAt: string;
  feed: Feed;
}

export type FailureKind = 'network' | 'timeout' | 'http' | 'invalid' | 'permission';

export interface FeedFailure {
  kind: FailureKind;
  /** A status code, or the first problem in the publisher's words. */
  detail?: string;
}

export interface FeedStatus {
  source: string;
  /** When the last try ended (ISO instant). */
  checkedAt: string;
  /** Absent when the last try succeeded. */
  failure?: FeedFailure;
}

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

export const FAILURE_KINDS = [
  'network',
  'timeout',
  'http',
  'invalid',
  'permission',
  /** The address itself cannot be fetched (a user name and password in it, say). */
  'address',
  /** Read, but the browser refused to store it. */
  'storage',
  /** The extension itself failed (its console says how). */
  'internal',
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

export interface FeedFailure {
  kind: FailureKind;
  /** A status code, the first problem in the publisher's words, what is wrong with the address, or the browser's message. */
  detail?: string;
}

/** The detail of a `storage` failure when the browser's quota is what refused. */
export const STORAGE_FULL = 'quota';

export interface FeedStatus {
  source: string;
  /** When the last try ended (ISO instant). */
  checkedAt: string;
  /** Absent when the last try succeeded. */
  failure?: FeedFailure;
}

/** Where a calendar's feed stands: loading, shown (fresh or an older copy), or failed. */
import type { Feed, FeedCopy, FeedError } from '../../shared/index.ts';

export type Phase =
  { name: 'loading' } | { name: 'ready'; feed: Feed; copy: FeedCopy } | { name: 'error'; error: FeedError };

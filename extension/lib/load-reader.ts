/**
 * The core's feed reader for the pages, loaded apart: it carries zod, which the popup's first
 * script has no room for, and it is needed only once storage has answered.
 */
import type { FeedReader } from './stored-state.ts';

export async function loadReader(): Promise<FeedReader> {
  return (await import('../../shared/feed/read-feed.ts')).readFeed;
}

/**
 * Lazy chunk: the core's reader (its zod schemas, the one definition of the feed's rules). The
 * first script starts loading it together with the feed, so it costs no round trip of its own.
 */
export { readFeed, readFeedText } from '../../../shared/index.ts';

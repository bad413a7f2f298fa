/**
 * What the background needs from the world, in one place: tests hand in a clock, a zone, a
 * fetch and a catalog; the browser gets the real ones.
 */
import { translate, type Translate } from '../lib/i18n.ts';
import { localZone } from '../lib/local-time.ts';

export interface BackgroundDeps {
  now: () => Date;
  zone: () => string;
  fetch: typeof fetch;
  /** The build's feed address (`INTERCOTOUR_FEED_URL`), if any. */
  defaultFeedUrl: string | undefined;
  /** Firefox has no notification buttons (and throws on them). */
  firefox: boolean;
  t: Translate;
}

export function browserDeps(): BackgroundDeps {
  return {
    now: () => new Date(),
    zone: localZone,
    fetch: (input, init) => fetch(input, init),
    defaultFeedUrl: import.meta.env.INTERCOTOUR_FEED_URL || undefined,
    firefox: import.meta.env.FIREFOX,
    t: translate,
  };
}

/**
 * Gets a feed over the network, errors as values. A plain GET without credentials: no CORS
 * preflight, no cookie sent; the feed host sends `Access-Control-Allow-Origin: *`.
 */
import type { Feed, FeedProblem } from '../../../shared/index.ts';
import { readFeed, readFeedText } from './read-feed.ts';

export type FeedError =
  | { kind: 'unreachable' }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }
  | { kind: 'not-json' }
  | { kind: 'not-feed' };

export type Loaded =
  { ok: true; feed: Feed; problems: FeedProblem[] } | { ok: false; error: FeedError; problems: FeedProblem[] };

/** A slow feed is given up after this long (issue #3: "give up after 10 s"). */
export const TIMEOUT_MS = 10_000;

/** The last good copy of each feed: a failed reload shows it rather than an error. */
const lastGood = new Map<string, Loaded>();

/**
 * The timer is a plain `setTimeout` rather than `AbortSignal.timeout`: it joins the caller's own
 * signal in browsers without `AbortSignal.any`, and tests can move it with a fake clock.
 */
async function get(url: string, signal?: AbortSignal): Promise<Loaded> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal?.addEventListener('abort', abort);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal });
    if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status }, problems: [] };
    const result = readFeedText(await response.text());
    if (result.ok) return result;
    const kind = result.problems.some((problem) => problem.code === 'not-json') ? 'not-json' : 'not-feed';
    return { ok: false, error: { kind }, problems: result.problems };
  } catch {
    return { ok: false, error: { kind: timedOut ? 'timeout' : 'unreachable' }, problems: [] };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort);
  }
}

export async function fetchFeed(url: string, signal?: AbortSignal): Promise<Loaded> {
  const loaded = await get(url, signal);
  if (loaded.ok) lastGood.set(url, loaded);
  return loaded.ok ? loaded : (lastGood.get(url) ?? loaded);
}

/** The 2019 tour shipped with the widget, read like any feed so that defaults are filled in. */
export async function bundledFeed(load: () => Promise<{ tour: unknown }>): Promise<Loaded> {
  try {
    const result = readFeed((await load()).tour);
    return result.ok ? result : { ok: false, error: { kind: 'not-feed' }, problems: result.problems };
  } catch {
    return { ok: false, error: { kind: 'unreachable' }, problems: [] };
  }
}

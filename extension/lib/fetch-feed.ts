/**
 * Reads a feed over the network: a plain GET (a hand-set header would cost a CORS preflight)
 * with a timeout, read by the core. Never throws; the answer says what went wrong.
 */
import { describeProblem, readFeedText, type Feed, type FeedProblem, type Lang } from '../../shared/index.ts';
import type { FeedFailure } from './feed-state.ts';

export const FEED_TIMEOUT_MS = 15_000;

export type FetchOutcome = { ok: true; feed: Feed; problems: FeedProblem[] } | { ok: false; failure: FeedFailure };

export async function fetchFeed(
  url: string,
  options: { fetch: typeof fetch; lang: Lang; timeoutMs?: number },
): Promise<FetchOutcome> {
  let text: string;
  try {
    const response = await options.fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs ?? FEED_TIMEOUT_MS),
      cache: 'no-cache',
      credentials: 'omit',
    });
    if (!response.ok) return { ok: false, failure: { kind: 'http', detail: String(response.status) } };
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, failure: { kind: timedOut ? 'timeout' : 'network' } };
  }
  const result = readFeedText(text);
  if (!result.ok) {
    const first = result.problems.find((problem) => problem.severity === 'error');
    return {
      ok: false,
      failure: { kind: 'invalid', ...(first ? { detail: describeProblem(first, options.lang) } : {}) },
    };
  }
  return { ok: true, feed: result.feed, problems: result.problems };
}

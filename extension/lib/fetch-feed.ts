/**
 * Reads a feed over the network through the core's one fetcher (the widget's too): a plain GET
 * with the same time-out, read by the core. Never throws; the answer says what went wrong, in the
 * terms the extension keeps in storage.
 */
import {
  describeProblem,
  fetchFeed as fetchWithCore,
  readFeedText,
  type Feed,
  type FeedError,
  type FeedProblem,
  type Lang,
} from '../../shared/index.ts';
import type { FeedFailure } from './feed-state.ts';

export type FetchOutcome = { ok: true; feed: Feed; problems: FeedProblem[] } | { ok: false; failure: FeedFailure };

function failure(error: FeedError, problems: FeedProblem[], lang: Lang): FeedFailure {
  switch (error.kind) {
    case 'unreachable':
      return { kind: 'network' };
    case 'timeout':
      return { kind: 'timeout' };
    case 'http':
      return { kind: 'http', detail: String(error.status) };
    case 'not-json':
    case 'not-feed': {
      const first = problems.find((problem) => problem.severity === 'error');
      return { kind: 'invalid', ...(first ? { detail: describeProblem(first, lang) } : {}) };
    }
  }
}

export async function fetchFeed(
  url: string,
  options: { fetch: typeof fetch; lang: Lang; timeoutMs?: number },
): Promise<FetchOutcome> {
  const fetched = await fetchWithCore(url, {
    fetch: (address, init) => options.fetch(address, init),
    abortController: () => new AbortController(),
    // The worker keeps no timers of its own (it may be stopped between events): the platform's
    // time-out signal stands in for one.
    timer: (ms, done) => {
      const signal = AbortSignal.timeout(ms);
      signal.addEventListener('abort', done);
      return () => signal.removeEventListener('abort', done);
    },
    read: readFeedText,
    now: () => new Date(),
    // The background refreshes to see corrections: ask the host again rather than trust a cached copy.
    cache: 'no-cache',
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  if (!fetched.ok) return { ok: false, failure: failure(fetched.error, fetched.problems, options.lang) };
  return { ok: true, feed: fetched.feed, problems: fetched.problems };
}

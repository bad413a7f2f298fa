/**
 * Reads a feed over the network through the core's one fetcher (the widget's too): a plain GET
 * with the same time-out, read by the core. Never throws; the answer says what went wrong, in the
 * terms the extension keeps in storage.
 */
import {
  describeProblem,
  fetchFeed as fetchWithCore,
  MAX_FEED_MEGABYTES,
  readFeedText,
  type Feed,
  type FeedError,
  type FeedProblem,
  type Lang,
} from '../../shared/index.ts';
import type { FeedFailure } from './feed-state.ts';

/** The reader's own words for a file past the limit. */
const TOO_BIG: FeedProblem = { path: [], code: 'too-big', severity: 'error', limit: MAX_FEED_MEGABYTES };

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

const MAX_BYTES = MAX_FEED_MEGABYTES * 1024 * 1024;

/** Thrown inside the core's fetch when the announced length is past the limit. */
class TooBig extends Error {}

/**
 * `fetch`, refusing a body whose announced length is past the limit before a byte of it is read.
 * (Compressed, the announced length is what travels: past the limit, the text is too.) A body
 * that does not say, or says less than it sends, is counted by the core as it streams in.
 */
function refusingTooLong(fetcher: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await fetcher(input, init);
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > MAX_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      throw new TooBig();
    }
    return response;
  };
}

export async function fetchFeed(
  url: string,
  options: { fetch: typeof fetch; lang: Lang; timeoutMs?: number },
): Promise<FetchOutcome> {
  let tooBig = false;
  const fetcher = refusingTooLong(options.fetch);
  const fetched = await fetchWithCore(url, {
    fetch: (address, init) =>
      fetcher(address, init).catch((error: unknown) => {
        tooBig = error instanceof TooBig;
        throw error;
      }),
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
  if (tooBig) return { ok: false, failure: failure({ kind: 'not-feed' }, [TOO_BIG], options.lang) };
  if (!fetched.ok) return { ok: false, failure: failure(fetched.error, fetched.problems, options.lang) };
  return { ok: true, feed: fetched.feed, problems: fetched.problems };
}

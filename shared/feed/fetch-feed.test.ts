import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyView } from '../view/feed-copy.ts';
import tour from '../data/tour-2019.json' with { type: 'json' };
import { FEED_TIMEOUT_MS, fetchFeed, withLastGood, type FeedResponse, type FetchFeedPorts } from './fetch-feed.ts';
import { readFeedText } from './read-feed.ts';

const NOW = new Date('2019-06-01T08:00:00Z');

const answer = (body: string, status = 200) =>
  vi.fn(async (): Promise<FeedResponse> => ({ ok: status < 400, status, text: async () => body }));

function ports(fetch: FetchFeedPorts<AbortSignal>['fetch'], more: Partial<FetchFeedPorts<AbortSignal>> = {}) {
  return {
    fetch,
    abortController: () => new AbortController(),
    timer: (ms: number, done: () => void) => {
      const id = setTimeout(done, ms);
      return () => clearTimeout(id);
    },
    read: readFeedText,
    now: () => NOW,
    ...more,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchFeed', () => {
  it('makes a plain GET without credentials or headers, and reads the feed with the reader given', async () => {
    const fetch = answer(JSON.stringify(tour));
    const fetched = await fetchFeed('https://cdn.example/a/stops.json', ports(fetch));
    expect(fetched.ok && fetched.feed.stops).toHaveLength(8);
    expect(fetched.ok && fetched.fetchedAt).toBe(NOW.toISOString());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://cdn.example/a/stops.json');
    expect(init).toMatchObject({ credentials: 'omit', cache: 'default' });
    expect(init.method ?? 'GET').toBe('GET');
    expect(init.headers).toBeUndefined();
  });

  it('asks the host again when told to (a background refresh)', async () => {
    const fetch = answer(JSON.stringify(tour));
    await fetchFeed('https://cdn.example/a/stops.json', ports(fetch, { cache: 'no-cache' }));
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].cache).toBe('no-cache');
  });

  it('waits for a reader that is still loading (fetched beside the feed)', async () => {
    let loaded!: () => void;
    const reader = new Promise<void>((resolve) => (loaded = resolve));
    const pending = fetchFeed(
      'https://cdn.example/a/stops.json',
      ports(answer(JSON.stringify(tour)), { read: async (text) => (await reader, readFeedText(text)) }),
    );
    loaded();
    expect((await pending).ok).toBe(true);
  });

  it('gives each failure as a value, and never throws', async () => {
    const cases: [FetchFeedPorts<AbortSignal>['fetch'], unknown][] = [
      [answer('Not found', 404), { kind: 'http', status: 404 }],
      [answer('Oops', 500), { kind: 'http', status: 500 }],
      [answer('<html>not json</html>'), { kind: 'not-json' }],
      [answer(JSON.stringify({ ...tour, version: 2 })), { kind: 'not-feed' }],
      [answer('[1, 2]'), { kind: 'not-feed' }],
      [() => Promise.reject(new TypeError('Failed to fetch')), { kind: 'unreachable' }],
    ];
    for (const [fetch, error] of cases) {
      const fetched = await fetchFeed('https://cdn.example/stops.json', ports(fetch));
      expect(fetched.ok).toBe(false);
      expect(!fetched.ok && fetched.error).toEqual(error);
    }
    const noReader = await fetchFeed(
      'https://cdn.example/stops.json',
      ports(answer('{}'), { read: () => Promise.reject(new Error('chunk failed')) }),
    );
    expect(noReader).toEqual({ ok: false, error: { kind: 'unreachable' }, problems: [] });
  });

  it('passes the reader’s problems on with a feed that has some', async () => {
    const broken = { ...tour, stops: [...tour.stops, { id: 'x', title: '' }] };
    const fetched = await fetchFeed('https://cdn.example/stops.json', ports(answer(JSON.stringify(broken))));
    expect(fetched.ok && fetched.feed.stops).toHaveLength(8);
    expect(fetched.problems.map((problem) => problem.path.join('.'))).toContain('stops.8.title');
  });

  it(`gives up after ${FEED_TIMEOUT_MS / 1000} seconds, on the clock it is given`, async () => {
    vi.useFakeTimers();
    const slow: FetchFeedPorts<AbortSignal>['fetch'] = (_url, init) =>
      new Promise((_resolve, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
    const pending = fetchFeed('https://slow.example/stops.json', ports(slow));
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(FEED_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: false, error: { kind: 'timeout' }, problems: [] });
  });
});

describe('withLastGood', () => {
  it('shows a fresh read as fresh, and a failed one as the last good copy, old since its date', async () => {
    const good = await fetchFeed('https://cdn.example/stops.json', ports(answer(JSON.stringify(tour))));
    if (!good.ok) throw new Error('the tour must read');
    const fresh = withLastGood(good, undefined);
    expect(fresh.ok && copyView(fresh.copy, NOW)).toEqual({ stale: false });

    const failed = await fetchFeed('https://cdn.example/stops.json', ports(answer('down', 503)));
    const kept = withLastGood(failed, { feed: good.feed, fetchedAt: '2019-05-30T10:00:00Z' });
    expect(kept.ok && kept.feed).toBe(good.feed);
    expect(kept.ok && copyView(kept.copy, NOW)).toEqual({ stale: true, since: '2019-05-30T10:00:00Z' });
    expect(withLastGood(failed, undefined)).toEqual(failed);
  });
});

describe('fetchFeed on a streamed body', () => {
  /** A body of `chunks` as a platform streams it, counting what was pulled and whether it was cancelled. */
  function streamed(chunks: () => Uint8Array | undefined) {
    const seen = { pulls: 0, cancelled: false };
    const response: FeedResponse = {
      ok: true,
      status: 200,
      text: () => Promise.reject(new Error('the body is read as a stream')),
      body: {
        getReader: () => ({
          read: async () => {
            seen.pulls += 1;
            const value = chunks();
            return value ? { done: false, value } : { done: true };
          },
          cancel: async () => {
            seen.cancelled = true;
          },
        }),
      },
    };
    return { seen, fetch: vi.fn(async () => response) };
  }

  it('reads the text across chunks, a character split between two included', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(tour));
    const cut = bytes.indexOf(0xc3) + 1; // inside the first "é"
    const parts = [bytes.subarray(0, cut), bytes.subarray(cut)];
    const { fetch } = streamed(() => parts.shift());
    const fetched = await fetchFeed('https://cdn.example/stops.json', ports(fetch));
    expect(fetched.ok && fetched.feed.stops.map((stop) => stop.city)).toContain('Charleville-Mézières');
  });

  it('stops counting at the limit: a body without end (a gzip bomb, inflated) is given up, not read whole', async () => {
    const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
    const { seen, fetch } = streamed(() => megabyte);
    const fetched = await fetchFeed('https://cdn.example/stops.json', ports(fetch));
    expect(fetched).toEqual({
      ok: false,
      error: { kind: 'not-feed' },
      problems: [{ path: [], code: 'too-big', severity: 'error', limit: 20 }],
    });
    expect(seen).toEqual({ pulls: 21, cancelled: true });
  });

  it('reads a platform Response through its stream', async () => {
    const fetched = await fetchFeed(
      'https://cdn.example/stops.json',
      ports(async () => new Response(JSON.stringify(tour))),
    );
    expect(fetched.ok && fetched.feed.stops).toHaveLength(8);
  });
});

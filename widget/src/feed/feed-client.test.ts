import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_FEED } from '../testing/feed.ts';
import { bundledFeed, fetchFeed, TIMEOUT_MS } from './feed-client.ts';

const answer = (body: string, status = 200) => vi.fn(async () => new Response(body, { status }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchFeed', () => {
  it('makes a plain GET without credentials and reads the feed', async () => {
    const fetch = answer(JSON.stringify(TEST_FEED));
    vi.stubGlobal('fetch', fetch);
    const loaded = await fetchFeed('https://cdn.example/a/stops.json');
    expect(loaded.ok && loaded.feed.stops).toHaveLength(5);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://cdn.example/a/stops.json');
    expect(init.credentials).toBe('omit');
    expect(init.method ?? 'GET').toBe('GET');
    expect(init.headers).toBeUndefined();
  });

  it('gives each failure as a value', async () => {
    const cases: [() => unknown, unknown][] = [
      [answer('Not found', 404), { kind: 'http', status: 404 }],
      [answer('Oops', 500), { kind: 'http', status: 500 }],
      [answer('<html>not json</html>'), { kind: 'not-json' }],
      [answer(JSON.stringify({ ...TEST_FEED, version: 2 })), { kind: 'not-feed' }],
      [answer('[1, 2]'), { kind: 'not-feed' }],
      [
        vi.fn(async () => {
          throw new TypeError('Failed to fetch');
        }),
        { kind: 'unreachable' },
      ],
    ];
    for (const [fetch, error] of cases) {
      vi.stubGlobal('fetch', fetch);
      const loaded = await fetchFeed(`https://cdn.example/${Math.random()}/stops.json`);
      expect(loaded.ok).toBe(false);
      expect(!loaded.ok && loaded.error).toEqual(error);
    }
  });

  it('gives up after 10 seconds', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
      ),
    );
    const pending = fetchFeed('https://slow.example/stops.json');
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toEqual({ ok: false, error: { kind: 'timeout' }, problems: [] });
  });

  it('passes the reader’s problems on, and keeps the last good copy when a reload fails', async () => {
    const url = 'https://cdn.example/kept/stops.json';
    const broken = { ...TEST_FEED, stops: [...TEST_FEED.stops, { id: 'x', title: '' }] };
    vi.stubGlobal('fetch', answer(JSON.stringify(broken)));
    const first = await fetchFeed(url);
    expect(first.ok && first.feed.stops).toHaveLength(5);
    expect(first.problems.map((problem) => problem.path.join('.'))).toContain('stops.5.title');
    vi.stubGlobal('fetch', answer('down', 503));
    expect(await fetchFeed(url)).toBe(first);
  });
});

describe('bundledFeed', () => {
  it('reads the bundled tour like any feed, defaults filled in', async () => {
    const loaded = await bundledFeed(async () => ({ tour: TEST_FEED }));
    expect(loaded.ok && loaded.feed.stops[0]).toMatchObject({ status: 'scheduled', sequence: 0 });
  });

  it('says so when the chunk cannot be loaded', async () => {
    const loaded = await bundledFeed(() => Promise.reject(new Error('offline')));
    expect(loaded).toEqual({ ok: false, error: { kind: 'unreachable' }, problems: [] });
  });
});

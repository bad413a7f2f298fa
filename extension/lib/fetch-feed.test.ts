import { describe, expect, it } from 'vitest';
import { fixtureFeed } from '../../test/fixtures/extension/feed.ts';
import { fetchFeed } from './fetch-feed.ts';

const answer =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('fetchFeed', () => {
  it('reads a good feed through the core (stops sorted, defaults filled)', async () => {
    const outcome = await fetchFeed('https://x.fr/stops.json', {
      fetch: answer(JSON.stringify(fixtureFeed('2026-03-10'))),
      lang: 'fr',
    });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.feed.stops.map((stop) => stop.id)).toEqual([
        'essai-passe',
        'essai-bretagne',
        'essai-occitanie',
        'essai-normandie',
      ]);
      expect(outcome.feed.stops[0]!.status).toBe('scheduled');
    }
  });

  it('drops a broken stop and keeps the others', async () => {
    const feed = fixtureFeed('2026-03-10');
    (feed.stops[1] as { region: string }).region = 'atlantis';
    const outcome = await fetchFeed('https://x.fr/stops.json', { fetch: answer(JSON.stringify(feed)), lang: 'fr' });
    expect(outcome.ok && outcome.feed.stops.length).toBe(3);
  });

  it('says what went wrong, and never throws', async () => {
    const fail = async (fetcher: typeof fetch, timeoutMs?: number) =>
      fetchFeed('https://x.fr/stops.json', { fetch: fetcher, lang: 'fr', ...(timeoutMs ? { timeoutMs } : {}) });
    expect(await fail(answer('oops', 500))).toEqual({ ok: false, failure: { kind: 'http', detail: '500' } });
    expect(await fail(async () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({
      ok: false,
      failure: { kind: 'network' },
    });
    expect(await fail(answer('{ not json'))).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    const wrongVersion = await fail(answer(JSON.stringify({ ...fixtureFeed('2026-03-10'), version: 2 })));
    expect(wrongVersion).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', detail: expect.stringContaining('version') },
    });
    const slow: typeof fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal!.reason as DOMException)),
      );
    expect(await fail(slow, 20)).toEqual({ ok: false, failure: { kind: 'timeout' } });
  });

  it('asks with a plain GET: no header that would cost a CORS preflight', async () => {
    let seen: RequestInit | undefined;
    await fetchFeed('https://x.fr/stops.json', {
      fetch: async (_input, init) => {
        seen = init;
        return new Response('{}');
      },
      lang: 'fr',
    });
    expect(seen?.method ?? 'GET').toBe('GET');
    expect(seen?.headers).toBeUndefined();
  });
});

describe('a body past the 20 MB limit', () => {
  const TOO_BIG = { ok: false, failure: { kind: 'invalid', detail: expect.stringMatching(/dépasse 20\sMo$/) } };
  /** A body of endless chunks of 1 MB, counting what was pulled. */
  const endless = () => {
    const pulled = { chunks: 0, cancelled: false };
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    const body = new ReadableStream<Uint8Array>({
      pull: (controller) => {
        pulled.chunks += 1;
        controller.enqueue(chunk);
      },
      cancel: () => void (pulled.cancelled = true),
    });
    return { body, pulled };
  };

  it('is refused unread when its announced length says so', async () => {
    const { body, pulled } = endless();
    const outcome = await fetchFeed('https://x.fr/stops.json', {
      fetch: async () => new Response(body, { headers: { 'Content-Length': String(21 * 1024 * 1024) } }),
      lang: 'fr',
    });
    expect(outcome).toEqual(TOO_BIG);
    expect(pulled.cancelled).toBe(true);
    // A stream may pull ahead once or so before it is read; nothing like the body's 21 chunks.
    expect(pulled.chunks).toBeLessThanOrEqual(2);
  });

  it('is given up at the limit when it does not say its length (a gzip bomb inflates as it streams)', async () => {
    const { body, pulled } = endless();
    const outcome = await fetchFeed('https://x.fr/stops.json', { fetch: async () => new Response(body), lang: 'fr' });
    expect(outcome).toEqual(TOO_BIG);
    expect(pulled.cancelled).toBe(true);
    expect(pulled.chunks).toBeLessThanOrEqual(23);
  });
});

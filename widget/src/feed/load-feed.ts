/**
 * Gets a calendar's feed: a published one, in the widget's worker when it can run there
 * (`fetch-in-worker.ts`), else through the core's fetcher in the page, the reader's chunk loading
 * meanwhile; or the 2019 tour bundled with the widget. A failed read shows the last good copy of
 * that feed on this page, said to be old; two calendars on one feed make one request.
 */
import { fetchFeed, withLastGood, type Fetched, type GoodCopy, type Shown } from '../../../shared/index.ts';
import { loadReader, loadTour } from '../lazy.ts';
import { fetchInWorker } from './fetch-in-worker.ts';

const lastGood = new Map<string, GoodCopy>();
const pending = new Map<string, Promise<Fetched>>();

function fetchInPage(url: string): Promise<Fetched> {
  const reader = loadReader();
  // Awaited only once the feed is in: until then, a failure here is nobody's to report.
  reader.catch(() => undefined);
  return fetchFeed(url, {
    fetch: (address, init) => fetch(address, init),
    abortController: () => new AbortController(),
    // A plain timer rather than `AbortSignal.timeout`: a page's fake clock moves it in tests.
    timer: (ms, done) => {
      const id = setTimeout(done, ms);
      return () => clearTimeout(id);
    },
    read: async (text) => (await reader).readFeedText(text),
    now: () => new Date(),
  });
}

async function fetched(url: string): Promise<Fetched> {
  return (await fetchInWorker(url)) ?? fetchInPage(url);
}

export async function loadFeed(url: string): Promise<Shown> {
  let request = pending.get(url);
  if (!request) {
    request = fetched(url);
    pending.set(url, request);
    void request.finally(() => pending.delete(url));
  }
  const result = await request;
  if (result.ok) lastGood.set(url, { feed: result.feed, fetchedAt: result.fetchedAt });
  return withLastGood(result, lastGood.get(url));
}

/** The 2019 tour shipped with the widget, already read like any feed (defaults filled in). */
export async function loadBundledFeed(): Promise<Shown> {
  try {
    const { bundled } = await loadTour();
    if (!bundled.ok) return { ok: false, error: { kind: 'not-feed' }, problems: bundled.problems };
    return { ...bundled, copy: { fetchedAt: new Date().toISOString(), lastReadFailed: false } };
  } catch {
    return { ok: false, error: { kind: 'unreachable' }, problems: [] };
  }
}

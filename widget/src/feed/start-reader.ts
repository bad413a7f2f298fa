/**
 * The reader for one feed load, started while the feed travels. In a worker when the widget is
 * served from the page's own origin: building the zod schemas and checking the stops is most of
 * the script time a calendar costs its host page, and there it costs the page's main thread
 * nothing. Anywhere else — the widget loaded from another origin, a browser without workers, a
 * worker that fails to start — the reader chunk is loaded and the feed read in the page.
 */
import type { FeedResult } from '../../../shared/index.ts';
import { loadReader, readerWorkerUrl } from '../lazy.ts';

export interface Reading {
  read: (text: string) => Promise<FeedResult>;
  /** Ends the worker, read or not (a failed download never reads). */
  stop: () => void;
}

function inPage(): Reading['read'] {
  const reader = loadReader();
  // Awaited only once the feed is in: until then, a failure here is nobody's to report.
  reader.catch(() => undefined);
  return async (text) => (await reader).readFeedText(text);
}

function inWorker(url: string): Reading | undefined {
  let worker: Worker;
  try {
    worker = new Worker(url);
  } catch {
    return undefined;
  }
  // Set when the worker cannot serve (its script missing, a CSP that forbids it): read in the page.
  let failed = false;
  let fallback: Reading['read'] | undefined;
  const inPageOnce = (text: string) => (fallback ??= inPage())(text);
  const waiting = new Set<(outcome: FeedResult | undefined) => void>();
  worker.addEventListener('message', (event: MessageEvent<FeedResult>) => {
    for (const settle of waiting) settle(event.data);
    waiting.clear();
  });
  worker.addEventListener('error', (event) => {
    // Kept from the page's console: the calendar goes on without the worker.
    event.preventDefault();
    failed = true;
    for (const settle of waiting) settle(undefined);
    waiting.clear();
  });
  return {
    read: (text) => {
      if (failed) return inPageOnce(text);
      return new Promise<FeedResult | undefined>((settle) => {
        waiting.add(settle);
        worker.postMessage(text);
      }).then((result) => result ?? inPageOnce(text));
    },
    stop: () => worker.terminate(),
  };
}

export function startReader(): Reading {
  const url = typeof Worker === 'function' ? readerWorkerUrl() : undefined;
  return (url && inWorker(url)) || { read: inPage(), stop: () => undefined };
}

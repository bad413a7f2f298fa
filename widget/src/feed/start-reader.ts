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
  // One feed, one read: the worker's answer, or `undefined` once it cannot serve (its script
  // missing, a policy that forbids it), in which case the page reads the feed itself.
  const answer = new Promise<FeedResult | undefined>((settle) => {
    worker.onmessage = (event: MessageEvent<FeedResult>) => settle(event.data);
    worker.onerror = (event) => {
      // Kept from the page's console: the calendar goes on without the worker.
      event.preventDefault();
      settle(undefined);
    };
  });
  return {
    read: async (text) => {
      worker.postMessage(text);
      return (await answer) ?? inPage()(text);
    },
    stop: () => worker.terminate(),
  };
}

export function startReader(): Reading {
  const url = typeof Worker === 'function' ? readerWorkerUrl() : undefined;
  return (url && inWorker(url)) || { read: inPage(), stop: () => undefined };
}

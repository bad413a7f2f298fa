/**
 * The feed's worker (`intercotour-worker-….js`): the page posts a feed's address, the worker
 * fetches it and answers with what the core's reader makes of it. The request, the body's bytes
 * and the zod checks then cost the host page's main thread nothing; a page's own first request
 * costs it more than drawing the calendar. The page keeps the clock: its time-out ends the worker,
 * and it dates the copy. One classic script with the reader inside, so that it needs neither
 * module workers nor a second request.
 */
import { fetchFeed, readFeedText } from '../../../shared/index.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

// The answer is always a `Fetched`: the core's fetcher turns every failure into a value.
scope.addEventListener('message', (event) => {
  if (typeof event.data !== 'string') return;
  void fetchFeed(event.data, {
    fetch: (address, init) => fetch(address, init),
    abortController: () => new AbortController(),
    timer: () => () => undefined,
    read: readFeedText,
    now: () => new Date(),
  }).then((fetched) => scope.postMessage(fetched));
});

/**
 * The feed's reader in a worker (`intercotour-worker-….js`): the page posts a feed's text, the
 * worker answers with what the core's reader makes of it. Building the zod schemas and checking
 * the stops then costs the host page's main thread nothing. One classic script with the reader
 * inside, so that it needs neither module workers nor a second request.
 */
import { readFeedText } from '../../../shared/index.ts';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
}

const scope = globalThis as unknown as WorkerScope;

// The reader never throws: whatever the text, the answer is a FeedResult.
scope.addEventListener('message', (event) => {
  scope.postMessage(readFeedText(typeof event.data === 'string' ? event.data : ''));
});

/**
 * A feed fetched and read in the widget's worker (`chunks/feed-worker.ts`), when one can serve:
 * the widget served from the page's own origin (a worker's script must be), and a browser that
 * starts it. Otherwise `undefined`, and the page fetches the feed itself. The time-out runs on the
 * page's clock, as it does for a feed fetched in the page.
 */
import { FEED_TIMEOUT_MS, type Fetched } from '../../../shared/index.ts';
import { feedWorkerUrl } from '../lazy.ts';

export async function fetchInWorker(url: string): Promise<Fetched | undefined> {
  const script = typeof Worker === 'function' ? feedWorkerUrl() : undefined;
  if (!script) return undefined;
  let worker: Worker;
  try {
    worker = new Worker(script);
  } catch {
    return undefined;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<Fetched | undefined>((settle) => {
      timer = setTimeout(() => settle({ ok: false, error: { kind: 'timeout' }, problems: [] }), FEED_TIMEOUT_MS);
      worker.onmessage = (event: MessageEvent<Fetched>) => {
        const fetched = event.data;
        settle(fetched.ok ? { ...fetched, fetchedAt: new Date().toISOString() } : fetched);
      };
      // Its script missing, a policy that forbids it: kept from the page's console, and the page
      // fetches the feed itself.
      worker.onerror = (event) => {
        event.preventDefault();
        settle(undefined);
      };
      worker.postMessage(url);
    });
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
}

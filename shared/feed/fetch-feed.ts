/**
 * Gets a feed over the network, for every product: a plain GET (a hand-set header would cost a
 * CORS preflight), no credentials, one time-out, the text read by the core's reader; errors as
 * values, never thrown. The platform's pieces (`fetch`, a way to abort, a timer) are parameters:
 * the core has no browser globals, and tests move a fake clock.
 */
import type { FeedCopy } from '../view/feed-copy.ts';
import type { FeedProblem } from './problem.ts';
import { MAX_FEED_MEGABYTES, type FeedResult } from './read-document.ts';
import type { Feed } from './schema.ts';

/** A feed that has not answered after this long is given up. */
export const FEED_TIMEOUT_MS = 10_000;

export type FeedError =
  | { kind: 'unreachable' }
  | { kind: 'timeout' }
  | { kind: 'http'; status: number }
  | { kind: 'not-json' }
  | { kind: 'not-feed' };

export type Fetched =
  | { ok: true; feed: Feed; problems: FeedProblem[]; fetchedAt: string }
  | { ok: false; error: FeedError; problems: FeedProblem[] };

/** A response body as it streams in (the platform's `ReadableStream<Uint8Array>`). */
export interface FeedBody {
  getReader: () => {
    read: () => Promise<{ done: boolean; value?: Uint8Array }>;
    cancel: () => Promise<void>;
  };
}

/** What the core asks of `fetch`'s answer. */
export interface FeedResponse {
  ok: boolean;
  status: number;
  text: () => Promise<string>;
  /** When given, read instead of `text()`, counting bytes and stopping at the limit. */
  body?: FeedBody | null;
}

export interface FeedRequestInit<Signal> {
  signal: Signal;
  credentials: 'omit';
  /** `no-cache` asks the host again (its ETag) rather than trust the browser's copy. */
  cache: 'default' | 'no-cache';
}

export interface FetchFeedPorts<Signal> {
  /** The platform's `fetch`. */
  fetch: (url: string, init: FeedRequestInit<Signal>) => Promise<FeedResponse>;
  /** The platform's abort controller: `() => new AbortController()`. */
  abortController: () => { signal: Signal; abort: () => void };
  /** Runs `done` after `ms`; returns what cancels it (the platform's `setTimeout`). */
  timer: (ms: number, done: () => void) => () => void;
  /** The reader, possibly loaded while the feed travels: the core's `readFeedText`. */
  read: (text: string) => FeedResult | Promise<FeedResult>;
  /** Now, for `fetchedAt`. */
  now: () => Date;
  timeoutMs?: number;
  /** `no-cache` for a background refresh that must see the latest; a page's HTTP cache is fine. */
  cache?: 'default' | 'no-cache';
}

const MAX_BYTES = MAX_FEED_MEGABYTES * 1024 * 1024;
const TOO_BIG: FeedProblem = { path: [], code: 'too-big', severity: 'error', limit: MAX_FEED_MEGABYTES };

interface Utf8Decoder {
  decode: (bytes?: Uint8Array, options?: { stream: boolean }) => string;
}
// Every platform the products run on has one; the core's types (no DOM, no Node) do not name it.
const { TextDecoder } = globalThis as unknown as { TextDecoder: new (label: 'utf-8') => Utf8Decoder };

/**
 * The body's text, or undefined past the limit: bytes are counted as they arrive (after the
 * platform has inflated them), so a small gzip bomb is given up at the limit, not read whole.
 */
async function textUpToLimit(body: FeedBody): Promise<string | undefined> {
  const reader = body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || !value) break;
    bytes += value.byteLength;
    if (bytes > MAX_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

export async function fetchFeed<Signal>(url: string, ports: FetchFeedPorts<Signal>): Promise<Fetched> {
  const controller = ports.abortController();
  let timedOut = false;
  const cancel = ports.timer(ports.timeoutMs ?? FEED_TIMEOUT_MS, () => {
    timedOut = true;
    controller.abort();
  });
  let text: string | undefined;
  try {
    const init = { signal: controller.signal, credentials: 'omit', cache: ports.cache ?? 'default' } as const;
    const response = await ports.fetch(url, init);
    if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status }, problems: [] };
    text = response.body ? await textUpToLimit(response.body) : await response.text();
  } catch {
    return { ok: false, error: { kind: timedOut ? 'timeout' : 'unreachable' }, problems: [] };
  } finally {
    cancel();
  }
  if (text === undefined) {
    controller.abort();
    return { ok: false, error: { kind: 'not-feed' }, problems: [TOO_BIG] };
  }
  let result: FeedResult;
  try {
    result = await ports.read(text);
  } catch {
    // The reader could not be loaded: from the reader's side, the network failed.
    return { ok: false, error: { kind: 'unreachable' }, problems: [] };
  }
  if (result.ok) return { ...result, fetchedAt: ports.now().toISOString() };
  const kind = result.problems.some((problem) => problem.code === 'not-json') ? 'not-json' : 'not-feed';
  return { ok: false, error: { kind }, problems: result.problems };
}

/** A feed as shown: fresh, or the last good copy (said to be old) when a read failed. */
export type Shown =
  | { ok: true; feed: Feed; problems: FeedProblem[]; copy: FeedCopy }
  | { ok: false; error: FeedError; problems: FeedProblem[] };

export interface GoodCopy {
  feed: Feed;
  fetchedAt: string;
}

/** What to show after a read: its feed, else the last good copy, else the error. */
export function withLastGood(fetched: Fetched, last: GoodCopy | undefined): Shown {
  if (fetched.ok) {
    return {
      ok: true,
      feed: fetched.feed,
      problems: fetched.problems,
      copy: { fetchedAt: fetched.fetchedAt, lastReadFailed: false },
    };
  }
  if (!last) return fetched;
  return { ok: true, feed: last.feed, problems: [], copy: { fetchedAt: last.fetchedAt, lastReadFailed: true } };
}

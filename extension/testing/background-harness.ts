/**
 * Runs the background against WXT's fake browser with a clock, a zone and a fake network that
 * tests control; simulates the worker dying and the browser restarting. Test-only.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FeedInput } from '../../shared/index.ts';
import type { BackgroundDeps } from '../background/deps.ts';
import { startBackground, type Background } from '../background/start.ts';
import { catalogTranslate, fakeGetMessage } from './catalog.ts';

export const FEED_URL = 'https://feed.example.org/tour/stops.json';

type Answer = { status: number; body: string } | 'network-error';

export interface Harness {
  deps: BackgroundDeps;
  /** Moves the clock. */
  setNow: (iso: string) => void;
  /** What the fake network answers for the next requests of this address. */
  serve: (url: string, answer: FeedInput | Answer) => void;
  /** Addresses fetched so far. */
  fetched: string[];
  /** Whether the host permission is granted. */
  grant: (granted: boolean) => void;
  background: Background;
  /** Starts the worker: what the browser does on each wake-up. */
  start: () => Promise<Background>;
  /** The worker dies (its listeners go with it) and starts again; storage and alarms stay. */
  restartWorker: () => Promise<void>;
  /**
   * The browser closes and opens again: the worker restarts, alarms are gone (Firefox drops them,
   * Chrome may), then the browser fires onStartup.
   */
  restartBrowser: () => Promise<void>;
  /** Notifications shown so far, in order (ids and options). */
  shown: () => { id: string; title: string; message: string; buttons?: unknown }[];
  idle: () => Promise<void>;
}

export interface HarnessOptions {
  now: string;
  defaultFeedUrl?: string;
  firefox?: boolean;
}

/** Events whose listeners die with the worker. */
function dropListeners() {
  fakeBrowser.runtime.onInstalled.removeAllListeners();
  fakeBrowser.runtime.onStartup.removeAllListeners();
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.alarms.onAlarm.removeAllListeners();
  fakeBrowser.notifications.onClicked.removeAllListeners();
  fakeBrowser.notifications.onButtonClicked.removeAllListeners();
  fakeBrowser.storage.onChanged.removeAllListeners();
}

export function createHarness(options: HarnessOptions): Harness {
  fakeBrowser.reset();
  let now = new Date(options.now);
  let granted = true;
  const answers = new Map<string, Answer>();
  const fetched: string[] = [];
  const log: { id: string; title: string; message: string; buttons?: unknown }[] = [];

  // APIs the fake browser leaves out.
  fakeBrowser.permissions.contains = vi.fn(async () => granted);
  fakeBrowser.permissions.request = vi.fn(async () => granted);
  fakeBrowser.runtime.openOptionsPage = vi.fn(async () => {});
  fakeBrowser.i18n.getMessage = vi.fn(fakeGetMessage('fr'));
  // Every notification created, even one that would replace another with the same id.
  const create = fakeBrowser.notifications.create.bind(fakeBrowser.notifications);
  fakeBrowser.notifications.create = vi.fn(async (id: string, shape: { title: string; message: string }) => {
    log.push({ id, ...shape });
    return create(id, shape as never);
  }) as never;

  const fakeFetch: typeof fetch = async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    fetched.push(url);
    const answer = answers.get(url) ?? { status: 404, body: 'Not found' };
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    return new Response(answer.body, { status: answer.status, headers: { 'Content-Type': 'application/json' } });
  };

  const deps: BackgroundDeps = {
    now: () => now,
    zone: () => 'Europe/Paris',
    fetch: fakeFetch,
    defaultFeedUrl: options.defaultFeedUrl,
    firefox: options.firefox ?? false,
    t: catalogTranslate('fr'),
  };

  const harness: Harness = {
    deps,
    setNow: (iso) => (now = new Date(iso)),
    serve: (url, answer) =>
      answers.set(
        url,
        answer === 'network-error' || 'status' in answer ? answer : { status: 200, body: JSON.stringify(answer) },
      ),
    fetched,
    grant: (value) => (granted = value),
    background: undefined as unknown as Background,
    start: async () => {
      harness.background = startBackground(deps);
      await harness.background.idle();
      return harness.background;
    },
    restartWorker: async () => {
      dropListeners();
      await harness.start();
    },
    restartBrowser: async () => {
      dropListeners();
      await fakeBrowser.alarms.clearAll();
      await harness.start();
      await fakeBrowser.runtime.onStartup.trigger();
      await harness.idle();
    },
    shown: () => [...log],
    idle: () => harness.background.idle(),
  };
  return harness;
}
